import { CoverageStore } from './coverage-store.js'
import type { FileCoverage } from './file-coverage.js'
import type { Counts } from './file-record.js'
import type { CoverageData } from './read-reports.js'

export const METRICS = ['line', 'branch', 'function', 'integration', 'spec', 'prompt'] as const
export type Metric = (typeof METRICS)[number]

/** The spec's weights for the HEE total. */
export const SPEC_WEIGHTS: Record<Metric, number> = {
  line: 0.3,
  branch: 0.2,
  function: 0.2,
  integration: 0.1,
  spec: 0.15,
  prompt: 0.05
}

/** A metric's value: a percentage 0–100, or null with the reason it was not measured. */
export interface Measured {
  value: number | null
  counts?: Counts
  reason?: string
}

export type MetricSet = Record<Metric, Measured>

/** Sums a store's counts of one kind over its files (a CoverageStore's without reading files back from disk). */
export function sumCounts(
  store: ReadonlyMap<string, FileCoverage>,
  kind: 'line' | 'branch' | 'function' | 'statement'
): Counts {
  if (store instanceof CoverageStore) return store.sum(kind)
  const total: Counts = { covered: 0, total: 0 }
  for (const f of store.values()) {
    const c =
      kind === 'line'
        ? f.lineCounts()
        : kind === 'branch'
          ? f.branchCounts()
          : kind === 'function'
            ? f.functionCounts()
            : f.statementCounts()
    if (!c) continue
    total.covered += c.covered
    total.total += c.total
  }
  return total
}

/** A percentage rounded to two decimals, as the tools print them. */
export function percent(c: Counts): number {
  return Math.round((c.covered / c.total) * 10000) / 100
}

function fromCounts(c: Counts, carried: boolean, kind: string): Measured {
  if (!carried) return { value: null, reason: `no report carries ${kind} data` }
  if (c.total === 0) return { value: null, counts: c, reason: `the reports carry ${kind} data but list no ${kind}` }
  return { value: percent(c), counts: c }
}

/** Line, branch, function and integration coverage from the merged reports. */
export function codeMetrics(data: CoverageData): Pick<MetricSet, 'line' | 'branch' | 'function' | 'integration'> {
  const carries = (k: 'lines' | 'branches' | 'functions') => data.reports.some((r) => r.carries[k])
  const line = fromCounts(sumCounts(data.all, 'line'), carries('lines'), 'line')
  let integration: Measured
  if (!data.integration) integration = { value: null, reason: 'no report is tagged as an integration lane' }
  else {
    // Integration coverage: lines the integration lanes ran, of all instrumented lines (any lane).
    const covered = sumCounts(data.integration, 'line').covered
    integration = fromCounts({ covered, total: line.counts?.total ?? 0 }, true, 'line')
  }
  return {
    line,
    branch: fromCounts(sumCounts(data.all, 'branch'), carries('branches'), 'branch'),
    function: fromCounts(sumCounts(data.all, 'function'), carries('functions'), 'function'),
    integration
  }
}

/**
 * The spec's weighted HEE total over the metrics that were measured, with the weights
 * renormalised over them: a metric not measured counts neither as 0 nor as 100. Null when
 * nothing was measured.
 */
export function heeTotal(
  metrics: Record<Metric, number | null>,
  weights: Record<Metric, number> = SPEC_WEIGHTS
): number | null {
  let sum = 0
  let w = 0
  for (const m of METRICS) {
    const v = metrics[m]
    if (v === null || v === undefined || !(weights[m]! > 0)) continue
    sum += v * weights[m]!
    w += weights[m]!
  }
  return w === 0 ? null : Math.round((sum / w) * 100) / 100
}
