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
