import { addLine, newRecord, type FileRecord } from './file-record.js'
import { forEachLine } from './line-reader.js'
import type { ParseResult, ReportParser } from './report-format.js'
import { CoverageReportError } from './report-error.js'

const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/

/**
 * Go coverprofiles (`go test -coverprofile`, modes set, count and atomic; also concatenated
 * profiles with one `mode:` line each). Blocks are de-duplicated by position as `go tool cover`
 * does, statements counted as Go counts them ("coverage: N% of statements"), and each line of
 * a block takes the block's count. Go reports no functions or branches: those are not measured.
 */
export const parseGo: ReportParser = async (src, emit) => {
  const result: ParseResult = {
    format: 'go',
    files: 0,
    carries: { lines: true, branches: false, functions: false, statements: true },
    notes: []
  }
  let mode: string | undefined
  // Per file: block position → [statements, count]; a profile is grouped by package, so files stay few.
  const files = new Map<string, { at: number; blocks: Map<string, [number, number, number, number]> }>()
  await forEachLine(src.open(), src.name, (line, n) => {
    const text = line.trimEnd()
    if (text === '') return
    if (text.startsWith('mode: ')) {
      const m = text.slice(6).trim()
      if (m !== 'set' && m !== 'count' && m !== 'atomic')
        throw new CoverageReportError(src.name, n, `unknown coverprofile mode '${m}'`)
      if (mode && m !== mode)
        throw new CoverageReportError(
          src.name,
          n,
          `mode '${m}' after mode '${mode}': profiles of different modes cannot be merged`
        )
      mode = m
      return
    }
    if (!mode)
      throw new CoverageReportError(src.name, n, "no 'mode:' line before the first block: not a Go coverprofile")
    const m = BLOCK.exec(text)
    if (!m)
      throw new CoverageReportError(
        src.name,
        n,
        `'${text.slice(0, 80)}' is not 'file:line.col,line.col statements count'`
      )
    const [, file, sl, sc, el, ec, stmts, cnt] = m
    const start = Number(sl)
    const end = Number(el)
    if (start < 1 || end < start)
      throw new CoverageReportError(src.name, n, `block ${sl}.${sc},${el}.${ec} ends before it starts`)
    let f = files.get(file!)
    if (!f) files.set(file!, (f = { at: n, blocks: new Map() }))
    const key = `${sl}.${sc},${el}.${ec}`
    const prev = f.blocks.get(key)
    const count = Number(cnt)
    if (prev) prev[3] = mode === 'set' ? Math.max(prev[3], count) : prev[3] + count
    else f.blocks.set(key, [start, end, Number(stmts), count])
  })
  if (!mode) throw new CoverageReportError(src.name, 1, "no 'mode:' line: not a Go coverprofile")
  result.notes.push(`go coverprofile, mode ${mode}`)
  for (const [file, { at, blocks }] of files) {
    const r: FileRecord = newRecord(file, at)
    r.goImportPath = true
    let total = 0
    let covered = 0
    for (const [start, end, stmts, count] of blocks.values()) {
      total += stmts
      if (count > 0) covered += stmts
      for (let l = start; l <= end; l++) addLine(r, l, count)
    }
    r.statements = { total, covered }
    emit(r)
  }
  return result
}
