import { stat } from 'node:fs/promises'
import { posix } from 'node:path'
import type { CoverageSettings } from './config.js'
import type { Counts } from './file-record.js'
import { rank, type Gap } from './gaps.js'
import { evaluateGate, type GateResult, type PreviousFigures } from './gate.js'
import { heeTotal, METRICS, type Metric, type Measured } from './metrics.js'
import { measureReports, type MeasureInput, type Measurement } from './measure.js'
import { readMutationReport, type MutationScore } from './mutation.js'
import { changedLines, toRanges, type GitRun, type PatchCoverage } from './patch.js'
import { promptCoverage, type PromptFile } from './prompt-coverage.js'
import type { ReportInput } from './read-reports.js'
import { indexRepository, type RepoIndex } from './repo-paths.js'
import { specCoverage, type SpecId } from './spec-coverage.js'
import { readTestFiles } from './test-files.js'
import { runBounded } from '../worker/bounded.js'

export interface AnalyzeOptions {
  /** Repository root: report paths are placed under it, spec and prompt globs read from it. */
  root: string
  reports: ReportInput[]
  settings: CoverageSettings
  /** Base ref of a pull request: patch coverage and "changed" gaps against its merge base. */
  base?: string
  git?: GitRun
  mutationReports?: string[]
  previous?: PreviousFigures
  /** Earlier runs' figures, oldest first; the current run is appended. */
  trend?: TrendPoint[]
  /** Where this run comes from, for the trend. */
  run?: { id?: number; at: string }
  index?: RepoIndex
  gapLimit?: number
  /** Bytes of per-file data held in memory while reading the reports (see ReadOptions). */
  memoryBudget?: number
  /** The old generation cap (MB) of the worker thread the reports are read in (READ_HEAP_MB). */
  heapMb?: number
  /** Told where the reports were read (a worker thread or this one), for debug output. */
  note?: (line: string) => void
}

export interface TrendPoint {
  at: string
  run_id?: number
  hee_total: number | null
  metrics: Partial<Record<Metric, number | null>>
}

export interface Annotation {
  file: string
  start_line: number
  end_line: number
  message: string
}

export interface CoverageAnalysis {
  /** Percentages 0–100; null where not measured. */
  metrics: Record<Metric, number | null>
  hee_total: number | null
  not_measured: Partial<Record<Metric, string>>
  counts: Partial<Record<Metric | 'statement', Counts>>
  targets: Record<Metric, number>
  gate: GateResult
  gaps: Gap[]
  patch: PatchCoverage | null
  annotations: Annotation[]
  annotations_omitted: number
  spec: { dir: string; pattern: string; ids: SpecId[] } | null
  prompts: { glob: string; files: PromptFile[] } | null
  mutation: MutationScore[]
  lanes: Measurement['lanes']
  reports: Measurement['reports']
  skipped: Measurement['skipped']
  trend: TrendPoint[]
}

export const TREND_LENGTH = 20

/** Old and young generation caps (MB) of the worker thread that reads the reports. */
export const READ_HEAP_MB = 48
export const READ_YOUNG_MB = 4
/**
 * Reports of this many bytes in all are read in that worker; smaller ones in this thread, where
 * a second V8 instance would cost more memory and time than the reading itself.
 */
export const READ_IN_WORKER_FROM = 16 * 1024 * 1024

/** The whole analysis: reports → metrics, HEE total, gate, ranked gaps, patch coverage. */
export async function analyzeCoverage(o: AnalyzeOptions): Promise<CoverageAnalysis> {
  const s = o.settings
  const index = o.index ?? (await indexRepository(o.root))
  const change = o.base && o.git ? await changedLines(o.git, o.base) : undefined
  const input: MeasureInput = {
    reports: o.reports,
    index,
    integrationLanes: s.integrationLanes,
    outside: s.outside,
    memoryBudget: o.memoryBudget,
    change,
    gapLimit: o.gapLimit
  }
  // Big reports are read where the heap is capped (a worker thread, when running from the
  // bundle): reading allocates much and keeps little, and V8 grows a heap it may grow, so
  // uncapped the process would grow with the report. Only the figures come back.
  const m =
    (await totalBytes(o.reports)) >= READ_IN_WORKER_FROM
      ? await runBounded('coverage.measure', input, measureReports, {
          // The repository's file list goes along (about 200 bytes a file).
          heapMb: o.heapMb ?? READ_HEAP_MB + Math.ceil(index.files.size / 5000),
          youngMb: READ_YOUNG_MB,
          note: o.note
        })
      : await measureReports(input)
  return analyzeMeasurement(o, index, m)
}

