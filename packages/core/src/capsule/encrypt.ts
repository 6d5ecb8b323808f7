import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { ConfigurationError, HeeError } from '../errors.js'
import { canonicalJson } from './canonical.js'
import { getAt, parsePointer, removeAt, setAt } from './json-pointer.js'
import type { Capsule, EncryptedBlock } from './types.js'

/** Body fields that can never be encrypted: the schema requires them, the state machine reads them. */
const NOT_ENCRYPTABLE = ['/monitoring_state', '/auto_fix_history', '/monitoring_state/current_status']

/** Key id of an AES key: first 16 hex chars of its SHA-256 (identifies, never reveals, the key). */
export function encryptionKeyId(key32: Buffer): string {
  return createHash('sha256').update(key32).digest('hex').slice(0, 16)
}

function checkKey(key32: Buffer): void {
  if (key32.length !== 32) throw new HeeError('capsule.key', `encryption key must be 32 bytes (got ${key32.length})`)
}

/**
 * Parses the encryption key setting: 64 hex characters, or base64 of exactly 32 bytes.
 * The message states the length seen, never the text.
 */
export function parseEncryptionKey(text: string): Buffer {
  const t = text.trim()
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, 'hex')
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) {
    const b = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
    if (b.length === 32) return b
    throw new HeeError('capsule.key', `encryption key decodes to ${b.length} bytes as base64; it must be exactly 32`, {
      hint: 'generate one with: openssl rand -hex 32'
    })
  }
  throw new HeeError(
    'capsule.key',
    `encryption key must be 64 hex characters or base64 of 32 bytes (got ${t.length} characters)`,
    {
      hint: 'generate one with: openssl rand -hex 32'
    }
  )
}

// The AAD binds the ciphertext to the repository and key, but not to the version: a job without
// the key must be able to carry the block unchanged into the next version.
function aad(repository: string, keyId: string): Buffer {
  return Buffer.from(canonicalJson({ key_id: keyId, repository }), 'utf8')
}

function checkPointers(pointers: readonly string[]): void {
  for (const p of pointers) {
    parsePointer(p)
    if (NOT_ENCRYPTABLE.includes(p)) {
      throw new ConfigurationError(
        `sensitive field "${p}" cannot be encrypted: the capsule needs it in clear (choose a field inside it)`
      )
    }
  }
}

/**
 * Moves the body values at `pointers` (RFC 6901, into `body`) into an AES-256-GCM `encrypted`
 * block. An existing block is decrypted first and merged (values in the body win, being newer),
 * so re-sealing never loses fields. Pointers that name nothing are skipped. Never mutates `c`.
 */
export function encryptFields(c: Capsule, key32: Buffer, pointers: readonly string[]): Capsule {
  checkKey(key32)
  checkPointers(pointers)
  const previous = c.encrypted === undefined ? undefined : decryptFields(c, key32)
  const base = previous ?? c
  const body = structuredClone(base.body) as unknown as Record<string, unknown>
  const fields = [...new Set([...(c.encrypted?.fields ?? []), ...pointers])]
  const values: Record<string, unknown> = {}
  const present: string[] = []
  for (const p of fields) {
    const v = removeAt(body, p)
    if (v === undefined) continue
    present.push(p)
    Object.defineProperty(values, p, { value: v, enumerable: true })
  }
  const { encrypted: _old, signature: _sig, ...rest } = base
  const next: Capsule = { ...rest, body: body as unknown as Capsule['body'] }
  if (present.length === 0) return next
  const keyId = encryptionKeyId(key32)
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key32, iv)
  cipher.setAAD(aad(c.repository, keyId))
  const ciphertext = Buffer.concat([cipher.update(canonicalJson(values), 'utf8'), cipher.final()])
  const block: EncryptedBlock = {
    alg: 'A256GCM',
    key_id: keyId,
    fields: present,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64')
  }
  return { ...next, encrypted: block }
}

/**
 * Restores the encrypted fields into the body and drops the block (and the signature, which
 * covered the sealed form). A value already in the body is kept, being newer than the block.
 * Wrong key or tampered block: `capsule.decrypt`. No block: returns `c` unchanged.
 */
export function decryptFields(c: Capsule, key32: Buffer): Capsule {
  const block = c.encrypted
  if (block === undefined) return c
  checkKey(key32)
  const keyId = encryptionKeyId(key32)
  if (keyId !== block.key_id) {
    throw new HeeError(
      'capsule.decrypt',
      `cannot decrypt the sensitive fields: wrong encryption key (key id ${block.key_id} expected)`
    )
  }
  let plain: string
  try {
    const decipher = createDecipheriv('aes-256-gcm', key32, Buffer.from(block.iv, 'base64'))
    decipher.setAAD(aad(c.repository, block.key_id))
    decipher.setAuthTag(Buffer.from(block.tag, 'base64'))
    plain = Buffer.concat([decipher.update(Buffer.from(block.ciphertext, 'base64')), decipher.final()]).toString('utf8')
  } catch (e) {
    throw new HeeError(
      'capsule.decrypt',
      `cannot decrypt the sensitive fields (key id ${block.key_id}): the encrypted block was changed or belongs to another repository`,
      { cause: e }
    )
  }
  const values = JSON.parse(plain) as Record<string, unknown>
  const body = structuredClone(c.body) as unknown as Record<string, unknown>
  for (const p of block.fields) {
    if (!Object.hasOwn(values, p) || getAt(body, p) !== undefined) continue
    setAt(body, p, values[p])
  }
  const { encrypted: _block, signature: _sig, ...rest } = c
  return { ...rest, body: body as unknown as Capsule['body'] }
}

/**
 * One line explaining what happens to the encrypted block when no encryption key is given, or
 * undefined when there is none. Callers choose: log it and carry the block forward, or fail
 * with {@link missingEncryptionKeyError}.
 */
export function describeEncryptedFields(c: Capsule): string | undefined {
  const b = c.encrypted
  if (b === undefined) return undefined
  return `capsule has ${b.fields.length} encrypted field(s) (${b.fields.join(', ')}; key id ${b.key_id}); without the encryption key they stay encrypted and are carried forward unchanged`
}

/** The error for a caller that needs the sensitive fields but was given no key. */
export function missingEncryptionKeyError(c: Capsule): HeeError {
  const keyId = c.encrypted?.key_id ?? 'unknown'
  return new HeeError(
    'capsule.decrypt',
    `cannot decrypt the sensitive fields: no encryption key given (key id ${keyId} expected)`,
    {
      hint: 'pass the encryption key that sealed this capsule'
    }
  )
}
