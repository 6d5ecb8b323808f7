import { newRecord, type FileRecord } from './file-record.js'
import { streamJson } from './json-stream.js'
import type { ParseResult, ReportParser } from './report-format.js'
import { CoverageReportError } from './report-error.js'

type Segment = [number, number, number, boolean | number, boolean | number, (boolean | number)?]
interface LlvmFile {
  filename?: string
  segments?: Segment[]
  branches?: number[][]
  summary?: Partial<Record<'lines' | 'branches' | 'functions', { count?: unknown; covered?: unknown }>>
}
interface LlvmFunction {
  name?: string
  count?: number
  regions?: number[][]
  filenames?: string[]
}

/**
 * `llvm-cov export -format=text` JSON, which `cargo llvm-cov --json` and clang's source-based
 * coverage write. Lines are computed from the segments exactly as llvm-cov's LineCoverageStats
 * does (so the figures equal `llvm-cov report`); functions are grouped by start position like
 * llvm-cov's instantiation groups (a generic function counts once, covered if any
 * instantiation ran); each branch has a true and a false outcome.
 */
export const parseLlvmCov: ReportParser = async (src, emit) => {
  const result: ParseResult = {
    format: 'llvm-cov',
    files: 0,
    carries: { lines: true, branches: false, functions: false, statements: false },
    notes: []
  }
  // Functions arrive after the files in the export; kept per file as start position → covered.
  // An export holds one `data` entry per set of objects it was given (`-object` repeated, or
  // exports merged by tools); a file may be in several, each with its own functions: entries
  // are kept apart by their index and united later like two reports of the file.
  const pending = new Map<string, FileRecord>()
  const declaredLines = new Map<string, number>()
  const fnGroups = new Map<string, Map<string, { name: string; line: number; endLine: number; hits: number }>>()
  let type: string | undefined
  let summaryOnly = false
  const summaryCounts = (c: { count?: unknown; covered?: unknown } | undefined, what: string) => {
    if (c === undefined) return undefined
    const { count, covered } = c
    if (typeof count !== 'number' || typeof covered !== 'number' || covered < 0 || covered > count)
      throw new CoverageReportError(src.name, undefined, `${what} is not {count, covered} counts`)
    return { total: count, covered }
  }
  let sawData = false
  await streamJson(
    src.open(),
    src.name,
    ['$.data.*.files.*', '$.data.*.functions.*', '$.type', '$.version'],
    (value, path, line) => {
      if (path[0] === 'type') {
        type = String(value)
        return
      }
      if (path[0] === 'version') {
        result.notes.push(`llvm-cov export ${String(value)}`)
        return
      }
      sawData = true
      if (path[2] === 'files') {
        const f = value as LlvmFile
        if (f && typeof f.filename === 'string' && !Array.isArray(f.segments) && f.summary) {
          // `-summary-only` (cargo llvm-cov --json --summary-only): the file's counts, no lines.
          const r = newRecord(f.filename, line)
          r.summary = {
            lines: summaryCounts(f.summary.lines, `${f.filename}: summary.lines`),
            branches: summaryCounts(f.summary.branches, `${f.filename}: summary.branches`),
            functions: summaryCounts(f.summary.functions, `${f.filename}: summary.functions`)
          }
          if (r.summary.branches) result.carries.branches = true
          if (r.summary.functions) result.carries.functions = true
          if (!r.summary.lines)
            throw new CoverageReportError(src.name, line, `${f.filename}: a summary without lines counts`)
          if (!summaryOnly)
            result.notes.push('summary only: the export has no per-line data, so no patch coverage or gaps')
          summaryOnly = true
          pending.set(`${path[1]}\u0000${f.filename}`, r)
          return
        }
        if (!f || typeof f.filename !== 'string' || !Array.isArray(f.segments))
          throw new CoverageReportError(
            src.name,
            line,
            'a files[] entry without filename and segments: not an llvm-cov export'
          )
        const r = newRecord(f.filename, line)
        linesFromSegments(f.segments, r, src.name, line)
        for (const b of f.branches ?? []) {
          if (!Array.isArray(b) || b.length < 6)
            throw new CoverageReportError(
              src.name,
              line,
              `${f.filename}: a branch is not [line, col, line, col, true, false, …]`
            )
          result.carries.branches = true
          const id = (b[0]! * 4096 + b[1]!) * 2
          r.branches.push({ line: b[0]!, id, taken: b[4]! > 0 }, { line: b[0]!, id: id + 1, taken: b[5]! > 0 })
        }
        const key = `${path[1]}\u0000${f.filename}`
        if (pending.has(key))
          throw new CoverageReportError(src.name, line, `${f.filename} appears twice in one data entry of the export`)
        pending.set(key, r)
        if (typeof f.summary?.lines?.count === 'number') declaredLines.set(key, f.summary.lines.count)
        return
      }
      const fn = value as LlvmFunction
      if (!fn || !Array.isArray(fn.regions) || !Array.isArray(fn.filenames))
        throw new CoverageReportError(
          src.name,
          line,
          'a functions[] entry without regions and filenames: not an llvm-cov export'
        )
      const first = fn.regions[0]
      if (!first) return
      result.carries.functions = true
      const name = fn.filenames[first[5] ?? 0]
      if (!name) return
      const file = `${path[1]}\u0000${name}`
      let endLine = first[2] ?? first[0]!
      for (const reg of fn.regions) if (reg[5] === first[5] && reg[2]! > endLine) endLine = reg[2]!
      const group = fnGroups.get(file) ?? new Map()
      fnGroups.set(file, group)
      const key = `${first[0]}:${first[1]}`
      const prev = group.get(key)
      const hits = typeof fn.count === 'number' ? fn.count : 0
      if (prev) prev.hits += hits
      else group.set(key, { name: fn.name ?? '?', line: first[0]!, endLine, hits })
    }
  )
  // An export of nothing (no object had coverage mapping) still says its type: an empty report.
  if (!sawData && type !== 'llvm.coverage.json.export')
    throw new CoverageReportError(src.name, 1, 'no data[].files: not an llvm-cov export')
  if (type !== undefined && type !== 'llvm.coverage.json.export')
    throw new CoverageReportError(src.name, undefined, `"type": "${type}" is not llvm.coverage.json.export`)
  for (const [key, r] of pending) {
    for (const f of fnGroups.get(key)?.values() ?? [])
      r.functions.push({ name: f.name, line: f.line, endLine: f.endLine, hits: f.hits })
    // llvm-cov versions differ on whether a file's lines are all mapped lines of the file or only
    // those inside its functions (older ones leave out macro bodies expanded elsewhere). The
    // export states its own count: the reading that agrees with it is the one used.
    const declared = declaredLines.get(key)
    if (declared !== undefined && declared !== r.lines.size && r.functions.length) {
      const inside = new Map(
        [...r.lines].filter(([l]) => r.functions.some((f) => l >= f.line && l <= (f.endLine ?? f.line)))
      )
      if (inside.size === declared) r.lines = inside
      else result.notes.push(`${r.path}: ${r.lines.size} mapped lines, llvm-cov's summary says ${declared}`)
    }
    emit(r)
  }
  return result
}

