/**
 * Lines built to make a regex backtrack: its own literal fragments and the characters around
 * them, repeated up to the longest text a rule is ever run on (MAX_MATCH_CHARS). A regex that
 * takes time polynomial in the line's length on some such line shows it. The unit tests run
 * every built-in regex on them; the bench measures the classifier's throughput on them.
 */
import { DEFAULT_PATTERNS } from '../../packages/core/src/diagnosis/default-patterns.js'
import { CUES } from '../../packages/core/src/diagnosis/evidence-cues.js'
import { MAX_MATCH_CHARS } from '../../packages/core/src/diagnosis/log-line.js'

/** Every built-in regex by name: each rule's pattern, its `after` and `section` context, each evidence cue. */
export function builtInRegexes(): Array<[string, RegExp]> {
  return [
    ...DEFAULT_PATTERNS.flatMap((p) =>
      p.rules.flatMap((r): Array<[string, RegExp]> => [
        [`${p.id}/${r.id}`, new RegExp(r.regex, r.flags ?? '')],
        ...(r.context?.after
          ? [[`${p.id}/${r.id} after`, new RegExp(r.context.after, r.flags ?? '')] as [string, RegExp]]
          : []),
        ...(r.context?.section
          ? [[`${p.id}/${r.id} section`, new RegExp(r.context.section, r.flags ?? '')] as [string, RegExp]]
          : [])
      ])
    ),
    ...CUES.map((c): [string, RegExp] => [`cue ${c.id}`, c.regex])
  ]
}

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

/** The adversarial lines of one regex: each of its fragments, alone or alternating with a separator or another fragment. */
export function adversarialLines(re: RegExp): string[] {
  const frags = fragmentsOf(re.source)
  const lines: string[] = []
  for (const a of frags) for (const b of ['', ' ', '"', ':', '-', ...frags.slice(0, 4)]) lines.push(repeated(a, b))
  return lines
}