async function analyzeMeasurement(o: AnalyzeOptions, index: RepoIndex, m: Measurement): Promise<CoverageAnalysis> {
  const s = o.settings
  const needTests = !!(s.spec || s.prompts)
  const tests = needTests ? await readTestFiles(o.root, s.testGlobs) : []
  const spec = s.spec ? await specCoverage(o.root, s.spec.dir, s.spec.idPattern, tests) : undefined
  const prompts = s.prompts ? await promptCoverage(o.root, s.prompts.glob, tests) : undefined
  const measured: Record<Metric, Measured> = {
    ...m.code,
    spec: spec ?? { value: null, reason: 'no spec folder configured (--spec DIR)' },
    prompt: prompts ?? { value: null, reason: 'no prompt glob configured (--prompts GLOB)' }
  }
  const metrics = Object.fromEntries(METRICS.map((k) => [k, measured[k].value])) as Record<Metric, number | null>
  const not_measured: CoverageAnalysis['not_measured'] = {}
  const counts: CoverageAnalysis['counts'] = {}
  for (const k of METRICS) {
    if (measured[k].value === null) not_measured[k] = measured[k].reason ?? 'not measured'
    if (measured[k].counts) counts[k] = measured[k].counts
  }
  if (m.statements.total) counts.statement = m.statements
  const hee_total = heeTotal(metrics, s.weights)

  const patch = m.patch
  const gaps = m.gaps
  for (const id of spec?.ids ?? [])
    if (!id.tests.length)
      gaps.push({
        kind: 'spec',
        file: id.file,
        line: id.line,
        name: id.id,
        risk: 0,
        why: `${id.id} is referenced by no test`
      })
  for (const p of prompts?.prompts ?? [])
    if (!p.tests.length)
      gaps.push({ kind: 'prompt', file: p.path, risk: 0, why: `no test loads or names ${posix.basename(p.path)}` })

  const annotations: Annotation[] = []
  let omitted = 0
  for (const u of patch?.uncovered ?? []) {
    for (const [from, to] of toRanges(u.lines)) {
      if (annotations.length < s.maxAnnotations)
        annotations.push({
          file: u.file,
          start_line: from,
          end_line: to,
          message:
            from === to
              ? `Line ${from} was changed and no test runs it.`
              : `Lines ${from}–${to} were changed and no test runs them.`
        })
      else omitted++
    }
  }

  const mutation: MutationScore[] = []
  for (const p of o.mutationReports ?? []) mutation.push(await readMutationReport(p, p, index))

  const gate = evaluateGate({ metrics, hee_total, patch: patch?.value ?? null }, s, o.previous)
  const point: TrendPoint = { at: o.run?.at ?? new Date().toISOString(), run_id: o.run?.id, hee_total, metrics }
  const trend = [...(o.trend ?? []), point].slice(-TREND_LENGTH)
  return {
    metrics,
    hee_total,
    not_measured,
    counts,
    targets: s.targets,
    gate,
    gaps: rankAll(gaps),
    patch,
    annotations,
    annotations_omitted: omitted,
    spec: s.spec ? { dir: s.spec.dir, pattern: s.spec.idPattern, ids: spec?.ids ?? [] } : null,
    prompts: s.prompts ? { glob: s.prompts.glob, files: prompts?.prompts ?? [] } : null,
    mutation,
    lanes: m.lanes,
    reports: m.reports,
    skipped: m.skipped,
    trend
  }
}

/** The reports' size on disk (one that cannot be read counts 0: reading it says why). */
async function totalBytes(reports: ReportInput[]): Promise<number> {
  let sum = 0
  for (const r of reports)
    sum += await stat(r.path).then(
      (st) => (st.isFile() ? st.size : 0),
      () => 0
    )
  return sum
}

/** Code gaps by risk, then spec ids and prompt files (they have no size to rank by). */
function rankAll(gaps: Gap[]): Gap[] {
  const code = rank(gaps.filter((g) => g.kind !== 'spec' && g.kind !== 'prompt'))
  return [...code, ...gaps.filter((g) => g.kind === 'spec'), ...gaps.filter((g) => g.kind === 'prompt')]
}
