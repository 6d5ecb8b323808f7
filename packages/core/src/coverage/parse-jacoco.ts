import { newRecord, type FileRecord, type FunctionRecord } from './file-record.js'
import { count, lineNumber, type ParseResult, type ReportParser } from './report-format.js'
import { CoverageReportError } from './report-error.js'
import { streamXml } from './xml-stream.js'

/**
 * JaCoCo's XML report (`jacoco.xml`, also Kover's): `<package name="a/b">` holds `<class>`es
 * with `<method>` counters and `<sourcefile>`s with `<line nr mi ci mb cb>`. A line counts as
 * covered when any of its instructions ran (JaCoCo's own LINE counter); its branches are
 * `mb + cb` outcomes of which `cb` were taken.
 */
export const parseJacoco: ReportParser = async (src, emit) => {
  const result: ParseResult = {
    format: 'jacoco',
    files: 0,
    carries: { lines: true, branches: false, functions: false, statements: false },
    notes: []
  }
  let sawRoot = false
  let pkg: string | undefined
  // Methods come with their class, before the package's source files: keep them per source file.
  let methods = new Map<string, FunctionRecord[]>()
  let className: string | undefined
  let classFile: string | undefined
  let method: FunctionRecord | undefined
  let rec: FileRecord | undefined
  let depth = 0
  let reportDepth = 0
  // A multi-module report (Maven's report-aggregate) puts each module's packages in a <group>.
  const groups: string[] = []
  const totals = { lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } }

  await streamXml(src.open(), src.name, {
    open(name, a, line) {
      depth++
      if (!sawRoot) {
        sawRoot = true
        if (name !== 'report')
          throw new CoverageReportError(src.name, line, `the root element is <${name}>, not JaCoCo's <report>`)
        reportDepth = depth
        return
      }
      switch (name) {
        case 'group':
          groups.push(a.name ?? '')
          return
        case 'package':
          pkg = a.name ?? ''
          methods = new Map()
          return
        case 'class':
          className = a.name
          classFile = a.sourcefilename
          return
        case 'method': {
          const m: FunctionRecord = {
            name: methodName(className, a.name ?? '?'),
            line: lineNumber(a.line) ?? 0,
            hits: 0
          }
          method = m
          if (classFile) {
            const list = methods.get(classFile) ?? []
            // Overloads at one line (constructors whose field initialisers share it) are methods
            // of their own for JaCoCo: their parameter types tell them apart.
            if (list.some((o) => o.name === m.name && o.line === m.line)) m.name += parameterTypes(a.desc)
            list.push(m)
            methods.set(classFile, list)
          }
          result.carries.functions = true
          return
        }
        case 'counter':
          if (method && a.type === 'METHOD') method.hits = count(a.covered) ?? 0
          else if (!pkg && depth === reportDepth + 1) {
            // The report's own totals, for the cross-check against JaCoCo's figures.
            const c = { covered: count(a.covered) ?? 0, total: (count(a.covered) ?? 0) + (count(a.missed) ?? 0) }
            if (a.type === 'LINE') result.declared = { ...result.declared, lines: c }
            if (a.type === 'BRANCH') result.declared = { ...result.declared, branches: c }
          }
          return
        case 'sourcefile': {
          if (pkg === undefined) throw new CoverageReportError(src.name, line, '<sourcefile> outside a <package>')
          const file = a.name ?? ''
          rec = newRecord(pkg ? `${pkg}/${file}` : file, line)
          rec.functions = methods.get(file) ?? []
          const modules = groups.filter(Boolean)
          if (modules.length) rec.modules = modules
          return
        }
        case 'line': {
          if (!rec) throw new CoverageReportError(src.name, line, '<line> outside a <sourcefile>')
          const nr = lineNumber(a.nr)
          const mi = count(a.mi)
          const ci = count(a.ci)
          const mb = count(a.mb) ?? 0
          const cb = count(a.cb) ?? 0
          if (nr === undefined || mi === undefined || ci === undefined)
            throw new CoverageReportError(
              src.name,
              line,
              `<line nr="${a.nr}" mi="${a.mi}" ci="${a.ci}">: not a line number and instruction counts`
            )
          if (mi + ci > 0) {
            rec.lines.set(nr, ci)
            totals.lines.total++
            if (ci > 0) totals.lines.covered++
          }
          for (let i = 0; i < mb + cb; i++) rec.branches.push({ line: nr, id: i, taken: i < cb })
          if (mb + cb > 0) result.carries.branches = true
          return
        }
      }
    },
    close(name) {
      depth--
      if (name === 'method') method = undefined
      else if (name === 'class') className = classFile = undefined
      else if (name === 'sourcefile' && rec) {
        emit(rec)
        rec = undefined
      } else if (name === 'package') pkg = undefined
      else if (name === 'group') groups.pop()
    }
  })
  if (!sawRoot) throw new CoverageReportError(src.name, 1, 'no XML element: not a JaCoCo report')
  return result
}

/** `Outer$Inner.method` from JaCoCo's `org/x/Outer$Inner` and `method`. */
function methodName(cls: string | undefined, name: string): string {
  const simple = cls ? cls.slice(cls.lastIndexOf('/') + 1) : ''
  return simple ? `${simple}.${name}` : name
}

/** `(ComputingNode, int[])` from a JVM method descriptor `(Lorg/x/ComputingNode;[I)V`. */
function parameterTypes(desc: string | undefined): string {
  const params = /^\(([^)]*)\)/.exec(desc ?? '')?.[1]
  if (params === undefined) return `(${desc ?? '?'})`
  const PRIMITIVE: Record<string, string> = {
    Z: 'boolean',
    B: 'byte',
    C: 'char',
    S: 'short',
    I: 'int',
    J: 'long',
    F: 'float',
    D: 'double'
  }
  const out: string[] = []
  for (const m of params.matchAll(/(\[*)(?:L([^;]+);|([ZBCSIJFD]))/g)) {
    const type = m[2] ? m[2].slice(m[2].lastIndexOf('/') + 1).replace(/\$/g, '.') : PRIMITIVE[m[3]!]!
    out.push(type + '[]'.repeat(m[1]!.length))
  }
  return `(${out.join(', ')})`
}
