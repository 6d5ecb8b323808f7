import { ConfigurationError, HeeError } from '../errors.js'
import { digestOfSignedText, signedText, type ChainLink } from './canonical.js'
import { decryptFields, encryptFields } from './encrypt.js'
import type { CapsuleKey } from './keys.js'
import { signCapsule, verifySignature, verifySignedText } from './sign.js'
import type { Capsule } from './types.js'
import { validateCapsule } from './validate.js'

/** How to seal a capsule before it is stored. */
export interface SealOptions {
  signingKey?: CapsuleKey
  /** 32-byte AES key for the sensitive fields. */
  encryptionKey?: Buffer
  /** JSON pointers into `body` to encrypt. */
  sensitiveFields?: readonly string[]
}

/**
 * Encrypts the sensitive fields, then signs (so the signature covers the ciphertext and a
 * verify-only job can check it), and schema-checks the result. Sensitive fields without a key
 * are refused rather than stored in clear.
 */
export function sealCapsule(c: Capsule, opts: SealOptions): Capsule {
  const fields = opts.sensitiveFields ?? []
  let out = c
  if (opts.encryptionKey !== undefined) {
    if (fields.length > 0 || c.encrypted !== undefined) out = encryptFields(out, opts.encryptionKey, fields)
  } else if (fields.length > 0) {
    throw new ConfigurationError(
      `sensitive fields (${fields.join(', ')}) are set but no encryption key is given; refusing to store them in clear`
    )
  }
  if (opts.signingKey !== undefined) out = signCapsule(out, opts.signingKey)
  // Checked every time: encrypting moves body fields out, and a check of even a 10 000-entry
  // history costs about a millisecond.
  return validateCapsule(out)
}

/** How to open a stored capsule. */
export interface OpenOptions {
  verifyKeys: readonly CapsuleKey[]
  encryptionKey?: Buffer
  /** When true an unsigned capsule is refused (`capsule.unsigned`). */
  requireSignature: boolean
}

/** An opened capsule and what was established about it; pass it to applyUpdate to keep the chain. */
export interface OpenedCapsule extends ChainLink {
  /** Body decrypted when a key was given. */
  capsule: Capsule
  /** Key id that verified the signature; null when not verified (unsigned, or no keys given). */
  keyId: string | null
  decrypted: boolean
  /** Fields that were encrypted: seal the next version with them again. */
  sensitiveFields: string[]
  /** Digest of the capsule as stored (what the next version's previous_digest must be). */
  digest: string
}

/**
 * Verifies, then decrypts. A signed capsule is always verified when keys are given; an unsigned
 * one is refused only when `requireSignature`. Decrypting drops the signature (it covered the
 * sealed form) and the encrypted block; the result carries the stored form's digest so
 * applyUpdate chains to what is actually on disk.
 */
export function openCapsule(c: Capsule, opts: OpenOptions): OpenedCapsule {
  // One canonical pass serves both the signature check and the digest.
  let text: string | undefined
  const canonical = (): string => (text ??= signedText(c))
  let keyId: string | null = null
  if (c.signature !== undefined && opts.verifyKeys.length > 0)
    keyId = verifySignedText(c, opts.verifyKeys, canonical).keyId
  else if (opts.requireSignature) {
    if (c.signature === undefined) verifySignature(c, opts.verifyKeys) // throws capsule.unsigned
    throw new HeeError(
      'capsule.key',
      `capsule is signed (key id ${c.signature?.key_id ?? '?'}) but no verification key was given`
    )
  }
  const digest = digestOfSignedText(canonical())
  const sensitiveFields = c.encrypted?.fields.slice() ?? []
  if (opts.encryptionKey === undefined || c.encrypted === undefined)
    return { capsule: c, keyId, decrypted: false, sensitiveFields, digest }
  const capsule = decryptFields(c, opts.encryptionKey)
  return { capsule, keyId, decrypted: true, sensitiveFields, digest }
}
