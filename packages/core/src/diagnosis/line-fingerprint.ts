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
  let h = seed >>> 0
  // The current word (letters and digits), hashed apart until we know whether it is a hash.
  let word = seed >>> 0
  let wordLen = 0
  let wordHex = true
  let wordDigit = false
  let inDigits = false
  let blank = false
  const end = Math.min(text.length, MAX_CHARS)
  const flush = (): void => {
    if (wordLen === 0) return
    if (wordHex && wordDigit && wordLen >= 7) h = Math.imul(h ^ 0x48, FNV_PRIME)
    else h = Math.imul(h ^ word, FNV_PRIME)
    word = seed >>> 0
    wordLen = 0
    wordHex = true
    wordDigit = false
  }
  for (let i = 0; i < end; i++) {
    let c = text.charCodeAt(i)
    if (c >= 0x41 && c <= 0x5a) c += 0x20
    const digit = c >= 0x30 && c <= 0x39
    const letter = (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80
    if (digit || letter) {
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
    flush()
    if (c === 0x20 || c === 0x09) {
      if (blank) continue
      blank = true
    } else blank = false
    h = Math.imul(h ^ c, FNV_PRIME)
  }
  flush()
  return h >>> 0
}
