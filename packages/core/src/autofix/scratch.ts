import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Exec } from '../exec/types.js'
import { createBackupRef, deleteBackupRef, listBackupRefs, type Git } from '../git/index.js'

/**
 * The scratch work tree every fix is built in: a detached worktree of the failing commit, so the
 * user's work tree, index, HEAD and branch are never written. What marks an attempt in progress
 * is its backup ref `refs/hee/backup/<id>` and a marker file naming the scratch tree; a run
 * killed mid-way leaves both, and the next run removes what they name.
 */
export interface Scratch {
  id: string
  path: string
  backupRef: string
  /** Dependency folders copied in (node_modules, virtualenvs), as repository paths. */
  dependencies: string[]
  /** The user's untracked (not ignored) files, copied in and never part of a fix. */
  untracked: string[]
}

interface Marker {
  id: string
  path: string
  base: string
  pid: number
  started: string
}

const DEPENDENCY_DIRS = new Set(['node_modules', '.venv', 'venv'])
/** Caches inside node_modules that tools rewrite in place: never shared with the user's copy. */
const TOOL_CACHES = ['.vite', '.cache', '.vitest', '.eslintcache']

async function markerDir(git: Git): Promise<string> {
  return join(await git.commonDir(), 'hee-autofix')
}

function alive(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Rolls back attempts an earlier run left (killed with SIGKILL, power lost): removes their
 * scratch trees and backup refs. An attempt whose process still runs is left alone.
 */
export async function recoverStale(git: Git): Promise<string[]> {
  const dir = await markerDir(git)
  const markers = new Map<string, Marker>()
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.endsWith('.json')) continue
    try {
      const m = JSON.parse(await readFile(join(dir, name), 'utf8')) as Marker
      markers.set(m.id, m)
    } catch {
      await rm(join(dir, name), { force: true })
    }
  }
  const refs = await listBackupRefs(git)
  const ids = new Set([...markers.keys(), ...refs.map((r) => r.id)])
  const recovered: string[] = []
  for (const id of ids) {
    const m = markers.get(id)
    if (m && alive(m.pid)) continue
    if (m) {
      await git.removeWorktree(m.path)
      await rm(m.path, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
    }
    if (refs.some((r) => r.id === id)) await deleteBackupRef(git, id)
    await rm(join(dir, `${id}.json`), { force: true })
    recovered.push(id)
  }
  if (recovered.length > 0) await git.run(['worktree', 'prune'], { allowFailure: true })
  return recovered
}

/** Creates the scratch tree at `base`: marker first, then the backup ref, then the worktree. */
export async function createScratch(git: Git, id: string, base: string, opts: { backup: boolean }): Promise<Scratch> {
  const path = join(tmpdir(), `hee-autofix-${id}`)
  const dir = await markerDir(git)
  await mkdir(dir, { recursive: true })
  const marker: Marker = { id, path, base, pid: process.pid, started: new Date().toISOString() }
  await writeFile(join(dir, `${id}.json`), JSON.stringify(marker))
  const ref = opts.backup ? await createBackupRef(git, id, base) : ''
  await rm(path, { recursive: true, force: true })
  await git.addWorktree(path, base)
  const untracked = (await git.run(['ls-files', '-z', '--others', '--exclude-standard'])).stdout
    .split('\0')
    .filter(Boolean)
  const s: Scratch = { id, path, backupRef: ref, dependencies: [], untracked }
  await copyUntracked(git, s)
  return s
}

/**
 * Copies the user's untracked files (a local config the tools may read) into the scratch tree,
 * again after each reset there; they never join a fix.
 */
export async function copyUntracked(git: Git, s: Scratch): Promise<void> {
  for (const f of s.untracked) {
    await mkdir(dirname(join(s.path, f)), { recursive: true })
    await cp(join(git.dir, f), join(s.path, f), { verbatimSymlinks: true, force: true }).catch(() => undefined)
  }
}

/** Removes the scratch tree, its backup ref and its marker: the attempt has ended. */
export async function disposeScratch(git: Git, s: Scratch): Promise<void> {
  await git.removeWorktree(s.path)
  await rm(s.path, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
  if (s.backupRef) await deleteBackupRef(git, s.id)
  await rm(join(await markerDir(git), `${s.id}.json`), { force: true })
}

/**
 * Gives the scratch tree the user's installed dependencies (node_modules, virtualenvs) as
 * hard-linked copies: tools resolve the project's own pinned versions, and whatever a tool
 * deletes or creates there stays in the copy. Falls back to a plain copy across file systems.
 */
export async function copyDependencies(exec: Exec, git: Git, s: Scratch): Promise<string[]> {
  const r = await git.run(['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory'])
  const dirs = r.stdout
    .split('\0')
    .filter((p) => p.endsWith('/'))
    .map((p) => p.slice(0, -1))
    .filter((p) => DEPENDENCY_DIRS.has(p.split('/').pop()!) && !s.dependencies.includes(p))
  for (const d of dirs) {
    const from = join(git.dir, d)
    const to = join(s.path, d)
    await mkdir(join(to, '..'), { recursive: true })
    let c = await exec('cp', ['-al', from, to], { progress: {} })
    if (c.code !== 0) {
      await rm(to, { recursive: true, force: true })
      c = await exec('cp', ['-a', from, to], { progress: {} })
    }
    if (c.code !== 0) continue
    for (const cache of TOOL_CACHES) await rm(join(to, cache), { recursive: true, force: true })
    s.dependencies.push(d)
  }
  return dirs
}
