/**
 * A line's fingerprint: a 32-bit hash of its text with what differs between two runs of the
 * same job taken out (timestamps, durations, hashes, temp paths, numbers). Two lines with the
 * same fingerprint say the same thing; the locator counts repeats with it, and a passing run's
 * fingerprints tell which lines of a failed run are its everyday noise.
 */

// Ordered: the wider shapes first, so a timestamp is not read as three numbers.
const VOLATILE: readonly [RegExp, string][] = [
  [/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?/g, 'T'],
  [/\b\d{1,2}:\d\d:\d\d(?:[.,]\d+)?\b/g, 'T'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, 'U'],
  [/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,64}\b/gi, 'H'],
  [
    /(?:\/tmp|\/var\/folders|\/private\/var|[A-Za-z]:\\Users\\[^\\\s]{1,64}\\AppData\\Local\\Temp|\/home\/runner\/work\/_temp)[/\\][^\s'"`:]{0,200}/g,
    'P'
  ],
  [/\b\d+(?:\.\d+)?\s?(?:ns|µs|us|ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hours?)\b/g, 'D'],
  [/\d+/g, '0']
]

/** The text of a line with run-specific parts replaced by placeholders. */
export function normalizeLine(text: string): string {
  let s = text.length > 1024 ? text.slice(0, 1024) : text
  for (const [re, to] of VOLATILE) s = s.replace(re, to)
  return s.replace(/\s+/g, ' ').trim()
}

/** FNV-1a over UTF-16 code units: fast, and good enough to tell log lines apart. */
export function hashText(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** The fingerprint of a cleaned log line. */
export function fingerprint(text: string): number {
  return hashText(normalizeLine(text))
}
