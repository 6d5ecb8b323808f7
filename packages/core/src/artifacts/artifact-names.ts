/** Artifact names as users write them in inputs: glob-ish patterns over whole names. */

/** Glob-ish, case-insensitive, whole-name match: `*` any run of characters, `?` one. */
export function matchesName(name: string, pattern: string): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`, 'is').test(name)
}

/** True when `name` matches one of `patterns`. */
export function matchesAny(name: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => matchesName(name, p))
}
