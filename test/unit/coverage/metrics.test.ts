import { describe, expect, it } from 'vitest'
import {
  capsuleCoverageFields,
  evaluateGate,
  heeTotal,
  renderCoverageMarkdown,
  resolveSettings,
  SPEC_PRIORITIES,
  type CoverageAnalysis
} from '../../../packages/core/src/coverage/index.js'

const none = { line: null, branch: null, function: null, integration: null, spec: null, prompt: null }

describe('the HEE total', () => {
  it("is the spec's weighted sum when every metric is measured", () => {
    const all = { line: 80, branch: 70, function: 90, integration: 50, spec: 60, prompt: 40 }
    expect(heeTotal(all)).toBe(
      Math.round((80 * 0.3 + 70 * 0.2 + 90 * 0.2 + 50 * 0.1 + 60 * 0.15 + 40 * 0.05) * 100) / 100
    )
  })

  it('renormalises the weights over the measured metrics: a missing metric is neither 0 nor 100', () => {
    // line .3 and branch .2 measured: (80·.3 + 60·.2) / .5
    expect(heeTotal({ ...none, line: 80, branch: 60 })).toBe(72)
    expect(heeTotal({ ...none, line: 80, branch: 60, spec: 0 })).toBeCloseTo((80 * 0.3 + 60 * 0.2) / 0.65, 2)
  })

  it('is not measured when nothing was', () => {
    expect(heeTotal(none)).toBeNull()
  })
})

describe('the gate', () => {
  const now = { metrics: { ...none, line: 80, branch: 60 }, hee_total: 72 }

  it('fails below target only when targets gate, and never on a metric not measured', () => {
    expect(evaluateGate(now, resolveSettings()).passed).toBe(true)
    const r = evaluateGate(now, resolveSettings({ gate: { targets: true }, targets: { line: 75, branch: 65 } }))
    expect(r.failures).toEqual(['branch coverage 60.00% is below its target 65%'])
  })

  it('fails on a drop larger than the threshold since the previous run', () => {
    const s = resolveSettings({ gate: { max_drop: 2 } })
    expect(evaluateGate(now, s, { metrics: { line: 81.5 }, hee_total: 73 }).passed).toBe(true)
    expect(evaluateGate(now, s, { metrics: { line: 85, integration: 90 }, hee_total: 72 }).failures).toEqual([
      'line coverage fell from 85.00% to 80.00% (more than 2 points)'
    ])
  })
})

function analysis(metrics: CoverageAnalysis['metrics']): CoverageAnalysis {
  return {
    metrics,
    hee_total: heeTotal(metrics),
    not_measured: { integration: 'no report is tagged as an integration lane' },
    counts: { line: { covered: 85, total: 100 } },
    targets: resolveSettings().targets,
    gate: { passed: true, failures: [] },
    gaps: [
      { kind: 'function', file: 'src/a|b.ts', line: 3, end_line: 9, name: 'f`x', risk: 9, why: 'f never ran' },
      { kind: 'spec', file: 'spec/s.md', line: 4, name: 'REQ-7', risk: 0, why: 'REQ-7 is referenced by no test' }
    ],
    patch: null,
    annotations: [],
    annotations_omitted: 0,
    spec: null,
    prompts: null,
    mutation: [],
    lanes: {},
    reports: [{ path: 'lcov.info', format: 'lcov', lane: 'default', files: 2, notes: [] }],
    skipped: [],
    trend: []
  }
}

describe('the job summary table', () => {
  it("fills the spec's Coverage Targets table with measured figures and says what was not measured", () => {
    const md = renderCoverageMarkdown(analysis({ ...none, line: 85, branch: 78, spec: 70 }), SPEC_PRIORITIES)
    expect(md).toContain('| Metric | HEE Target | Current | Gap | Priority |')
    expect(md).toContain('| Line Coverage | 100% | 85% (85/100) | 15% | High |')
    expect(md).toContain('| Branch Coverage | 100% | 78% | 22% | High |')
    expect(md).toContain('| Integration Tests | 100% | not measured | — | High |')
    expect(md).toContain('| Spec Coverage | 100% | 70% | 30% | Critical |')
    expect(md).toMatch(/HEE total: 79\.38%\*\* — weighted over line, branch, spec \(weights renormalised/)
    // Paths and names from reports are shown as code, with table pipes escaped.
    expect(md).toContain('`src/a\\|b.ts:3-9`')
    expect(md).toContain('`` f`x ``')
    expect(md).toContain('**Spec ids no test references (1):** `REQ-7` (`spec/s.md:4`)')
  })

  it('writes only measured figures into the capsule fields', () => {
    expect(capsuleCoverageFields(analysis({ ...none, line: 85, spec: 70 }))).toEqual({
      coverage_metrics: { line: 85, spec: 70 },
      hee_specific: { spec_coverage: 70 }
    })
  })
})
