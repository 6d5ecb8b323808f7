import { createReadStream, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../../packages/core/src/diagnosis/finding.js'
import { classifyStream } from '../../../packages/core/src/diagnosis/log-classifier.js'

// The held-out set: logs of REAL tools (gcc, make, cmake, javac/java, python, perl, node, npm,
// tsc, eslint, prettier, cargo, git, timeout) run on small broken projects and wrapped as
// GitHub Actions, Travis, Jenkins or plain logs. It was labelled by what each failure is before
// the classifier was run on it; see test/fixtures/heldout/make-heldout.sh and labels.json.
const HELDOUT = join(import.meta.dirname, '../../fixtures/heldout')

interface Label {
  file: string
  /** Primary first; empty for a passing log; OTHER for a failure outside the catalogue. */
  patterns: string[]
  cause_lines: number[]
  uncertain: boolean
  notes: string
}

const labels = JSON.parse(readFileSync(join(HELDOUT, 'labels.json'), 'utf8')) as Label[]
const scored = labels.filter((c) => !c.uncertain && c.patterns[0] !== 'OTHER')
const failing = scored.filter((c) => c.patterns.length > 0)
const passing = scored.filter((c) => c.patterns.length === 0)
const unsure = labels.filter((c) => c.uncertain && c.patterns[0] !== 'OTHER')

const classify = async (file: string): Promise<Finding[]> =>
  (await classifyStream(createReadStream(join(HELDOUT, 'logs', file)))).findings

/** A finding of a labelled pattern within 2 lines of a labelled cause line (as score.mjs counts). */
const located = (c: Label, findings: Finding[]): boolean =>
  findings.some((f) => c.patterns.includes(f.pattern) && c.cause_lines.some((l) => Math.abs(l - f.line) <= 2))

describe('the held-out set of real tool logs', () => {
  it('has the cases the generator writes', () => {
    expect(labels.length).toBeGreaterThanOrEqual(30)
    expect(passing.length).toBeGreaterThanOrEqual(3)
    for (const c of failing) expect(c.cause_lines.length, c.file).toBeGreaterThan(0)
  })

  it.each(failing.map((c) => [c.file, c] as const))('%s: primary pattern and cause line', async (_file, c) => {
    const findings = await classify(c.file)
    expect(findings[0]?.pattern, `${c.notes}\ngot ${findings.map((f) => `${f.rule}@${f.line}`).join(', ')}`).toBe(
      c.patterns[0]
    )
    expect(
      located(c, findings),
      `cause lines ${c.cause_lines.join(',')}; got lines ${findings.map((f) => f.line).join(',')}`
    ).toBe(true)
  })

  it.each(passing.map((c) => [c.file, c] as const))('%s: a passing log gives no finding', async (_file, c) => {
    const findings = await classify(c.file)
    expect(
      findings.map((f) => `${f.rule}@${f.line}`),
      c.notes
    ).toEqual([])
  })

  it.each(unsure.map((c) => [c.file, c] as const))(
    '%s: an ambiguous case names one of its labelled patterns',
    async (_file, c) => {
      const findings = await classify(c.file)
      expect(findings.length, c.notes).toBeGreaterThan(0)
      expect(c.patterns, c.notes).toContain(findings[0].pattern)
      expect(located(c, findings)).toBe(true)
    }
  )
})
