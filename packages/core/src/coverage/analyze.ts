import { posix } from 'node:path'
import type { CoverageSettings } from './config.js'
import type { Counts } from './file-record.js'
import { codeGaps, rank, type Gap } from './gaps.js'
import { evaluateGate, type GateResult, type PreviousFigures } from './gate.js'
import { codeMetrics, heeTotal, METRICS, sumCounts, type Metric, type Measured } from './metrics.js'
import { readMutationReport, type MutationScore } from './mutation.js'
import { changedLines, patchCoverage, toRanges, type GitRun, type PatchCoverage } from './patch.js'
import { promptCoverage, type PromptFile } from './prompt-coverage.js'
import { readReports, type CoverageData, type ReportInput } from './read-reports.js'
import { indexRepository, type RepoIndex } from './repo-paths.js'
import { specCoverage, type SpecId } from './spec-coverage.js'
import { readTestFiles } from './test-files.js'

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
  lanes: Record<string, { line: number | null; branch: number | null; function: number | null }>
  reports: Array<{ path: string; format: string; lane: string; files: number; notes: string[]; declared?: unknown }>
  skipped: CoverageData['skipped']
  trend: TrendPoint[]
}

export const TREND_LENGTH = 20

/** The whole analysis: reports → metrics, HEE total, gate, ranked gaps, patch coverage. */
export async function analyzeCoverage(o: AnalyzeOptions): Promise<CoverageAnalysis> {
  const s = o.settings
  const index = o.index ?? (await indexRepository(o.root))
  const data = await readReports(o.reports, {
    index,
    integrationLanes: s.integrationLanes,
    outside: s.outside,
    memoryBudget: o.memoryBudget
  })
  try {
    return await analyzeData(o, index, data)
  } finally {
    data.release()
  }
}

async function analyzeData(o: AnalyzeOptions, index: RepoIndex, data: CoverageData): Promise<CoverageAnalysis> {
  const s = o.settings
  const code = codeMetrics(data)
  const needTests = !!(s.spec || s.prompts)
  const tests = needTests ? await readTestFiles(o.root, s.testGlobs) : []
  const spec = s.spec ? await specCoverage(o.root, s.spec.dir, s.spec.idPattern, tests) : undefined
  const prompts = s.prompts ? await promptCoverage(o.root, s.prompts.glob, tests) : undefined
  const measured: Record<Metric, Measured> = {
    ...code,
    spec: spec ?? { value: null, reason: 'no spec folder configured (--spec DIR)' },
    prompt: prompts ?? { value: null, reason: 'no prompt glob configured (--prompts GLOB)' }
  }
  const metrics = Object.fromEntries(METRICS.map((m) => [m, measured[m].value])) as Record<Metric, number | null>
  const not_measured: CoverageAnalysis['not_measured'] = {}
  const counts: CoverageAnalysis['counts'] = {}
  for (const m of METRICS) {
    if (measured[m].value === null) not_measured[m] = measured[m].reason ?? 'not measured'
    if (measured[m].counts) counts[m] = measured[m].counts
  }
  const statements = sumCounts(data.all, 'statement')
  if (statements.total) counts.statement = statements
  const hee_total = heeTotal(metrics, s.weights)

  const change = o.base && o.git ? await changedLines(o.git, o.base) : undefined
  const patch = change ? patchCoverage(change, data.all) : null
  const gaps = codeGaps(data.all, change?.lines, o.gapLimit ?? 50)
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

  const lanes: CoverageAnalysis['lanes'] = {}
  for (const [lane, store] of data.lanes) {
    const pct = (c: Counts) => (c.total ? Math.round((c.covered / c.total) * 10000) / 100 : null)
    lanes[lane] = {
      line: pct(sumCounts(store, 'line')),
      branch: pct(sumCounts(store, 'branch')),
      function: pct(sumCounts(store, 'function'))
    }
  }
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
    lanes,
    reports: data.reports.map((r) => ({
      path: r.path,
      format: r.format,
      lane: r.lane,
      files: r.files,
      notes: r.notes,
      declared: r.declared
    })),
    skipped: data.skipped,
    trend
  }
}

/** Code gaps by risk, then spec ids and prompt files (they have no size to rank by). */
function rankAll(gaps: Gap[]): Gap[] {
  const code = rank(gaps.filter((g) => g.kind !== 'spec' && g.kind !== 'prompt'))
  return [...code, ...gaps.filter((g) => g.kind === 'spec'), ...gaps.filter((g) => g.kind === 'prompt')]
}
