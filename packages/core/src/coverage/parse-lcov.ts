import { addLine, newRecord, type FileRecord } from './file-record.js'
import { forEachLine } from './line-reader.js'
import { count, lineNumber, type ParseResult, type ReportParser } from './report-format.js'
import { CoverageReportError } from './report-error.js'

/**
 * lcov tracefiles as written by lcov/geninfo 1.x and 2.x, node's test runner, c8/istanbul,
 * grcov, cargo-llvm-cov, kcov and friends: `SF` … `end_of_record` blocks of DA/BRDA/FN/FNDA
 * (and lcov 2's FNL/FNA) lines. Unknown record types are skipped, so newer keys do not break
 * reading; anything that is not `KEY:value` is an error naming the line.
 */
export const parseLcov: ReportParser = async (src, emit) => {
  const result: ParseResult = {
    format: 'lcov',
    files: 0,
    carries: { lines: false, branches: false, functions: false, statements: false },
    notes: []
  }
  let rec: FileRecord | undefined
  // FN names to lines within the current record: FNDA refers to a function by name only. One
  // name may stand for several functions (methods of two classes, Solidity overloads): Istanbul's
  // and node's writers then give one FN and one FNDA per function, in the same order.
  let fnLines = new Map<string, Array<{ line: number; endLine?: number }>>()
  let fnHits = new Map<string, number[]>()
  // lcov 2: FNL declares an index with its lines, FNA gives hits and a name for an index; further
  // FNA of one index are aliases of the same function (C++ template instances, C's static
  // inline copies), so the function is counted once under its first name.
  let fnl = new Map<string, { line: number; endLine?: number; name?: string }>()
  let unterminated = false
  // A record's own LF/LH, BRF/BRH, FNF/FNH: used only when it gives no DA/BRDA/FN data at all.
  let sums: Partial<Record<'LF' | 'LH' | 'BRF' | 'BRH' | 'FNF' | 'FNH', number>> = {}
  // Line 0 is no source line: some writers give one for a file's module wrapper. Such records are left out.
  let lineZero = 0
  let zeroFns = new Set<string>()
  const bad = (line: number, what: string): never => {
    throw new CoverageReportError(src.name, line, `${what} (not a valid lcov tracefile line)`)
  }
  const close = () => {
    if (!rec) return
    for (const [name, ats] of fnLines) {
      const hits = fnHits.get(name) ?? []
      // As many FNDA as FN lines: one each, in order; otherwise the name's hits stand for all of them.
      const all = hits.length ? Math.max(...hits) : 0
      ats.forEach((at, i) =>
        rec!.functions.push({
          name,
          line: at.line,
          endLine: at.endLine,
          hits: hits.length === ats.length ? hits[i]! : all
        })
      )
    }
    if (sums.FNF !== undefined && rec.functions.length > sums.FNF) collapseInstances(rec)
    if (rec.lines.size === 0 && rec.branches.length === 0 && rec.functions.length === 0 && sums.LF) {
      // Counts without data: the writer's own figures are all there is for this file.
      const pair = (found?: number, hit?: number) =>
        found === undefined ? undefined : { total: found, covered: Math.min(hit ?? 0, found) }
      rec.summary = {
        lines: pair(sums.LF, sums.LH),
        branches: pair(sums.BRF, sums.BRH),
        functions: pair(sums.FNF, sums.FNH)
      }
      result.carries.lines = true
    }
    emit(rec)
    rec = undefined
    fnLines = new Map()
    fnHits = new Map()
    fnl = new Map()
    sums = {}
    zeroFns = new Set()
  }

  await forEachLine(src.open(), src.name, (raw, n, last) => {
    unterminated = last === true
    // Most lines are `DA:<line>,<hits>`: read without substrings (a 100 MB report has millions).
    if (rec && raw.charCodeAt(0) === 68 && raw.charCodeAt(1) === 65 && raw.charCodeAt(2) === 58) {
      let i = 3
      let line = 0
      let c = raw.charCodeAt(i)
      while (c >= 48 && c <= 57) {
        line = line * 10 + c - 48
        c = raw.charCodeAt(++i)
      }
      if (c === 44 && line > 0 && i > 3) {
        let hits = 0
        const start = ++i
        c = raw.charCodeAt(i)
        while (c >= 48 && c <= 57) {
          hits = hits * 10 + c - 48
          c = raw.charCodeAt(++i)
        }
        // Anything else after the digits (a checksum, a float, a sign) takes the general path.
        if (i > start && (i === raw.length || c === 44) && hits <= Number.MAX_SAFE_INTEGER) {
          addLine(rec, line, hits)
          result.carries.lines = true
          return
        }
      }
    }
    const text = raw.trim()
    if (text === '') return
    if (text === 'end_of_record') {
      if (!rec) bad(n, 'end_of_record without a preceding SF')
      close()
      return
    }
    const colon = text.indexOf(':')
    if (colon <= 0) bad(n, `'${text.slice(0, 60)}'`)
    const key = text.slice(0, colon)
    const value = text.slice(colon + 1)
    if (!/^[A-Z][A-Z0-9_]*$/.test(key)) bad(n, `'${text.slice(0, 60)}'`)
    switch (key) {
      case 'TN':
      case 'VER':
        return
      case 'SF':
        if (rec)
          throw new CoverageReportError(
            src.name,
            n,
            `SF for ${value} before the end_of_record of ${rec.path} (line ${rec.at}): the tracefile is malformed`
          )
        if (!value) bad(n, 'SF without a path')
        rec = newRecord(value, n)
        return
    }
    if (!rec)
      throw new CoverageReportError(
        src.name,
        n,
        `${key} outside an SF … end_of_record block: not an lcov tracefile, or a truncated one`
      )
    const f = value.split(',')
    switch (key) {
      case 'DA': {
        if (f[0] === '0') return void lineZero++
        const line = lineNumber(f[0])
        const hits = count(f[1])
        if (line !== undefined && /^-\d/.test(f[1] ?? ''))
          throw new CoverageReportError(
            src.name,
            n,
            `DA:${value}: a negative hit count (gcov's counters overflowed or raced between threads): no figure can be read from it; rerun with -fprofile-update=atomic`
          )
        if (line === undefined || hits === undefined) bad(n, `DA:${value}`)
        addLine(rec, line!, hits!)
        result.carries.lines = true
        return
      }
      case 'BRDA': {
        // BRDA:line,block,branch,taken — taken is '-' when the branch's block never ran.
        if (f[0] === '0') return void lineZero++
        const line = lineNumber(f[0])
        const block = count(f[1]?.replace(/^e/, ''))
        const taken = f[3] === '-' ? 0 : count(f[3])
        if (line === undefined || block === undefined || taken === undefined || f.length < 4) bad(n, `BRDA:${value}`)
        const branchKey = f.slice(2, f.length - 1).join(',')
        rec.branches.push({ line: line!, id: block! * 65536 + hashSmall(branchKey), taken: taken! > 0 })
        result.carries.branches = true
        return
      }
      case 'FN': {
        // FN:line,name (lcov 1) or FN:line,endline,name (lcov 2); names may hold commas (C++).
        if (f[0] === '0') {
          lineZero++
          zeroFns.add(f.slice(f.length >= 3 && lineNumber(f[1]) !== undefined ? 2 : 1).join(','))
          return
        }
        const line = lineNumber(f[0])
        if (line === undefined || f.length < 2) bad(n, `FN:${value}`)
        const end = f.length >= 3 ? lineNumber(f[1]) : undefined
        const name = (end !== undefined ? f.slice(2) : f.slice(1)).join(',')
        const ats = fnLines.get(name)
        if (!ats || ats[0]!.line === 0) fnLines.set(name, [{ line: line!, endLine: end }])
        else if (!ats.some((a) => a.line === line)) ats.push({ line: line!, endLine: end })
        result.carries.functions = true
        return
      }
      case 'FNDA': {
        const hits = count(f[0])
        if (hits === undefined || f.length < 2) bad(n, `FNDA:${value}`)
        const name = f.slice(1).join(',')
        if (zeroFns.has(name)) return
        const list = fnHits.get(name)
        if (list) list.push(hits!)
        else fnHits.set(name, [hits!])
        if (!fnLines.has(name)) fnLines.set(name, [{ line: 0 }])
        return
      }
      case 'FNL': {
        const line = lineNumber(f[1])
        if (f[0] === undefined || line === undefined) bad(n, `FNL:${value}`)
        fnl.set(f[0]!, { line: line!, endLine: lineNumber(f[2]) })
        result.carries.functions = true
        return
      }
      case 'FNA': {
        const at = fnl.get(f[0] ?? '')
        const hits = count(f[1])
        if (!at || hits === undefined || f.length < 3) bad(n, `FNA:${value}`)
        const name = (at!.name ??= f.slice(2).join(','))
        fnLines.set(name, [{ line: at!.line, endLine: at!.endLine }])
        fnHits.set(name, [(fnHits.get(name)?.[0] ?? 0) + hits!])
        return
      }
      case 'LF':
      case 'LH':
      case 'BRF':
      case 'BRH':
      case 'FNF':
      case 'FNH':
        // Recomputed from the data where there is data; kept for a record that has none.
        sums[key] = count(value.trim())
        return
      default:
        // Unknown keys are newer lcov (MCDC, MCF/MCH …).
        return
    }
  })
  if (rec) {
    // Some writers leave out the last end_of_record; a file cut off mid-write ends mid-line.
    if (unterminated)
      throw new CoverageReportError(
        src.name,
        rec.at,
        `the record of ${rec.path} has no end_of_record and its last line no line end: the tracefile is truncated`
      )
    result.notes.push(`the last record (${rec.path}) has no end_of_record: read to the end of the file`)
    close()
  }
  if (lineZero) result.notes.push(`${lineZero} record(s) at line 0 left out: line 0 is no source line`)
  return result
}

/** A stable small number for lcov's branch field, which may be an expression string in lcov 2. */
function hashSmall(s: string): number {
  const n = Number(s)
  if (Number.isInteger(n) && n >= 0 && n < 65536) return n
  let h = 0
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) & 0xffff
  return h
}

/**
 * llvm-cov's lcov export (cargo llvm-cov, clang) lists every instance of a function: each
 * generic instantiation and each binary's copy (the library and its test binary), under
 * mangled names, while its FNF counts the function once. When a record lists more functions
 * than its own FNF, the instances at one line are one function, run when any instance ran.
 */
function collapseInstances(rec: FileRecord): void {
  const byLine = new Map<number, FileRecord['functions'][number]>()
  for (const f of rec.functions) {
    const seen = byLine.get(f.line)
    if (!seen) byLine.set(f.line, { ...f })
    else {
      seen.hits = Math.max(seen.hits, f.hits)
      if (f.endLine && (!seen.endLine || f.endLine > seen.endLine)) seen.endLine = f.endLine
    }
  }
  rec.functions = [...byLine.values()]
}
