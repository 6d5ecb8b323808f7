import type { Git } from './git.js'

/** Where backups live: outside refs/heads and refs/tags, so no push, fetch or branch list shows them. */
export const BACKUP_PREFIX = 'refs/hee/backup/'

/** The backup ref of attempt `id`. */
export function backupRef(id: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(id)) throw new Error(`backup id must be [A-Za-z0-9._-]+, got "${id}"`)
  return `${BACKUP_PREFIX}${id}`
}

/**
 * Records `sha` under `refs/hee/backup/<id>`: the commit to return to, kept reachable (no gc
 * takes it) until the attempt ends either way. Fails if the id is already in use.
 */
export async function createBackupRef(git: Git, id: string, sha: string): Promise<string> {
  const ref = backupRef(id)
  await git.updateRef(ref, sha, { expectOld: null, reason: 'hee: backup before auto-fix' })
  return ref
}

/** Every backup ref left, oldest id first: an attempt that did not end (killed) leaves one. */
export async function listBackupRefs(git: Git): Promise<Array<{ id: string; ref: string; sha: string }>> {
  const refs = await git.listRefs(BACKUP_PREFIX)
  return refs.map((r) => ({ ...r, id: r.ref.slice(BACKUP_PREFIX.length) })).sort((a, b) => a.id.localeCompare(b.id))
}

export async function deleteBackupRef(git: Git, id: string): Promise<void> {
  await git.deleteRef(backupRef(id))
}
