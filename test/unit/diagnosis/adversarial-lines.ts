/**
 * Lines built to make a regex backtrack: its own literal fragments and the characters around
 * them, repeated up to the longest text a rule is ever run on (MAX_MATCH_CHARS). A regex that
 * takes time polynomial in the line's length on some such line shows it here.
 */
import { MAX_MATCH_CHARS } from '../../../packages/core/src/diagnosis/log-line.js'

/** The plain-text fragments of a regex source: runs of letters and digits, and punctuation. */
export function fragmentsOf(source: string): string[] {
  const words = source
    .replace(/\\[dDwWsSbB]/g, ' ')
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(.)/g, '$1')
    .split(/[^\w:.'"`/@#-]+/)
    .filter((w) => w.length > 0 && w.length < 40)
  return [...new Set([...words, ' ', ':', '"', "'", '/', '.', '-', '(', ')', '[', ']', '1', 'a'])]
}

/** `fragment` (or `a` then `b`) repeated to MAX_MATCH_CHARS. */
export function repeated(a: string, b = ''): string {
  const unit = a + b
  return unit.repeat(Math.ceil(MAX_MATCH_CHARS / Math.max(1, unit.length))).slice(0, MAX_MATCH_CHARS)
}
