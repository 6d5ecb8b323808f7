import type { Counts } from './file-record.js'
import { codeGaps, type Gap } from './gaps.js'
import { codeMetrics, percent, sumCounts, type MetricSet } from './metrics.js'
import { patchCoverage, type ChangeSet, type PatchCoverage } from './patch.js'
import { readReports, type CoverageData, type ReadOptions, type ReportInput } from './read-reports.js'

/**
 * What reading the reports gives: every figure the analysis needs of the per-file data, so that
 * data can be dropped once it is measured. Plain data only (it crosses from a worker thread).
 */
export interface Measurement {
  code: Pick<MetricSet, 'line' | 'branch' | 'function' | 'integration'>
  statements: Counts
  /** Code gaps (functions, branches), at most `gapLimit`, unranked. */
  gaps: Gap[]
  patch: PatchCoverage | null
  lanes: Record<string, { line: number | null; branch: number | null; function: number | null }>
  reports: Array<{ path: string; format: string; lane: string; files: number; notes: string[]; declared?: unknown }>
  skipped: CoverageData['skipped']
}

export interface MeasureInput extends ReadOptions {
  reports: ReportInput[]
  /** The pull request's changed lines: patch coverage, and changed code's gaps first. */
  change?: ChangeSet
  gapLimit?: number
}

/** Reads and merges the reports, measures them, and releases their data. */
export async function measureReports(input: MeasureInput): Promise<Measurement> {
  const { reports, change, gapLimit, ...read } = input
  const data = await readReports(reports, read)
  try {
    const lanes: Measurement['lanes'] = {}
    for (const [lane, store] of data.lanes)
      lanes[lane] = {
        line: percentOrNull(sumCounts(store, 'line')),
        branch: percentOrNull(sumCounts(store, 'branch')),
        function: percentOrNull(sumCounts(store, 'function'))
      }
    return {
      code: codeMetrics(data),
      statements: sumCounts(data.all, 'statement'),
      gaps: codeGaps(data.all, change?.lines, gapLimit ?? 50),
      patch: change ? patchCoverage(change, data.all) : null,
      lanes,
      reports: data.reports.map((r) => ({
        path: r.path,
        format: r.format,
        lane: r.lane,
        files: r.files,
        notes: r.notes,
        declared: r.declared
      })),
      skipped: data.skipped
    }
  } finally {
    data.release()
  }
}

function percentOrNull(c: Counts): number | null {
  return c.total ? percent(c) : null
}
