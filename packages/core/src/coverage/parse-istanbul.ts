import { addLine, newRecord, type FileRecord, type SummaryCounts, type Counts } from './file-record.js'
import { streamJson } from './json-stream.js'
import type { ParseResult, ReportParser } from './report-format.js'
import { CoverageReportError } from './report-error.js'

interface Loc {
  start?: { line?: number }
  end?: { line?: number }
}
interface IstanbulFile {
  path?: string
  statementMap?: Record<string, Loc>
  fnMap?: Record<string, { name?: string; decl?: Loc; loc?: Loc; line?: number }>
  branchMap?: Record<string, { loc?: Loc; line?: number; locations?: Loc[] }>
  s?: Record<string, number>
  f?: Record<string, number>
  b?: Record<string, number[]>
}

/**
 * Istanbul's `coverage-final.json` (nyc, c8, jest, vitest): one entry per file with statement,
 * function and branch maps and their counters. Lines are derived as Istanbul derives them: the
 * largest count of the statements that start on the line.
 */
export const parseIstanbulFinal: ReportParser = async (src, emit) => {
  const result: ParseResult = {
    format: 'istanbul-final',
    files: 0,
    carries: { lines: true, branches: true, functions: true, statements: true },
    notes: []
  }
  await streamJson(src.open(), src.name, ['$.*'], (value, path, line) => {
    const key = String(path[0])
    let v = value as IstanbulFile & { data?: IstanbulFile }
    if (v && typeof v === 'object' && v.data && !v.statementMap) v = v.data // older nyc wraps each entry in `data`
    if (
      !v ||
      typeof v !== 'object' ||
      Array.isArray(v) ||
      typeof v.s !== 'object' ||
      typeof v.statementMap !== 'object'
    )
      throw new CoverageReportError(
        src.name,
        line,
        `the entry "${key.slice(0, 120)}" has no statementMap and s: not an Istanbul coverage-final.json`
      )
    emit(istanbulRecord(v, key, line, src.name))
  })
  return result
}

function istanbulRecord(v: IstanbulFile, key: string, line: number, name: string): FileRecord {
  const r = newRecord(typeof v.path === 'string' && v.path ? v.path : key, line)
  const bad = (what: string): never => {
    throw new CoverageReportError(name, line, `the entry "${key.slice(0, 120)}": ${what}`)
  }
  let total = 0
  let covered = 0
  for (const [id, hits] of Object.entries(v.s ?? {})) {
    const loc = v.statementMap?.[id]
    if (!loc) continue
    if (typeof hits !== 'number' || hits < 0) bad(`statement ${id} has the count ${JSON.stringify(hits)}`)
    const l = loc.start?.line
    if (typeof l !== 'number' || l < 1) bad(`statement ${id} has no start line`)
    addLine(r, l!, hits)
    total++
    if (hits > 0) covered++
  }
  r.statements = { total, covered }
  for (const [id, fn] of Object.entries(v.fnMap ?? {})) {
    const hits = v.f?.[id] ?? 0
    const l = fn.decl?.start?.line ?? fn.loc?.start?.line ?? fn.line
    if (typeof l !== 'number') bad(`function ${id} has no line`)
    r.functions.push({ name: fn.name || `(anonymous_${id})`, line: l!, endLine: fn.loc?.end?.line, hits })
  }
  for (const [id, br] of Object.entries(v.branchMap ?? {})) {
    const counts = v.b?.[id] ?? []
    if (!Array.isArray(counts)) bad(`branch ${id} has no array of counts`)
    // Older instrumenters and converters give a branch only `line`, or only its locations.
    const l =
      br.loc?.start?.line ?? br.line ?? br.locations?.find((x) => typeof x?.start?.line === 'number')?.start?.line
    if (typeof l !== 'number') bad(`branch ${id} has no line`)
    counts.forEach((c, i) => r.branches.push({ line: l!, id: Number(id) * 65536 + i, taken: c > 0 }))
  }
  return r
}

/** Istanbul's `coverage-summary.json`: counts per file, no lines; merged as counts only. */
export const parseIstanbulSummary: ReportParser = async (src, emit) => {
  const result: ParseResult = {
    format: 'istanbul-summary',
    files: 0,
    carries: { lines: true, branches: true, functions: true, statements: true },
    notes: ['counts only: coverage-summary.json has no per-line data, so it cannot give patch coverage or gaps']
  }
  await streamJson(src.open(), src.name, ['$.*'], (value, path, line) => {
    const key = String(path[0])
    const v = value as Record<string, { total?: unknown; covered?: unknown }>
    const counts = (k: string): Counts | undefined => {
      const c = v?.[k]
      if (c === undefined) return undefined
      if (typeof c?.total !== 'number' || typeof c?.covered !== 'number' || c.covered > c.total || c.covered < 0)
        throw new CoverageReportError(
          src.name,
          line,
          `"${key.slice(0, 120)}".${k} is not {total, covered} counts: not an Istanbul coverage-summary.json`
        )
      return { total: c.total, covered: c.covered }
    }
    const summary: SummaryCounts = {
      lines: counts('lines'),
      branches: counts('branches'),
      functions: counts('functions'),
      statements: counts('statements')
    }
    if (!summary.lines)
      throw new CoverageReportError(
        src.name,
        line,
        `the entry "${key.slice(0, 120)}" has no lines counts: not an Istanbul coverage-summary.json`
      )
    if (key === 'total') {
      result.declared = { lines: summary.lines, branches: summary.branches }
      return
    }
    const r = newRecord(key, line)
    r.summary = summary
    emit(r)
  })
  return result
}
