/**
 * Values observed in a run written back as JavaScript source. Only plain data is written:
 * functions, symbols, class instances and cycles are not (an assertion on them would be
 * brittle), and undefined is returned for them.
 */
export function toSource(v: unknown, depth = 0): string | undefined {
  if (depth > 4) return undefined
  if (v === undefined) return 'undefined'
  if (v === null) return 'null'
  if (typeof v === 'number')
    return Object.is(v, -0)
      ? '-0'
      : Number.isNaN(v)
        ? 'NaN'
        : v === Infinity
          ? 'Infinity'
          : v === -Infinity
            ? '-Infinity'
            : String(v)
  if (typeof v === 'string') return v.length > 500 ? undefined : JSON.stringify(v)
  if (typeof v === 'boolean') return String(v)
  if (typeof v === 'bigint') return `${v}n`
  if (Array.isArray(v)) {
    if (v.length > 50) return undefined
    const parts = v.map((x) => toSource(x, depth + 1))
    return parts.every((p) => p !== undefined) ? `[${parts.join(', ')}]` : undefined
  }
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const entries = Object.entries(v as object)
    if (entries.length > 30) return undefined
    const parts = entries.map(([k, x]) => {
      const s = toSource(x, depth + 1)
      return s === undefined ? undefined : `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${s}`
    })
    return parts.every((p) => p !== undefined) ? `{ ${parts.join(', ')} }` : undefined
  }
  return undefined
}

/** Reads a table cell or example value as data: JSON, single-quoted strings, undefined/NaN; undefined when it is not a literal. */
export function parseLiteral(text: string): { value: unknown } | undefined {
  const t = text.trim().replace(/^`|`$/g, '').trim()
  if (t === '') return undefined
  if (t === 'undefined') return { value: undefined }
  if (t === 'NaN') return { value: NaN }
  if (/^-?Infinity$/.test(t)) return { value: t.startsWith('-') ? -Infinity : Infinity }
  const json = t.replace(/'((?:[^'\\]|\\.)*)'/g, (_, s: string) => JSON.stringify(s.replace(/\\'/g, "'")))
  try {
    return { value: JSON.parse(json) }
  } catch {
    return undefined
  }
}

/** Numbers and strings written in a source file: boundary values for the input search. */
export function sourceLiterals(source: string): { numbers: number[]; strings: string[] } {
  const numbers = new Set<number>()
  for (const m of source.matchAll(/(?<![\w.$])-?\d+(?:\.\d+)?(?![\w.])/g)) {
    const n = Number(m[0])
    if (Number.isFinite(n) && Math.abs(n) < 1e9) for (const d of [n - 1, n, n + 1]) numbers.add(d)
  }
  const strings = new Set<string>()
  for (const m of source.matchAll(/'([^'\\\n]{0,40})'|"([^"\\\n]{0,40})"/g)) strings.add(m[1] ?? m[2] ?? '')
  return { numbers: [...numbers].slice(0, 60), strings: [...strings].slice(0, 20) }
}
