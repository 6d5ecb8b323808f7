import { existsSync } from 'node:fs'
import {
  applyUpdate,
  createCapsule,
  openCapsule,
  readCapsuleFile,
  sealCapsule,
  writeCapsuleFile,
  type Capsule,
  type CapsuleKey,
  type ChainLink,
  type CapsuleUpdate,
  type OpenedCapsule
} from '../capsule/index.js'
import { HeeError } from '../errors.js'

export interface UpdateFileOptions {
  /** The file written (atomically, once, after every check passed). */
  path: string
  /** The file read, when it is not `path` (the file at `path` is then only replaced). */
  source?: string
  /**
   * Refuse (`capsule.conflict`) when the file at `path` already holds this version or a newer
   * one: two writers that read the same version never both land.
   */
  refuseOlder?: boolean
  /** One update, or several applied in order (one version each: e.g. one per status step). */
  update: CapsuleUpdate | CapsuleUpdate[]
  /** Used when the file does not exist yet, and to stamp the new version. */
  meta: { repository: string; workflow: string; runId: number }
  signingKey?: CapsuleKey
  /** Keys that may have signed the existing file (the signing key is always tried). */
  verifyKeys?: CapsuleKey[]
  encryptionKey?: Buffer
  sensitiveFields?: string[]
  /** Refuse to read or write unsigned capsules (default true). */
  requireSignature?: boolean
  historyLimit?: number
  now?: Date
  /**
   * The file's capsule as the caller already opened it (read and verified from `path` in this
   * process), so it is not read and verified a second time; `null` when there was no file.
   */
  opened?: OpenedCapsule | null
}

export interface UpdateFileResult {
  capsule: Capsule
  previous?: Capsule
  created: boolean
}

/**
 * Reads the capsule at `path` (verifying it) or starts a fresh one, applies a typed update,
 * seals it and replaces the file atomically. The existing file is left untouched when any
 * step fails.
 */
export async function updateCapsuleFile(opts: UpdateFileOptions): Promise<UpdateFileResult> {
  const requireSignature = opts.requireSignature ?? true
  if (requireSignature && !opts.signingKey) {
    throw new HeeError('capsule.key', 'no signing key: a capsule is signed on every update', {
      hint: 'pass a key (Ed25519 PEM or an HMAC secret), or allow unsigned capsules explicitly'
    })
  }
  const now = opts.now ?? new Date()
  let previous: Capsule | undefined
  let sensitiveFields = opts.sensitiveFields ?? []
  const source = opts.source ?? opts.path
  const opened =
    opts.opened !== undefined ? opts.opened : existsSync(source) ? await openFile(opts, source, requireSignature) : null
  if (opened) {
    previous = opened.capsule
    // Fields that were sensitive stay sensitive unless the caller names a new set.
    if (sensitiveFields.length === 0 && opened.decrypted) sensitiveFields = opened.sensitiveFields
  }
  // The opened file is passed as a chain link: the next version names the digest of what is
  // stored, even when the fields were decrypted in between.
  let next: Capsule = previous ?? createCapsule({ ...opts.meta, now })
  let from: Capsule | ChainLink = opened ?? next
  for (const update of Array.isArray(opts.update) ? opts.update : [opts.update]) {
    next = applyUpdate(from, update, {
      now,
      runId: opts.meta.runId,
      workflow: opts.meta.workflow,
      historyLimit: opts.historyLimit
    })
    from = next
  }
  const sealed = sealCapsule(next, {
    signingKey: opts.signingKey,
    encryptionKey: opts.encryptionKey,
    sensitiveFields
  })
  if (opts.refuseOlder && existsSync(opts.path)) {
    const there = await readCapsuleFile(opts.path)
    if (there.version >= sealed.version) {
      throw new HeeError(
        'capsule.conflict',
        `${opts.path} holds version ${there.version} already; refusing to replace it with version ${sealed.version}`,
        { hint: 'update from the newest capsule' }
      )
    }
  }
  await writeCapsuleFile(opts.path, sealed)
  return { capsule: sealed, previous, created: !previous }
}

async function openFile(opts: UpdateFileOptions, source: string, requireSignature: boolean): Promise<OpenedCapsule> {
  const verifyKeys = [...(opts.signingKey ? [opts.signingKey] : []), ...(opts.verifyKeys ?? [])]
  return openCapsule(await readCapsuleFile(source), {
    verifyKeys,
    encryptionKey: opts.encryptionKey,
    requireSignature
  })
}
