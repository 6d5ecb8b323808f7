/**
 * A naive baseline to measure the classifier against: the first line of the log that matches a
 * keyword list, classed by the first keyword group that matches it. No runner structure, no
 * tool formats, no ranking. Runs as the CLI does, so the shared scorer can score it:
 *
 *   node /work/shared/eval/score.mjs --set DIR --cmd "node --import tsx bench/keyword-baseline.ts"
 *
 * (`analyze --log FILE --format json` prints `{"findings":[{"pattern","line"}]}`).
 */
import { readFileSync } from 'node:fs'

/** Keyword groups in the order they are tried on a line; the first that matches names its pattern. */
export const KEYWORD_GROUPS: readonly (readonly [string, RegExp])[] = [
  ['PAT-005', /\btim(?:ed|e)[ -]?out\b|\btime ?limit\b|\bdeadline exceeded\b|\bcancell?ed\b/i],
  ['PAT-004', /\blicen[cs]e/i],
  ['PAT-003', /\bvulnerab|\bCVE-\d|\bGHSA-|\badvisor(?:y|ies)\b|\baudit\b/i],
  ['PAT-007', /\blint|\bprettier\b|\bformatt|\bflake8\b|\brubocop\b|\bclippy\b|\bstyle\b|\bfmt\b/i],
  [
    'PAT-006',
    /\block ?file\b|\bnot found\b|\bno module named\b|\bcannot find module\b|\bcould not resolve\b|\bERESOLVE\b|\bunable to resolve\b|\bno matching (?:version|distribution)\b|\bdependenc/i
  ],
  [
    'PAT-008',
    /\bECONN\w+|\bETIMEDOUT\b|\bconnection (?:reset|refused)\b|\brate limit|\bno space left\b|\bout of memory\b|\bkilled\b|\b50[234]\b|\bnetwork\b/i
  ],
  ['PAT-002', /\bFAIL|\bfailed\b|\bassert|\bfailures?\b|\btests? failed\b/i],
  ['PAT-001', /\berror|\bfatal\b|\bexception\b/i]
]

export interface BaselineFinding {
  pattern: string
  line: number
}

/** The baseline's answer: at most one finding, on the first line any keyword group matches. */
export function keywordBaseline(text: string): BaselineFinding[] {
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    for (const [pattern, re] of KEYWORD_GROUPS) if (re.test(lines[i]!)) return [{ pattern, line: i + 1 }]
  }
  return []
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const at = args.indexOf('--log')
  if (args[0] !== 'analyze' || at < 0 || !args[at + 1]) {
    console.error('usage: keyword-baseline.ts analyze --log FILE [--format json]')
    process.exit(2)
  }
  console.log(JSON.stringify({ findings: keywordBaseline(readFileSync(args[at + 1]!, 'utf8')) }))
}
