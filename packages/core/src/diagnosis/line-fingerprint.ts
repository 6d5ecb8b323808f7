/**
 * A line's fingerprint: a hash of its text with what differs between two runs of the same job
 * taken out — every run of digits counts as one `0` (timestamps, durations, counts, line
 * numbers, ports), a word of 7 or more hex digits with a digit in it counts as `H` (commit and
 * content hashes), case and runs of blanks do not count. Two lines with the same fingerprint say
 * the same thing; the locator counts repeats with it, and a passing run's fingerprints tell
 * which lines of a failed run are its everyday noise. One pass, no allocation.
 */

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
const MAX_CHARS = 1024

/** The fingerprint of `text` (a cleaned log line) under `seed`. */
export function fingerprint(text: string, seed = FNV_OFFSET): number {
  const start = seed >>> 0
  let h = start
  // The current word (letters and digits), hashed apart until we know whether it is a hash.
  let word = start
  let wordLen = 0
  let wordHex = true
  let wordDigit = false
  let inDigits = false
  let blank = false
  const end = Math.min(text.length, MAX_CHARS)
  // One loop and no closure: this runs on every evidence line of a log.
  for (let i = 0; i <= end; i++) {
    let c = i < end ? text.charCodeAt(i) : -1
    if (c >= 0x41 && c <= 0x5a) c += 0x20
    const digit = c >= 0x30 && c <= 0x39
    if (digit || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80) {
      blank = false
      wordLen++
      if (digit) {
        wordDigit = true
        if (inDigits) continue
        inDigits = true
        word = Math.imul(word ^ 0x30, FNV_PRIME)
        continue
      }
      inDigits = false
      if (c > 0x66) wordHex = false
      word = Math.imul(word ^ c, FNV_PRIME)
      continue
    }
    inDigits = false
    // The word ends here: a hash-like word counts as `H`, any other as itself.
    if (wordLen > 0) {
      h = Math.imul(h ^ (wordHex && wordDigit && wordLen >= 7 ? 0x48 : word), FNV_PRIME)
      word = start
      wordLen = 0
      wordHex = true
      wordDigit = false
    }
    if (c < 0) break
    if (c === 0x20 || c === 0x09) {
      if (blank) continue
      blank = true
    } else blank = false
    h = Math.imul(h ^ c, FNV_PRIME)
  }
  return h >>> 0
}
