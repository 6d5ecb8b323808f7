import { newRecord, type FileRecord } from './file-record.js'
import { streamJson } from './json-stream.js'
import type { ParseResult, ReportParser } from './report-format.js'
import { CoverageReportError } from './report-error.js'

interface PyRegion {
  executed_lines?: number[]
  missing_lines?: number[]
  start_line?: number
  summary?: { covered_lines?: number }
}
interface PyFile extends PyRegion {
  executed_branches?: Array<[number, number]>
  missing_branches?: Array<[number, number]>
  functions?: Record<string, PyRegion>
}

/**
 * coverage.py's JSON report (`coverage json`, formats 1–3): executed and missing lines per
 * file, executed and missing branch arcs when measured with `--branch`, and — from coverage.py
 * 7.6 — functions as regions (a function is covered when any line of its body ran).
 */
export const parseCoveragePy: ReportParser = async (src, emit) => {
  const result: ParseResult = {
    format: 'coverage-py',
    files: 0,
    carries: { lines: true, branches: false, functions: false, statements: false },
    notes: []
  }
  let sawFiles = false
  let sawMeta = false
  await streamJson(src.open(), src.name, ['$.meta', '$.files.*', '$.totals'], (value, path, line) => {
    if (path[0] === 'meta') {
      const meta = value as { version?: string; branch_coverage?: boolean }
      sawMeta = typeof meta?.version === 'string'
      if (meta?.version) result.notes.push(`coverage.py ${meta.version}`)
      if (meta?.branch_coverage) result.carries.branches = true
      return
    }
    if (path[0] === 'totals') {
      const t = value as {
        covered_lines?: number
        num_statements?: number
        covered_branches?: number
        num_branches?: number
      }
      result.declared = {
        lines:
          typeof t?.num_statements === 'number'
            ? { covered: t.covered_lines ?? 0, total: t.num_statements }
            : undefined,
        branches:
          typeof t?.num_branches === 'number' ? { covered: t.covered_branches ?? 0, total: t.num_branches } : undefined
      }
      return
    }
    sawFiles = true
    const key = String(path[1])
    const v = value as PyFile
    if (!v || typeof v !== 'object' || !Array.isArray(v.executed_lines) || !Array.isArray(v.missing_lines))
      throw new CoverageReportError(
        src.name,
        line,
        `the entry "${key.slice(0, 120)}" has no executed_lines and missing_lines: not a coverage.py JSON report`
      )
    const r: FileRecord = newRecord(key, line)
    // coverage.py lists line 0 as executed for a file with no statement: it is no source line.
    for (const l of v.executed_lines) if (l !== 0) r.lines.set(l, 1)
    for (const l of v.missing_lines) if (l !== 0 && !r.lines.has(l)) r.lines.set(l, 0)
    for (const [from, to] of v.executed_branches ?? []) r.branches.push({ line: from, id: to + 1_000_000, taken: true })
    for (const [from, to] of v.missing_branches ?? []) r.branches.push({ line: from, id: to + 1_000_000, taken: false })
    if (v.functions) {
      result.carries.functions = true
      for (const [name, fn] of Object.entries(v.functions)) {
        if (name === '') continue // module-level code, not a function
        const lines = [...(fn.executed_lines ?? []), ...(fn.missing_lines ?? [])]
        if (!lines.length) continue
        const first = fn.start_line ?? Math.min(...lines)
        r.functions.push({
          name,
          line: first,
          endLine: Math.max(...lines),
          hits: (fn.executed_lines?.length ?? 0) > 0 ? 1 : 0
        })
      }
    }
    emit(r)
  })
  // coverage.py writes its "meta" first: with it and no file entry, the report is an empty one.
  if (!sawFiles && !sawMeta)
    throw new CoverageReportError(src.name, 1, 'no "files" object: not a coverage.py JSON report')
  return result
}
