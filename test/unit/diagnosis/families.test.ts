import { describe, expect, it } from 'vitest'
import { classifyText } from '../../../packages/core/src/diagnosis/log-classifier.js'
import { FAMILY_CASES } from './family-cases.js'

/** The log without its `⟫` marks, and the 1-based lines they marked. */
function parse(log: string): { text: string; cause: number[] } {
  const cause: number[] = []
  const lines = log.split('\n').map((l, i) => {
    if (!l.startsWith('⟫')) return l
    cause.push(i + 1)
    return l.slice(1)
  })
  return { text: lines.join('\n') + '\n', cause }
}

describe('failure families told by tools the catalogue has no rule for', () => {
  it.each(FAMILY_CASES.filter((c) => c.want).map((c) => [c.name, c] as const))(
    '%s: the right class, located on the line a person would quote',
    (_name, c) => {
      const { text, cause } = parse(c.log)
      const findings = classifyText(text).findings
      const shown = findings.map((f) => `${f.rule}@${f.line}(${f.confidence})`).join(', ')
      expect(findings[0]?.pattern, shown).toBe(c.want)
      expect(
        cause.some((l) => Math.abs(l - findings[0]!.line) <= 2),
        `cause ${cause.join(',')}; got ${shown}`
      ).toBe(true)
    }
  )

  it.each(FAMILY_CASES.filter((c) => !c.want).map((c) => [c.name, c] as const))(
    '%s: an excerpt where nothing failed gives no finding',
    (_name, c) => {
      expect(classifyText(parse(c.log).text).findings.map((f) => f.rule)).toEqual([])
    }
  )
})

describe('the same excerpts pasted into an issue', () => {
  // How people paste a log: in a Markdown fence with their words around it, in a fence under a
  // list item, behind quote marks, with CRLF line ends. `shift`: lines the paste adds above it.
  const pastes: [string, (t: string) => string, number][] = [
    ['fenced with prose', (t) => 'CI fails with this error:\n\n```console\n' + t + '```\n\nAny idea?\n', 3],
    ['list-item fence', (t) => '1. Run the job:\n   ```\n' + indent(t, '   ') + '   ```\n', 2],
    [
      'indented code block under a sentence',
      (t) => 'CI fails with this error:\n\n' + indent(t, '    ') + '\nAny idea?\n',
      2
    ],
    ["behind a packaging wrapper's gutter", (t) => indent(t, '│S│ '), 0],
    ['quoted', (t) => indent(t, '> '), 0],
    ['nested quote, CRLF', (t) => indent(t, '> > ').replace(/\n/g, '\r\n'), 0],
    [
      "behind a log viewer's line numbers",
      (t) => t.replace(/^(?=.)/gm, () => `${String(++numbered).padStart(5)} | `),
      0
    ],
    ["behind docker compose's service name", (t) => indent(t, 'api-1  | '), 0]
  ]
  let numbered = 1200
  function indent(t: string, by: string): string {
    return t.replace(/^(?=.)/gm, by).replace(/^$/gm, by.trimEnd())
  }
  const failing = FAMILY_CASES.filter((c) => c.want)

  it.each(pastes)('%s: every failing case keeps its class and its line', (_shape, wrap, shift) => {
    const wrong: string[] = []
    for (const c of failing) {
      const { text, cause } = parse(c.log)
      const f = classifyText(wrap(text)).findings[0]
      if (f?.pattern !== c.want || !cause.some((l) => Math.abs(l + shift - f.line) <= 2))
        wrong.push(`${c.name}: ${f ? `${f.rule}@${f.line}` : 'none'}`)
    }
    expect(failing.length).toBeGreaterThan(100)
    expect(wrong).toEqual([])
  })
})
