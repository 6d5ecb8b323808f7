import { posix, relative, resolve } from 'node:path'
import { detectFormat } from './detect-format.js'
import { CoverageStore, DEFAULT_MEMORY_BUDGET, SpillFile } from './coverage-store.js'
import type { FileRecord } from './file-record.js'
import { parseCobertura } from './parse-cobertura.js'
import { parseCoveragePy } from './parse-coverage-py.js'
import { parseGo } from './parse-go.js'
import { parseIstanbulFinal, parseIstanbulSummary } from './parse-istanbul.js'
import { parseJacoco } from './parse-jacoco.js'
import { parseLcov } from './parse-lcov.js'
import { parseLlvmCov } from './parse-llvm-cov.js'
import { checkoutPrefix, measuredPaths, placePath, toPosix, type RepoIndex } from './repo-paths.js'
import type { ParseResult, ReportFormat, ReportParser } from './report-format.js'
import { CoverageReportError } from './report-error.js'
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

/** Where a file's entry was found in its report, and what helps place its path in the repository. */
type PlacingHints = Pick<FileRecord, 'path' | 'at' | 'sourceRoots' | 'goImportPath' | 'modules'>

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
    // Only the placing hints are kept of a record: its data now lives in `pending`.
    const hints = new Map<string, PlacingHints>()
    const result = await PARSERS[format](src, (r) => {
      // One path in two modules of a build is two files until placed.
      const key = r.modules ? `${r.modules.join('/')}\u0000${r.path}` : r.path
      if (!hints.has(key))
        hints.set(key, {
          path: r.path,
          at: r.at,
          sourceRoots: r.sourceRoots,
          goImportPath: r.goImportPath,
          modules: r.modules
        })
      pending.mergeRecord(key, r.path, r)
    })
    const reportDir = posix.dirname(toPosix(relative(opts.index.root, resolve(input.path))))
    const prefix = checkoutPrefix(
      (function* () {
        for (const record of hints.values()) yield* measuredPaths(record.path, record.sourceRoots)
      })(),
      opts.index
    )
    const laneStore = lane === DEFAULT_LANE ? undefined : getOrSet(data.lanes, lane, spill)
    const intStore = integrationLanes.has(lane) ? (data.integration ??= new CoverageStore(spill)) : undefined
    for (const [key, record] of hints) {
      const placed = placePath(
        record.path,
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
          pending.take(key)
          data.skipped.push({ report: src.name, line: record.at, reason: placed.outside })
          continue
        }
        throw new CoverageReportError(src.name, record.at, placed.outside, {
          hint: 'run from the repository root, or leave such files out with --outside skip'
        })
      }
      const stores = [data.all, laneStore, intStore].filter((s) => s !== undefined)
      const entry = pending.take(key)!
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
