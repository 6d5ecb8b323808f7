import { addLine, newRecord, type FileRecord } from './file-record.js'
import { count, lineNumber, type ParseResult, type ReportParser } from './report-format.js'
import { CoverageReportError } from './report-error.js'
import { streamXml } from './xml-stream.js'

/**
 * Cobertura XML as written by coverage.py, c8/istanbul, gcovr, ReportGenerator, cobertura
 * itself and others: `<class filename>` elements with `<lines>` (branch lines carry
 * `condition-coverage="50% (1/2)"`) and optional `<methods>`; `<sources>` name the roots the
 * file names are relative to.
 */
export const parseCobertura: ReportParser = async (src, emit) => {
  const result: ParseResult = {
    format: 'cobertura',
    files: 0,
    carries: { lines: false, branches: false, functions: false, statements: false },
    notes: []
  }
  const sources: string[] = []
  const stack: string[] = []
  let rec: FileRecord | undefined
  let method: { name: string; line: number; end: number; hits?: number; maxLineHits: number } | undefined
  let sawRoot = false
  let inSource = false
  let sourceText = ''
  // The roots as they stand, one array shared by the classes that follow them.
  let roots: string[] = []

  await streamXml(src.open(), src.name, {
    open(name, a, line) {
      const parent = stack[stack.length - 1]
      stack.push(name)
      if (!sawRoot) {
        sawRoot = true
        if (name !== 'coverage')
          throw new CoverageReportError(src.name, line, `the root element is <${name}>, not Cobertura's <coverage>`)
        if ('clover' in a)
          throw new CoverageReportError(
            src.name,
            line,
            'a Clover report (root <coverage clover=…>): Clover XML is not read; ask the tool for Cobertura, lcov or JSON'
          )
        const lv = count(a['lines-valid'])
        const lc = count(a['lines-covered'])
        const bv = count(a['branches-valid'])
        const bc = count(a['branches-covered'])
        result.declared = {
          lines: lv !== undefined && lc !== undefined ? { covered: lc, total: lv } : undefined,
          branches: bv !== undefined && bc !== undefined ? { covered: bc, total: bv } : undefined
        }
        if (a.version) result.notes.push(`Cobertura from ${a.version}`)
        return
      }
      switch (name) {
        case 'file':
          if (parent === 'coverage') throw sonarGeneric(src.name, line)
          return
        case 'source':
          inSource = true
          sourceText = ''
          return
        case 'class': {
          const filename = a.filename
          if (!filename) throw new CoverageReportError(src.name, line, '<class> without a filename attribute')
          rec = newRecord(filename, line)
          rec.sourceRoots = roots
          return
        }
        case 'method':
          if (!rec) throw new CoverageReportError(src.name, line, '<method> outside a <class>')
          method = { name: a.name ?? '(anonymous)', line: 0, end: 0, hits: count(a.hits), maxLineHits: 0 }
          result.carries.functions = true
          return
        case 'line': {
          if (!rec) throw new CoverageReportError(src.name, line, '<line> outside a <class>')
          const nr = lineNumber(a.number)
          const hits = count(a.hits)
          if (nr === undefined || hits === undefined)
            throw new CoverageReportError(
              src.name,
              line,
              `<line number="${a.number}" hits="${a.hits}">: not a line number and hit count`
            )
          if (method && parent === 'lines' && stack[stack.length - 3] === 'method') {
            // Lines inside <method> repeat the class's lines: they only place the method.
            if (!method.line || nr < method.line) method.line = nr
            if (nr > method.end) method.end = nr
            method.maxLineHits = Math.max(method.maxLineHits, hits)
            return
          }
          addLine(rec, nr, hits)
          result.carries.lines = true
          // .NET writers (coverlet, Microsoft.CodeCoverage) spell the flag `True`. Some writers put
          // `condition-coverage="100%"` on every line as a default, with `branch="false"` or none:
          // only a line flagged a branch, or one whose value has counts, has branches.
          const cc = a['condition-coverage']
          const flag = a.branch?.toLowerCase()
          if (cc && (flag === 'true' || (flag === undefined && /\(\d+\/\d+\)/.test(cc)))) {
            const m = /\((\d+)\/(\d+)\)/.exec(cc)
            if (!m)
              throw new CoverageReportError(
                src.name,
                line,
                `condition-coverage="${a['condition-coverage']}" is not "P% (covered/total)"`
              )
            const covered = Number(m[1])
            const total = Number(m[2])
            if (covered > total)
              throw new CoverageReportError(
                src.name,
                line,
                `condition-coverage="${a['condition-coverage']}" covers more than it has`
              )
            for (let i = 0; i < total; i++) rec.branches.push({ line: nr, id: i, taken: i < covered })
            result.carries.branches = true
          }
          return
        }
      }
    },
    text(t) {
      if (inSource) sourceText += t
    },
    close(name) {
      stack.pop()
      if (name === 'source') {
        inSource = false
        const s = sourceText.trim()
        if (s) {
          sources.push(s)
          roots = sources.slice()
        }
      } else if (name === 'method' && rec && method) {
        rec.functions.push({
          name: method.name,
          line: method.line,
          endLine: method.end > method.line ? method.end : undefined,
          hits: method.hits ?? method.maxLineHits
        })
        method = undefined
      } else if (name === 'class' && rec) {
        emit(rec)
        rec = undefined
      }
    }
  })
  if (!sawRoot) throw new CoverageReportError(src.name, 1, 'no XML element: not a Cobertura report')
  return result
}

/** `<coverage version="1"><file path>` is SonarQube's generic coverage format, which gcovr and others also write. */
export function sonarGeneric(name: string, line: number | undefined): CoverageReportError {
  return new CoverageReportError(
    name,
    line,
    'SonarQube generic coverage XML (<coverage version="1"><file path=…><lineToCover …>, e.g. gcovr --sonarqube), not Cobertura: ask the tool for Cobertura (gcovr --cobertura), lcov or JSON'
  )
}
