/**
 * Coverage inside a monitoring pass: the reports of this job's workspace (globs) and those the
 * analysed run uploaded as artifacts (read through the bounded zip reader, never unpacked as
 * given) are analysed against the spec's targets; the figures go into the capsule with the trend
 * of the last runs, and the gate's verdict comes back for the step to act on.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { glob } from 'tinyglobby'
import { matchesAny } from '../artifacts/artifact-names.js'
import { readZipText } from '../artifacts/zip-reader.js'
import { ConfigurationError, describeError } from '../errors.js'
import type { RunsReader } from '../github/runs.js'
import {
  analyzeCoverage,
  mutationReportKind,
  capsuleCoverageFields,
  loadCoverageConfig,
  resolveSettings,
  TREND_LENGTH,
  type CoverageAnalysis,
  type CoverageSettings,
  renderCoverageMarkdown,
  type ReportInput,
  type TrendPoint
} from '../coverage/index.js'
import { inertText, markdownCode, markdownText, redact } from '../security/index.js'
import type { MonitoringState } from '../capsule/types.js'
import type { CapsuleUpdate } from '../capsule/index.js'

export interface CoverageStepOptions {
  /** The job's workspace: report globs and paths in reports are read from here. */
  root: string
  /** `[LANE=]GLOB` patterns of report files under `root`. */
  reports: readonly string[]
  /** Artifact name patterns of the analysed run whose files are coverage reports. */
  artifacts: readonly string[]
  /** The run whose artifacts are read (none: artifacts are not looked at). */
  runId?: number
  reader?: RunsReader
  /** Settings after defaults (`coverageSettingsOf` reads them before the pass starts). */
  settings: CoverageSettings
  /** Where artifact reports are written for the parsers. */
  tempDir: string
  now: Date
}

export interface CoverageStepResult {
  analysis: CoverageAnalysis
  settings: CoverageSettings
  /** The capsule fields: metrics, hee_specific and the trend. */
  update: Pick<CapsuleUpdate, 'coverage_metrics' | 'hee_specific'> & { coverage_trend: TrendPoint[] }
  /** Reports read, as `path (source)`. */
  sources: string[]
  /** What could not be read, one sentence each (the analysis goes on without it). */
  notes: string[]
}

/** The first bytes of a file, to tell a mutation report from a coverage report. */
async function headOf(path: string): Promise<string> {
  const fh = await open(path, 'r').catch(() => undefined)
  if (!fh) return ''
  try {
    const buf = Buffer.alloc(65536)
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0)
    return buf.subarray(0, bytesRead).toString('utf8')
  } finally {
    await fh.close()
  }
}

/** Files a coverage artifact may hold that are worth handing to the parsers. */
const REPORT_NAME = /(?:\.info|\.lcov|\.xml|\.json|\.out|\.txt|\.profile|coverprofile)$/i
/** Lanes told from an artifact's name: integration and end-to-end reports count as integration. */
const laneOfArtifact = (name: string): string | undefined =>
  /\b(?:e2e|integration)\b|[-_](?:e2e|integration)(?:[-_]|$)/i.test(name) ? 'integration' : undefined

/**
 * The coverage settings of a repository: `path` (relative to `root`) when it exists, the spec's
 * defaults when it does not and was not asked for by name. A bad file is a ConfigurationError
 * naming it, raised before the pass reads or writes anything.
 */
export async function coverageSettingsOf(root: string, path: string, required: boolean): Promise<CoverageSettings> {
  const file = resolve(root, path)
  if (!existsSync(file)) {
    if (required) throw new ConfigurationError(`coverage config ${path} does not exist in the workspace`)
    return resolveSettings({})
  }
  return resolveSettings(await loadCoverageConfig(file, path))
}

/**
 * Reads and analyses the reports; undefined when no report was found (coverage is then simply
 * not part of this pass). Throws only for a bad config file, which is the user's to fix.
 */
