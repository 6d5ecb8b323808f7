import { posix, relative, resolve } from 'node:path'
import { detectFormat } from './detect-format.js'
import { FileCoverage } from './file-coverage.js'
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
}

export interface ReportSummary extends ParseResult {
  path: string
  lane: string
}

/** Every report merged: all lanes together, each lane apart, and the integration lanes together. */
export interface CoverageData {
  all: Map<string, FileCoverage>
  lanes: Map<string, Map<string, FileCoverage>>
  integration?: Map<string, FileCoverage>
  reports: ReportSummary[]
  skipped: Array<{ report: string; line?: number; reason: string }>
}

export const DEFAULT_LANE = 'default'
export const DEFAULT_INTEGRATION_LANES = ['integration', 'e2e']

/**
 * Reads and merges reports one after another. Each report is streamed; its files are kept
 * compactly under their path as written until the report ends, then placed in the repository
 * (so the report's own checkout folder can be told from its paths) and united with the same
 * file of earlier reports: a line covered in any run is covered.
 */
export async function readReports(inputs: ReportInput[], opts: ReadOptions): Promise<CoverageData> {
  if (inputs.length === 0) throw new CoverageReportError('(no report)', undefined, 'no coverage report was given')
  const integrationLanes = new Set(opts.integrationLanes ?? DEFAULT_INTEGRATION_LANES)
  const data: CoverageData = { all: new Map(), lanes: new Map(), reports: [], skipped: [] }
  for (const input of inputs) {
    const lane = input.lane ?? DEFAULT_LANE
    const src = await openReport(input.path, displayName(input.path, opts.index.root))
    const format = input.format ?? detectFormat(src.head, src.name)
    const pending = new Map<string, { cov: FileCoverage; record: FileRecord }>()
    const result = await PARSERS[format](src, (r) => {
      // One path in two modules of a build is two files until placed.
      const key = r.modules ? `${r.modules.join('/')}\u0000${r.path}` : r.path
      const p = pending.get(key)
      if (p) p.cov.merge(r)
      else {
        const cov = new FileCoverage(r.path)
        cov.merge(r)
        // Only the placing hints are kept of the record: its data now lives in `cov`.
        pending.set(key, { cov, record: { ...r, lines: new Map(), branches: [], functions: [] } })
      }
    })
    const reportDir = posix.dirname(toPosix(relative(opts.index.root, resolve(input.path))))
    const prefix = checkoutPrefix(
      (function* () {
        for (const { record } of pending.values()) yield* measuredPaths(record.path, record.sourceRoots)
      })(),
      opts.index
    )
    const laneStore = lane === DEFAULT_LANE ? undefined : getOrSet(data.lanes, lane)
    const intStore = integrationLanes.has(lane) ? (data.integration ??= new Map()) : undefined
    for (const { cov, record } of pending.values()) {
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
          data.skipped.push({ report: src.name, line: record.at, reason: placed.outside })
          continue
        }
        throw new CoverageReportError(src.name, record.at, placed.outside, {
          hint: 'run from the repository root, or leave such files out with --outside skip'
        })
      }
      const stores = [data.all, laneStore, intStore].filter((s) => s !== undefined)
      const merged = stores.some((s) => s.has(placed.path)) || stores.length > 1 ? cov.toRecord(placed.path) : undefined
      for (const store of stores) {
        const target = store.get(placed.path)
        if (target) target.merge(merged!)
        else if (!merged)
          store.set(placed.path, cov.movedTo(placed.path)) // the common case: no copy
        else {
          const fresh = new FileCoverage(placed.path)
          fresh.merge(merged)
          store.set(placed.path, fresh)
        }
      }
    }
    data.reports.push({ ...result, path: src.name, lane })
  }
  return data
}

function getOrSet<K, V>(m: Map<K, Map<string, V>>, k: K): Map<string, V> {
  let v = m.get(k)
  if (!v) m.set(k, (v = new Map()))
  return v
}

function displayName(path: string, root: string): string {
  const rel = relative(root, resolve(path))
  return rel && !rel.startsWith('..') ? toPosix(rel) : path
}
