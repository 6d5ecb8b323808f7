import type { CoverageSettings } from './config.js'
import { METRICS, type Metric } from './metrics.js'

/** Figures of an earlier run (from the capsule or an earlier JSON output) to compare with. */
export interface PreviousFigures {
  metrics: Partial<Record<Metric, number | null>>
  hee_total?: number | null
}

export interface GateResult {
  passed: boolean
  failures: string[]
}

/**
 * The gate: a measured metric below its target (when targets gate), a fall of the HEE total or
 * of a metric by more than `max_drop` points since the previous run, patch coverage below its
 * floor. A metric not measured now or then is never compared.
 */
export function evaluateGate(
  now: { metrics: Record<Metric, number | null>; hee_total: number | null; patch?: number | null },
  settings: CoverageSettings,
  previous?: PreviousFigures
): GateResult {
  const failures: string[] = []
  if (settings.gate.targets) {
    for (const m of METRICS) {
      const v = now.metrics[m]
      if (v !== null && v < settings.targets[m])
        failures.push(`${m} coverage ${v.toFixed(2)}% is below its target ${settings.targets[m]}%`)
    }
  }
  const maxDrop = settings.gate.maxDrop
  if (maxDrop !== undefined && previous) {
    const drop = (label: string, before: number | null | undefined, after: number | null) => {
      if (before === null || before === undefined || after === null) return
      if (before - after > maxDrop + 1e-9)
        failures.push(`${label} fell from ${before.toFixed(2)}% to ${after.toFixed(2)}% (more than ${maxDrop} points)`)
    }
    drop('the HEE total', previous.hee_total, now.hee_total)
    for (const m of METRICS) drop(`${m} coverage`, previous.metrics[m], now.metrics[m])
  }
  if (
    settings.gate.patch !== undefined &&
    now.patch !== undefined &&
    now.patch !== null &&
    now.patch < settings.gate.patch
  )
    failures.push(`patch coverage ${now.patch.toFixed(2)}% is below ${settings.gate.patch}%`)
  return { passed: failures.length === 0, failures }
}
