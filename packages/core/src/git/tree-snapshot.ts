import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, readdir, readlink } from 'node:fs/promises'
import { join } from 'node:path'

/** One path of a work tree as it is on disk. */
export interface TreeEntry {
  type: 'file' | 'symlink' | 'dir' | 'other'
  /** Permission bits (e.g. 0o755). */
  mode: number
  size: number
  /** sha256 of a file's bytes. */
  sha256?: string
  /** Where a symlink points. */
  target?: string
}

/** Every path under a root (relative, `/`-separated) with its entry. */
export type TreeSnapshot = Map<string, TreeEntry>

export interface SnapshotOptions {
  /**
   * Directories (by name, at any depth) whose contents are not read, e.g. a dependency cache
   * the caller leaves aside. The directory itself is still listed. `.git` is always skipped.
   */
  skipDirs?: readonly string[]
}

/**
 * Reads a whole work tree: tracked, untracked and ignored files alike, with type, mode, size,
 * content hash and symlink target, so two snapshots compare equal exactly when the trees are
 * byte-identical (modification times aside).
 */
export async function snapshotTree(root: string, opts: SnapshotOptions = {}): Promise<TreeSnapshot> {
  const skip = new Set(opts.skipDirs ?? [])
  const snap: TreeSnapshot = new Map()
  const hashQueue: Array<() => Promise<void>> = []

  const walk = async (rel: string): Promise<void> => {
    const dirents = await readdir(rel === '' ? root : join(root, rel), { withFileTypes: true })
    for (const d of dirents) {
      const path = rel === '' ? d.name : `${rel}/${d.name}`
      if (rel === '' && d.name === '.git') continue
      const full = join(root, path)
      const st = await lstat(full)
      const mode = st.mode & 0o7777
      if (st.isSymbolicLink()) {
        snap.set(path, { type: 'symlink', mode, size: st.size, target: await readlink(full) })
      } else if (st.isDirectory()) {
        snap.set(path, { type: 'dir', mode, size: 0 })
        if (!skip.has(d.name)) await walk(path)
      } else if (st.isFile()) {
        const entry: TreeEntry = { type: 'file', mode, size: st.size }
        snap.set(path, entry)
        hashQueue.push(async () => {
          entry.sha256 = await hashFile(full)
        })
      } else {
        snap.set(path, { type: 'other', mode, size: st.size })
      }
    }
  }
  await walk('')
  // A few files at a time: enough to overlap reads, never thousands of open descriptors.
  const workers = Array.from({ length: 8 }, async () => {
    for (let job = hashQueue.shift(); job; job = hashQueue.shift()) await job()
  })
  await Promise.all(workers)
  return snap
}

function hashFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256')
    createReadStream(path)
      .on('data', (c) => h.update(c))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')))
  })
}

/** What differs between two snapshots of one tree, each list sorted. */
export interface TreeDifference {
  added: string[]
  removed: string[]
  changed: string[]
}

export function compareSnapshots(before: TreeSnapshot, after: TreeSnapshot): TreeDifference {
  const added: string[] = []
  const removed: string[] = []
  const changed: string[] = []
  for (const [path, a] of before) {
    const b = after.get(path)
    if (!b) removed.push(path)
    else if (!sameEntry(a, b)) changed.push(path)
  }
  for (const path of after.keys()) if (!before.has(path)) added.push(path)
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() }
}

/** True when nothing was added, removed or changed. */
export function isIdentical(d: TreeDifference): boolean {
  return d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0
}

function sameEntry(a: TreeEntry, b: TreeEntry): boolean {
  if (a.type !== b.type || a.mode !== b.mode) return false
  if (a.type === 'file') return a.size === b.size && a.sha256 === b.sha256
  if (a.type === 'symlink') return a.target === b.target
  return true
}
