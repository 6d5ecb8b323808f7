import { parsePatch } from 'diff'

/** One added or removed line with its real line number (new file for `+`, old file for `-`). */
export interface DiffLine {
  side: 'added' | 'removed'
  line: number
  text: string
}

/** One file of a unified diff, paths without git's `a/` and `b/` prefixes. */
export interface FileDiff {
  /** The path before the change; undefined for a created file. */
  oldPath: string | undefined
  /** The path after the change; undefined for a deleted file. */
  newPath: string | undefined
  /** The path a person knows the file by: the new path, or the old one when it is gone. */
  path: string
  status: 'added' | 'deleted' | 'modified' | 'renamed'
  binary: boolean
  lines: DiffLine[]
  /** True when the file is empty after the change although it had lines before. */
  emptied: boolean
}

/** The empty blob's id in SHA-1 and SHA-256 repositories. */
const EMPTY_BLOB = [
  'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391',
  '473a0f4c3be8a93681a267e3b1e9a7dcda1185436fe141f7749120a303721813'
]

function unquote(name: string | undefined): string | undefined {
  if (name === undefined || name === '' || name === '/dev/null') return undefined
  // git quotes paths with unusual characters; the quotes are not part of the name
  return name.startsWith('"') && name.endsWith('"') ? name.slice(1, -1) : name
}

/** git's `a/` and `b/` prefixes, taken off when the diff uses them (both sides, or the one side there is). */
function stripPrefixes(
  oldName: string | undefined,
  newName: string | undefined
): [string | undefined, string | undefined] {
  const o = oldName === undefined || oldName.startsWith('a/')
  const n = newName === undefined || newName.startsWith('b/')
  if (!o || !n) return [oldName, newName]
  return [oldName?.slice(2), newName?.slice(2)]
}

/**
 * Reads a unified diff (`git diff`, `diff -u`) into files and their added and removed lines.
 * Git's extended headers (new, deleted, renamed, binary) are honoured, so a deletion is seen even
 * when the diff carries no hunk for it.
 */
export function parseUnifiedDiff(diff: string): FileDiff[] {
  const out: FileDiff[] = []
  const gitSections = diff.split(/^(?=diff --git )/m).filter((s) => s.startsWith('diff --git '))
  const patches = parsePatch(diff)
  const sectionOf = patches.length === gitSections.length ? gitSections : []
  for (const [i, p] of patches.entries()) {
    let [oldPath, newPath] = stripPrefixes(
      p.isCreate ? undefined : unquote(p.oldFileName),
      p.isDelete ? undefined : unquote(p.newFileName)
    )
    // a deleted file's diff --git line may name the old path on both sides
    if (p.isDelete) newPath = undefined
    if (p.isCreate) oldPath = undefined
    const path = newPath ?? oldPath
    if (path === undefined) continue
    const status: FileDiff['status'] =
      oldPath === undefined ? 'added' : newPath === undefined ? 'deleted' : oldPath !== newPath ? 'renamed' : 'modified'
    const lines: DiffLine[] = []
    let hadLines = false
    let emptied = false
    for (const h of p.hunks) {
      let o = h.oldStart
      let n = h.newStart
      let context = false
      for (const l of h.lines) {
        const c = l[0]
        if (c === '-') lines.push({ side: 'removed', line: o++, text: l.slice(1) })
        else if (c === '+') lines.push({ side: 'added', line: n++, text: l.slice(1) })
        else if (c === ' ') {
          context = true
          o++
          n++
        }
      }
      if (h.oldLines > 0) hadLines = true
      // `+0,0` (which jsdiff reads as start 1, no lines) with no context line left: nothing remains of
      // the file. A zero-context diff (`-U0`) that drops only line 1 looks the same, hence "context".
      if (h.newLines === 0 && h.newStart === 1 && !context && p.hunks.length === 1) emptied = true
    }
    // git names the blob after the change: the empty blob means nothing is left, whatever -U was
    const blob = sectionOf[i]?.match(/^index [0-9a-f]+\.\.([0-9a-f]+)/m)?.[1]
    if (blob !== undefined) emptied = EMPTY_BLOB.some((e) => e.startsWith(blob))
    emptied = emptied && hadLines && status !== 'deleted'
    out.push({ oldPath, newPath, path, status, binary: p.isBinary === true, lines, emptied })
  }
  return out
}