/** llvm's LineCoverageStats over a file's segments: which lines are mapped and their counts. */
function linesFromSegments(segments: Segment[], r: FileRecord, name: string, at: number): void {
  if (!segments.length) return
  let wrapped: Segment | undefined
  let i = 0
  const last = segments[segments.length - 1]![0]
  for (let line = segments[0]![0]; line <= last; line++) {
    const start = i
    while (i < segments.length && segments[i]![0] === line) i++
    if (i < segments.length && segments[i]![0] < line)
      throw new CoverageReportError(name, at, `${r.path}: segments are not in line order`)
    const onLine = segments.slice(start, i)
    let regions = 0
    for (const s of onLine) if (!s[5] && s[3] && s[4]) regions++
    const skipped = onLine.length > 0 && !onLine[0]![3] && onLine[0]![4]
    let mapped = !skipped && ((wrapped !== undefined && !!wrapped[3]) || regions > 0)
    if (onLine.some((s) => s[4] && s[3])) mapped = true
    if (mapped) {
      let count = wrapped ? wrapped[2] : 0
      if (regions > 0) for (const s of onLine) if (!s[5] && s[3] && s[4]) count = Math.max(count, s[2])
      r.lines.set(line, count)
    }
    if (onLine.length) wrapped = onLine[onLine.length - 1]
  }
}
