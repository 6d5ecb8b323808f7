import { posix, relative, resolve } from 'node:path'
import { detectFormat } from './detect-format.js'
import { CoverageStore, DEFAULT_MEMORY_BUDGET, SpillFile } from './coverage-store.js'
import type { FileRecord } from './file-record.js'
import { FloatColumn, IntColumn } from './growable.js'
import { parseCobertura } from './parse-cobertura.js'
import { parseCoveragePy } from './parse-coverage-py.js'
import { parseGo } from './parse-go.js'
import { parseIstanbulFinal, parseIstanbulSummary } from './parse-istanbul.js'
import { parseJacoco } from './parse-jacoco.js'
import { parseLcov } from './parse-lcov.js'
import { parseLlvmCov } from './parse-llvm-cov.js'
import { checkoutPrefix, measuredPaths, placePath, toPosix, type RepoIndex } from './repo-paths.js'
import { REPORT_NAMES, type ParseResult, type ReportFormat, type ReportParser } from './report-format.js'
import { CoverageReportError, noSourceFile } from './report-error.js'
import { openReport } from './report-source.js'

export const PARSERS: Record<ReportFormat, ReportParser> = {
  lcov: parseLcov,
  cobertura: parseCobertura,
  jacoco: parseJacoco,
  'istanbul-final': parseIstanbulFinal,
  'istanbul-summary': parseIstanbulSummary,
  go: parseGo,
  'llvm-cov': parseLlvmCov,
  'coverage-py': parseCoveragePy
}

/** One report to read, and the lane (flag) its figures belong to, e.g. `unit`, `integration`. */
export interface ReportInput {
  path: string
  lane?: string
  /** Forces a format; by default it is told from the content. */
  format?: ReportFormat
}

export interface ReadOptions {
  index: RepoIndex
  /** Lanes whose coverage is integration coverage. */
  integrationLanes?: string[]
  /** What to do with a file outside the repository: an error (default) or left out and listed. */
  outside?: 'error' | 'skip'
  /**
   * Estimated bytes of per-file data held in memory before finished files go to a temporary
   * file (0: every file as soon as it is read). The figures do not depend on it.
   */
  memoryBudget?: number
}

export interface ReportSummary extends ParseResult {
  path: string
  lane: string
}

/**
 * Every report merged: all lanes together, each lane apart, and the integration lanes
 * together. `release()` removes the temporary file big reports' data may be kept in; the
 * stores cannot be read after it.
 */
export interface CoverageData {
  all: CoverageStore
  lanes: Map<string, CoverageStore>
  integration?: CoverageStore
  reports: ReportSummary[]
  skipped: Array<{ report: string; line?: number; reason: string }>
  release(): void
}

/** What helps place a report's paths in the repository, shared by the files that have the same. */
interface Hint extends Pick<FileRecord, 'sourceRoots' | 'goImportPath' | 'modules'> {
  /** The path as the report writes it, from the file's key in the pending store. */
  pathIn(key: string): string
}

/**
 * Per file of one report, in the order first seen: the report line where its entry starts, and
 * its placing hint, as numbers in columns; the few distinct hints are held once.
 */
class PlacingHints {
  private readonly lines = new FloatColumn()
  private readonly ids = new IntColumn()
  private readonly distinct: Hint[] = []
  private readonly byText = new Map<string, number>()
  private last?: { r: Pick<FileRecord, 'sourceRoots' | 'goImportPath' | 'modules'>; id: number }

  add(r: FileRecord): void {
    this.lines.push(r.at ?? -1)
    this.ids.push(this.idOf(r))
  }

  at(n: number): number | undefined {
    const line = this.lines.get(n)
    return line < 0 ? undefined : line
  }

  of(n: number): Hint {
    return this.distinct[this.ids.get(n)]!
  }

  private idOf(r: FileRecord): number {
    const l = this.last
    if (l && l.r.sourceRoots === r.sourceRoots && l.r.modules === r.modules && l.r.goImportPath === r.goImportPath)
      return l.id
    const text = JSON.stringify([r.sourceRoots, r.modules, r.goImportPath])
    let id = this.byText.get(text)
    if (id === undefined) {
      const prefix = r.modules ? r.modules.join('/').length + 1 : 0
      id =
        this.distinct.push({
          sourceRoots: r.sourceRoots,
          goImportPath: r.goImportPath,
          modules: r.modules,
          pathIn: (key) => key.slice(prefix)
        }) - 1
      this.byText.set(text, id)
    }
    this.last = { r: { sourceRoots: r.sourceRoots, modules: r.modules, goImportPath: r.goImportPath }, id }
    return id
  }
}

