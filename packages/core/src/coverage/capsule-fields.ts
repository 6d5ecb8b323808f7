import type { CoverageAnalysis } from './analyze.js'
import { METRICS, type Metric } from './metrics.js'

/**
 * The capsule's `coverage_metrics` and `hee_specific` from an analysis. Only measured figures
 * are written: the spec's schema types every field as a number, and a metric that was not
 * measured must not appear as 0.
 */
export function capsuleCoverageFields(a: CoverageAnalysis): {
  coverage_metrics: Partial<Record<Metric, number>>
  hee_specific: { spec_coverage?: number; prompt_coverage?: number }
} {
  const coverage_metrics: Partial<Record<Metric, number>> = {}
  for (const m of METRICS) {
    const v = a.metrics[m]
    if (v !== null) coverage_metrics[m] = v
  }
  const hee_specific: { spec_coverage?: number; prompt_coverage?: number } = {}
  if (a.metrics.spec !== null) hee_specific.spec_coverage = a.metrics.spec
  if (a.metrics.prompt !== null) hee_specific.prompt_coverage = a.metrics.prompt
  return { coverage_metrics, hee_specific }
}
