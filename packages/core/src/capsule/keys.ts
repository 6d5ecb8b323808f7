import { createHash, createPrivateKey, createPublicKey, createSecretKey, generateKeyPairSync } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { HeeError } from '../errors.js'

/** Ed25519 private key: signs and verifies. */
export interface Ed25519PrivateKey {
  kind: 'ed25519-private'
  alg: 'Ed25519'
  keyId: string
  privateKey: KeyObject
  publicKey: KeyObject
}

/** Ed25519 public key: verifies only, so forks and read-only jobs can check capsules. */
export interface Ed25519PublicKey {
  kind: 'ed25519-public'
  alg: 'Ed25519'
  keyId: string
  publicKey: KeyObject
}

/** HMAC-SHA256 shared secret: signs and verifies. Held as a KeyObject so it never prints. */
export interface HmacKey {
  kind: 'hmac'
  alg: 'HS256'
  keyId: string
  secret: KeyObject
}

/** A key that signs and/or verifies capsules. */
export type CapsuleKey = Ed25519PrivateKey | Ed25519PublicKey | HmacKey

/** Shortest HMAC secret we accept: 128 bits, below which a key id invites offline guessing. */
export const MIN_HMAC_BYTES = 16

function keyIdOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16)
}

function ed25519KeyId(publicKey: KeyObject): string {
  return keyIdOf(publicKey.export({ type: 'spki', format: 'der' }))
}

// Whitespace around a secret is almost always a copy-paste accident (a trailing newline from
// `echo` or a secrets UI); trimming it makes "the same secret" mean the same key everywhere.
function trimBytes(b: Buffer): Buffer {
  let start = 0
  let end = b.length
  const ws = (x: number | undefined): boolean => x === 0x20 || x === 0x09 || x === 0x0a || x === 0x0d
  while (start < end && ws(b[start])) start++
  while (end > start && ws(b[end - 1])) end--
  return b.subarray(start, end)
}

function pemLabel(text: string): string | undefined {
  return /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1]
}

function parsePem(text: string, label: string): CapsuleKey {
  if (label === 'PRIVATE KEY') {
    let privateKey: KeyObject
    try {
      privateKey = createPrivateKey({ key: text, format: 'pem' })
    } catch {
      throw new HeeError('capsule.key', 'the PEM private key cannot be read (is it complete and unencrypted?)')
    }
    if (privateKey.asymmetricKeyType !== 'ed25519') {
      throw new HeeError(
        'capsule.key',
        `the PEM private key is ${privateKey.asymmetricKeyType ?? 'unknown'}, not Ed25519`,
        {
          hint: 'create one with: openssl genpkey -algorithm ed25519'
        }
      )
    }
    const publicKey = createPublicKey(privateKey)
    return { kind: 'ed25519-private', alg: 'Ed25519', keyId: ed25519KeyId(publicKey), privateKey, publicKey }
  }
  if (label === 'PUBLIC KEY') {
    let publicKey: KeyObject
    try {
      publicKey = createPublicKey({ key: text, format: 'pem' })
    } catch {
      throw new HeeError('capsule.key', 'the PEM public key cannot be read (is it complete?)')
    }
    if (publicKey.asymmetricKeyType !== 'ed25519') {
      throw new HeeError(
        'capsule.key',
        `the PEM public key is ${publicKey.asymmetricKeyType ?? 'unknown'}, not Ed25519`
      )
    }
    return { kind: 'ed25519-public', alg: 'Ed25519', keyId: ed25519KeyId(publicKey), publicKey }
  }
  throw new HeeError(
    'capsule.key',
    `unsupported PEM key "${label}": expected an unencrypted Ed25519 "PRIVATE KEY" or "PUBLIC KEY"`,
    {
      hint: 'create one with: openssl genpkey -algorithm ed25519'
    }
  )
}

/**
 * Reads a capsule key: an Ed25519 PEM private key (as `openssl genpkey -algorithm ed25519` writes),
 * an Ed25519 PEM public key (verify only), or else an HMAC-SHA256 secret (trimmed, ≥ 16 bytes).
 * Errors never quote the material.
 */
export function parseKey(material: string | Buffer): CapsuleKey {
  const bytes = typeof material === 'string' ? Buffer.from(material, 'utf8') : material
  const text = bytes.toString('latin1')
  const label = text.includes('-----BEGIN ') ? pemLabel(text) : undefined
  if (label !== undefined) return parsePem(bytes.toString('utf8'), label)
  const secret = trimBytes(bytes)
  if (secret.length < MIN_HMAC_BYTES) {
    throw new HeeError('capsule.key', `HMAC secret is too short (${secret.length} bytes; at least ${MIN_HMAC_BYTES})`, {
      hint: 'generate one with: openssl rand -hex 32'
    })
  }
  return { kind: 'hmac', alg: 'HS256', keyId: keyIdOf(secret), secret: createSecretKey(Buffer.from(secret)) }
}

/** Reads and parses a key file; a missing or unreadable file is a `capsule.key` error naming the path. */
export async function readKeyFile(path: string): Promise<CapsuleKey> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    throw new HeeError('capsule.key', `key file ${path} cannot be read (${code})`, { cause: e })
  }
  return parseKey(bytes)
}

/** SPKI PEM of an Ed25519 key's public half, to hand to verify-only jobs. */
export function publicKeyPem(key: CapsuleKey): string {
  if (key.kind === 'hmac') {
    throw new HeeError('capsule.key', `key id ${key.keyId} is an HMAC secret and has no public key to share`)
  }
  return key.publicKey.export({ type: 'spki', format: 'pem' }).toString()
}

/** The verify-only form of a key (Ed25519 public half; an HMAC secret verifies as itself). */
export function verifyOnly(key: CapsuleKey): CapsuleKey {
  if (key.kind !== 'ed25519-private') return key
  return { kind: 'ed25519-public', alg: 'Ed25519', keyId: key.keyId, publicKey: key.publicKey }
}

/** True when the key can sign (an Ed25519 private key or an HMAC secret). */
export function canSign(key: CapsuleKey): boolean {
  return key.kind !== 'ed25519-public'
}

/** A new Ed25519 key pair as PEM (PKCS#8 private, SPKI public), with its key id. */
export function generateEd25519(): { privatePem: string; publicPem: string; keyId: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: ed25519KeyId(publicKey)
  }
}
