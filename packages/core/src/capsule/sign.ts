import { createHmac, sign, timingSafeEqual, verify } from 'node:crypto'
import { HeeError } from '../errors.js'
import { signedPart, signedText } from './canonical.js'
import type { CapsuleKey } from './keys.js'
import type { Capsule } from './types.js'

/**
 * Returns a copy of `c` signed with `key` over the canonical JSON of everything but `signature`
 * (an old signature is replaced). A public-only Ed25519 key cannot sign: `capsule.key`.
 */
export function signCapsule(c: Capsule, key: CapsuleKey): Capsule {
  const data = Buffer.from(signedText(c), 'utf8')
  let value: Buffer
  if (key.kind === 'hmac') {
    value = createHmac('sha256', key.secret).update(data).digest()
  } else if (key.kind === 'ed25519-private') {
    value = sign(null, data, key.privateKey)
  } else {
    throw new HeeError(
      'capsule.key',
      `cannot sign with the Ed25519 public key ${key.keyId}: signing needs the private key`,
      {
        hint: 'pass the PEM private key as the signing key; public keys are for verifying'
      }
    )
  }
  return { ...signedPart(c), signature: { alg: key.alg, key_id: key.keyId, value: value.toString('base64') } }
}

function mismatch(keyId: string): HeeError {
  return new HeeError(
    'capsule.signature',
    `signature does not match (key id ${keyId}): the capsule was changed after signing or signed with another key`
  )
}

/**
 * Verifies the signature of `c` with the key among `keys` whose key id it names.
 * Throws `capsule.unsigned` (no signature), `capsule.key` (no such key, or its algorithm differs)
 * or `capsule.signature` (content or key mismatch). Returns the key id that verified.
 */
export function verifySignature(c: Capsule, keys: readonly CapsuleKey[]): { keyId: string } {
  return verifySignedText(c, keys, () => signedText(c))
}

/**
 * {@link verifySignature} for a caller that also needs the canonical text (openCapsule, for the
 * digest): `text` must return {@link signedText} of `c`; it is called only once the key checks passed.
 */
export function verifySignedText(c: Capsule, keys: readonly CapsuleKey[], text: () => string): { keyId: string } {
  const sig = c.signature
  if (sig === undefined) {
    throw new HeeError('capsule.unsigned', 'capsule is not signed, and a signature is required', {
      hint: 'sign capsules with the signing key, or disable the signature requirement'
    })
  }
  if (keys.length === 0)
    throw new HeeError('capsule.key', `no verification key given for signature key id ${sig.key_id}`)
  const key = keys.find((k) => k.keyId === sig.key_id)
  if (key === undefined) {
    throw new HeeError(
      'capsule.key',
      `no verification key has key id ${sig.key_id} (keys given: ${keys.map((k) => k.keyId).join(', ')})`,
      { hint: 'the capsule was signed with a key you did not pass; add its key or rotate the capsule' }
    )
  }
  if (key.alg !== sig.alg) {
    throw new HeeError(
      'capsule.key',
      `key id ${key.keyId} is an ${key.alg} key but the capsule's signature is ${sig.alg}`
    )
  }
  const value = Buffer.from(sig.value, 'base64')
  // Buffer.from ignores bad base64 characters; comparing the round trip catches a mangled value.
  if (value.toString('base64') !== sig.value) throw mismatch(key.keyId)
  const data = Buffer.from(text(), 'utf8')
  let ok: boolean
  if (key.kind === 'hmac') {
    const expected = createHmac('sha256', key.secret).update(data).digest()
    // Constant time, so a forger learns nothing from how long the comparison took.
    ok = value.length === expected.length && timingSafeEqual(value, expected)
  } else {
    try {
      ok = value.length === 64 && verify(null, data, key.publicKey, value)
    } catch {
      ok = false
    }
  }
  if (!ok) throw mismatch(key.keyId)
  return { keyId: key.keyId }
}
