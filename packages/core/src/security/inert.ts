/**
 * Makes text read from a CI log safe to print from inside a workflow step.
 *
 * The runner reads a step's output line by line (splitting on CR, LF and CRLF), trims
 * leading whitespace and treats `::name …::data` as a workflow command; the legacy
 * `##[name …]data` form is searched anywhere in a line. A log line quoted in an alert could
 * otherwise set outputs, add masks or `::stop-commands::` our own commands.
 */

/** Zero-width space: invisible when read, but breaks both command prefixes. */
export const INERT_MARK = '\u200b'

// What .NET's TrimStart removes (Char.IsWhiteSpace) plus JavaScript's \s, minus line breaks.
const LEAD = '[\\t\\v\\f \\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff]*'

// A line start is the text start or just after a line break; only those positions try the
// whitespace scan, so each run is read once and the whole pass stays linear.
const LINE_COMMAND = new RegExp(`(^|[\\r\\n\\u2028\\u2029])(${LEAD})::`, 'g')
const LEGACY_COMMAND = /##\[/g

/**
 * Returns `text` with every workflow command neutralised: `::` at the start of a line
 * (after optional whitespace) becomes `:\u200b:`, and every `##[` becomes `#\u200b#[`.
 * Everything else, including line breaks, is unchanged.
 */
export function inertText(text: string): string {
  return text.replace(LINE_COMMAND, `$1$2:${INERT_MARK}:`).replace(LEGACY_COMMAND, `#${INERT_MARK}#[`)
}

/** {@link inertText} applied to every string inside a JSON-like value (objects, arrays). */
export function inertDeep<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return inertText(v)
    if (Array.isArray(v)) return v.map(walk)
    if (v !== null && typeof v === 'object') {
      const o: Record<string, unknown> = {}
      for (const [k, x] of Object.entries(v)) o[k] = walk(x)
      return o
    }
    return v
  }
  return walk(value) as T
}
