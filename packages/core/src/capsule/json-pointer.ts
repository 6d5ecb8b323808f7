import { ConfigurationError } from '../errors.js'

type JsonObject = Record<string, unknown>

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Splits an RFC 6901 pointer into its unescaped reference tokens ("/a~1b/c~0" → ["a/b", "c~"]). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || !pointer.startsWith('/')) {
    throw new ConfigurationError(
      `sensitive field "${pointer}" is not a JSON pointer: it must start with "/" (e.g. /monitoring_state/incidents)`
    )
  }
  const tokens = pointer.slice(1).split('/')
  for (const t of tokens) {
    if (/~(?![01])/.test(t))
      throw new ConfigurationError(`sensitive field "${pointer}" has a "~" that is not "~0" or "~1"`)
  }
  return tokens.map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/**
 * The object holding the pointer's last token, or undefined when the path does not exist.
 * Only object members are addressed: array positions shift as history is appended and compacted,
 * so a pointer through an array would name different data in the next version.
 */
function parentOf(root: JsonObject, pointer: string, create: boolean): { parent: JsonObject; key: string } | undefined {
  const tokens = parsePointer(pointer)
  let node: JsonObject = root
  for (const t of tokens.slice(0, -1)) {
    const next = Object.hasOwn(node, t) ? node[t] : undefined
    if (Array.isArray(next))
      throw new ConfigurationError(
        `sensitive field "${pointer}" goes through an array; only object members can be encrypted`
      )
    if (next === undefined && create) {
      const fresh: JsonObject = {}
      Object.defineProperty(node, t, { value: fresh, enumerable: true, writable: true, configurable: true })
      node = fresh
      continue
    }
    if (!isObject(next)) return undefined
    node = next
  }
  return { parent: node, key: tokens[tokens.length - 1] as string }
}

/** Value at `pointer` inside `root`, or undefined. */
export function getAt(root: JsonObject, pointer: string): unknown {
  const p = parentOf(root, pointer, false)
  return p !== undefined && Object.hasOwn(p.parent, p.key) ? p.parent[p.key] : undefined
}

/** Removes the value at `pointer` (mutates `root`); returns it, or undefined when absent. */
export function removeAt(root: JsonObject, pointer: string): unknown {
  const p = parentOf(root, pointer, false)
  if (p === undefined || !Object.hasOwn(p.parent, p.key)) return undefined
  const value = p.parent[p.key]
  delete p.parent[p.key]
  return value
}

/** Sets the value at `pointer` (mutates `root`), creating missing intermediate objects. */
export function setAt(root: JsonObject, pointer: string, value: unknown): void {
  const p = parentOf(root, pointer, true)
  if (p === undefined)
    throw new ConfigurationError(
      `sensitive field "${pointer}" cannot be restored: a parent on its path is not an object`
    )
  // defineProperty, not assignment, so a token like "__proto__" is stored as data, never as a prototype.
  Object.defineProperty(p.parent, p.key, { value, enumerable: true, writable: true, configurable: true })
}