export async function coverageStep(
  o: CoverageStepOptions,
  state: MonitoringState
): Promise<CoverageStepResult | undefined> {
  const notes: string[] = []
  const reports: ReportInput[] = []
  for (const pattern of o.reports) {
    const m = /^([A-Za-z][\w.-]*)=(.+)$/.exec(pattern)
    const files = await glob(m ? m[2]! : pattern, { cwd: o.root, absolute: true, dot: true, onlyFiles: true })
    if (files.length === 0) notes.push(`no coverage report matches \`${pattern}\``)
    for (const f of files.sort()) reports.push({ path: f, ...(m ? { lane: m[1]! } : {}) })
  }
  let scratch: string | undefined
  try {
    if (o.artifacts.length > 0 && o.runId && o.reader) {
      scratch = await mkdtemp(join(o.tempDir, 'hee-coverage-'))
      reports.push(...(await artifactReports(o.reader, o.runId, o.artifacts, scratch, notes)))
    }
    // Mutation reports found by the same globs or in the same artifacts give the mutation score.
    const mutationReports: string[] = []
    for (let i = reports.length - 1; i >= 0; i--)
      if (mutationReportKind(await headOf(reports[i]!.path))) mutationReports.unshift(reports.splice(i, 1)[0]!.path)
    if (reports.length === 0) {
      if (mutationReports.length) notes.push('a mutation report without a coverage report is not analysed')
      return undefined
    }

    const settings = o.settings
    const previousTrend = (state.coverage_trend ?? []) as TrendPoint[]
    const last = previousTrend[previousTrend.length - 1]
    const analysis = await analyzeCoverage({
      root: o.root,
      reports,
      settings,
      ...(state.coverage_metrics ? { previous: { metrics: state.coverage_metrics, hee_total: last?.hee_total } } : {}),
      trend: previousTrend,
      mutationReports,
      run: { ...(o.runId ? { id: o.runId } : {}), at: o.now.toISOString() }
    })
    const fields = capsuleCoverageFields(analysis)
    const shown = (p: string) => {
      const r = relative(o.root, p)
      return scratch && p.startsWith(scratch + sep) ? `${relative(scratch, p)} (artifact)` : r
    }
    return {
      analysis,
      settings,
      update: { ...fields, coverage_trend: analysis.trend.slice(-TREND_LENGTH) },
      sources: reports.map((r) => shown(r.path)),
      notes
    }
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true })
  }
}

/** The report files of the run's matching artifacts, written under `dir` with safe names. */
async function artifactReports(
  reader: RunsReader,
  runId: number,
  patterns: readonly string[],
  dir: string,
  notes: string[]
): Promise<ReportInput[]> {
  let listed
  try {
    listed = await reader.listRunArtifacts(runId, { onLimit: (note) => notes.push(note) })
  } catch (e) {
    notes.push(`artifacts of run ${runId}: ${describeError(e)}`)
    return []
  }
  const out: ReportInput[] = []
  for (const [i, a] of listed.filter((x) => !x.expired && matchesAny(x.name, patterns)).entries()) {
    let zip: Buffer
    try {
      zip = await reader.downloadArtifactZip(a.id)
    } catch (e) {
      notes.push(`artifact ${a.name}: ${describeError(e)}`)
      continue
    }
    const read = await readZipText(zip, (name) => REPORT_NAME.test(name))
    notes.push(...read.notes.map((n) => `artifact ${a.name}: ${n}`))
    const into = join(dir, `${i}`)
    await mkdir(into, { recursive: true })
    for (const [j, f] of read.value.entries()) {
      // The entry's own name is only kept as a readable suffix: never a path.
      const base = f.name
        .split('/')
        .pop()!
        .replace(/[^\w.-]/g, '_')
      const path = join(into, `${j}-${base}`)
      await writeFile(path, f.text)
      const lane = laneOfArtifact(a.name)
      out.push({ path, ...(lane ? { lane } : {}) })
    }
  }
  return out
}

/** Notes about reports and artifacts listed in a summary; the rest are counted. */
const NOTES_SHOWN = 5

/**
 * The job summary's coverage section: the spec's table with measured figures, what it was
 * read from and what was not read. Report paths, artifact names and error text come from the
 * run: shown as text, redacted, never as markup or workflow commands.
 */
export function coverageMarkdown(c: CoverageStepResult, secrets: readonly string[] = []): string {
  const lines = ['', renderCoverageMarkdown(c.analysis, c.settings.priorities, { gaps: 10 })]
  const sources = c.sources.slice(0, 20).map((s) => markdownCode(redact(s, secrets), true))
  if (c.sources.length > 20) sources.push(`and ${c.sources.length - 20} more`)
  lines.push('', `Read from ${c.sources.length} report(s): ${sources.join(', ')}`)
  for (const n of c.notes.slice(0, NOTES_SHOWN)) lines.push(`- ${markdownText(redact(n, secrets))}`)
  if (c.notes.length > NOTES_SHOWN) lines.push(`- and ${c.notes.length - NOTES_SHOWN} more not read (see the log)`)
  return inertText(lines.join('\n') + '\n')
}
