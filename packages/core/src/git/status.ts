/** One entry of `git status --porcelain=v1 -z`. */
export interface StatusEntry {
  /** Index status letter (`?` untracked, `!` ignored). */
  index: string
  /** Work-tree status letter. */
  worktree: string
  path: string
  /** The source path of a rename or copy. */
  from?: string
}

/** Parses NUL-separated porcelain v1 output; rename and copy entries carry their source. */
export function parseStatus(z: string): StatusEntry[] {
  const parts = z.split('\0')
  const entries: StatusEntry[] = []
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!
    if (p.length < 4) continue
    const e: StatusEntry = { index: p[0]!, worktree: p[1]!, path: p.slice(3) }
    if (e.index === 'R' || e.index === 'C') e.from = parts[++i]
    entries.push(e)
  }
  return entries
}
