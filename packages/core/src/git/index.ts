/** Git over the Exec port: commands, pushes with a one-shot token, backups, signing, tree snapshots. */
export { Git, type CommitOptions, type DiffOptions, type DiffStat, type WorktreeInfo } from './git.js'
export { GitError, subcommand } from './git-error.js'
export { formatIdentity, parseIdentity, type GitIdentity } from './identity.js'
export { parseStatus, type StatusEntry } from './status.js'
export { push, type PushOptions } from './push.js'
export { BACKUP_PREFIX, backupRef, createBackupRef, deleteBackupRef, listBackupRefs } from './backup-refs.js'
export { prepareSigning, type Signing } from './signing.js'
export {
  compareSnapshots,
  isIdentical,
  snapshotTree,
  type SnapshotOptions,
  type TreeDifference,
  type TreeEntry,
  type TreeSnapshot
} from './tree-snapshot.js'