export const DEFAULT_LANE = 'default'
export const DEFAULT_INTEGRATION_LANES = ['integration', 'e2e']

/**
 * Reads and merges reports one after another. Each report is streamed; its files are kept
 * compactly under their path as written until the report ends, then placed in the repository
 * (so the report's own checkout folder can be told from its paths) and united with the same
 * file of earlier reports: a line covered in any run is covered. Past the memory budget,
 * finished files wait in a temporary file, so memory does not grow with the reports' size.
 */
export async function readReports(inputs: ReportInput[], opts: ReadOptions): Promise<CoverageData> {
  if (inputs.length === 0) throw new CoverageReportError('(no report)', undefined, 'no coverage report was given')
  const spill = new SpillFile(opts.memoryBudget ?? DEFAULT_MEMORY_BUDGET)
  try {
    return await readInto(inputs, opts, spill)
  } catch (e) {
    spill.close()
    throw e
  }
}

async function readInto(inputs: ReportInput[], opts: ReadOptions, spill: SpillFile): Promise<CoverageData> {
  const integrationLanes = new Set(opts.integrationLanes ?? DEFAULT_INTEGRATION_LANES)
  const data: CoverageData = {
    all: new CoverageStore(spill),
    lanes: new Map(),
    reports: [],
    skipped: [],
    release: () => spill.close()
  }
  for (const input of inputs) {
    const lane = input.lane ?? DEFAULT_LANE
    const src = await openReport(input.path, displayName(input.path, opts.index.root))
    const format = input.format ?? detectFormat(src.head, src.name)
    const pending = new CoverageStore(spill)
    // Only the placing hints are kept of a record (its data now lives in `pending`), by the
    // file's number there: they are the same for most files of a report, so held once.
    const hints = new PlacingHints()
    const result = await PARSERS[format](src, (r) => {
      // One path in two modules of a build is two files until placed.
      const isNew = pending.mergeRecord(r.modules ? `${r.modules.join('/')}\u0000${r.path}` : r.path, r.path, r)
      if (isNew) hints.add(r)
    })
    // Files, not records: a report may give one file in several records.
    result.files = pending.size
    if (pending.size === 0) {
      pending.detach()
      throw noSourceFile(src.name, REPORT_NAMES[format])
    }
    const reportDir = posix.dirname(toPosix(relative(opts.index.root, resolve(input.path))))
    const prefix = checkoutPrefix(
      (function* () {
        for (const [n, key] of pending.numbered()) {
          const h = hints.of(n)
          yield* measuredPaths(h.pathIn(key), h.sourceRoots)
        }
      })(),
      opts.index
    )
    const laneStore = lane === DEFAULT_LANE ? undefined : getOrSet(data.lanes, lane, spill)
    const intStore = integrationLanes.has(lane) ? (data.integration ??= new CoverageStore(spill)) : undefined
    for (const [n, key] of pending.numbered()) {
      const record = hints.of(n)
      const placed = placePath(
        record.pathIn(key),
        opts.index,
        {
          reportDir: reportDir.startsWith('..') ? undefined : reportDir,
          sourceRoots: record.sourceRoots,
          goImportPath: record.goImportPath,
          modules: record.modules
        },
        prefix
      )
      if ('outside' in placed) {
        if (opts.outside === 'skip') {
          pending.takeSlot(n)
          data.skipped.push({ report: src.name, line: hints.at(n), reason: placed.outside })
          continue
        }
        throw new CoverageReportError(src.name, hints.at(n), placed.outside, {
          hint: 'run from the repository root, or leave such files out with --outside skip'
        })
      }
      const stores = [data.all, laneStore, intStore].filter((s) => s !== undefined)
      const entry = pending.takeSlot(n)
      if (stores.length === 1 && !stores[0]!.has(placed.path)) {
        stores[0]!.put(placed.path, entry) // the common case: no copy
        continue
      }
      const merged = pending.recordOf(entry, placed.path)
      for (const store of stores) store.mergeRecord(placed.path, placed.path, merged)
    }
    pending.detach()
    data.reports.push({ ...result, path: src.name, lane })
  }
  return data
}

function getOrSet<K>(m: Map<K, CoverageStore>, k: K, spill: SpillFile): CoverageStore {
  let v = m.get(k)
  if (!v) m.set(k, (v = new CoverageStore(spill)))
  return v
}

function displayName(path: string, root: string): string {
  const rel = relative(root, resolve(path))
  return rel && !rel.startsWith('..') ? toPosix(rel) : path
}
