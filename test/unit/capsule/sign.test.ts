import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseKey, publicKeyPem } from '../../../packages/core/src/capsule/keys.js'
import type { CapsuleKey } from '../../../packages/core/src/capsule/keys.js'
import { signCapsule, verifySignature } from '../../../packages/core/src/capsule/sign.js'
import { ed25519Pem, heeError, rich } from './fixtures.js'

const HMAC = parseKey('0123456789abcdef0123456789abcdef')

function opensslKey(): CapsuleKey {
  const file = join(mkdtempSync(join(tmpdir(), 'hee-sign-')), 'k.pem')
  execFileSync('openssl', ['genpkey', '-algorithm', 'ed25519', '-out', file])
  return parseKey(readFileSync(file, 'utf8'))
}

describe('capsule signatures', () => {
  it.each<[string, () => CapsuleKey]>([
    ['an Ed25519 key from node:crypto', () => parseKey(ed25519Pem().privatePem)],
    ['an Ed25519 key from openssl genpkey', opensslKey],
    ['an HMAC secret', () => HMAC]
  ])('signs and verifies with %s', (_name, make) => {
    const key = make()
    const signed = signCapsule(rich(), key)
    expect(signed.signature).toMatchObject({ alg: key.alg, key_id: key.keyId })
    expect(verifySignature(signed, [key])).toEqual({ keyId: key.keyId })
  })

  it('verifies with only the Ed25519 public key', () => {
    const { privatePem } = ed25519Pem()
    const priv = parseKey(privatePem)
    const signed = signCapsule(rich(), priv)
    const pub = parseKey(publicKeyPem(priv))
    expect(verifySignature(signed, [HMAC, pub])).toEqual({ keyId: priv.keyId })
  })

  it('refuses to sign with a public-only key', () => {
    const pub = parseKey(ed25519Pem().publicPem)
    const e = heeError(() => signCapsule(rich(), pub))
    expect(e.code).toBe('capsule.key')
    expect(e.message).toContain('private key')
  })

  it('re-signing replaces the old signature instead of signing over it', () => {
    const a = signCapsule(rich(), HMAC)
    const b = signCapsule(a, HMAC)
    expect(b.signature).toEqual(a.signature)
  })

  it('reports a changed capsule as a signature mismatch naming the key id', () => {
    const signed = signCapsule(rich(), HMAC)
    const changed = { ...signed, run_id: signed.run_id + 1 }
    const e = heeError(() => verifySignature(changed, [HMAC]))
    expect(e.code).toBe('capsule.signature')
    expect(e.message).toBe(
      `signature does not match (key id ${HMAC.keyId}): the capsule was changed after signing or signed with another key`
    )
  })

  it('fails with capsule.key for a wrong HMAC secret, since its key id differs', () => {
    const signed = signCapsule(rich(), HMAC)
    const other = parseKey('fedcba9876543210fedcba9876543210')
    const e = heeError(() => verifySignature(signed, [other]))
    expect(e.code).toBe('capsule.key')
    expect(e.message).toContain(`no verification key has key id ${HMAC.keyId}`)
    expect(e.message).not.toContain('fedcba98765')
  })

  it('fails with capsule.signature when a different key claims the same key id', () => {
    const signed = signCapsule(rich(), HMAC)
    const impostor = { ...parseKey('fedcba9876543210fedcba9876543210'), keyId: HMAC.keyId } as CapsuleKey
    expect(heeError(() => verifySignature(signed, [impostor])).code).toBe('capsule.signature')
    const a = parseKey(ed25519Pem().privatePem)
    const b = parseKey(ed25519Pem().privatePem)
    const edSigned = signCapsule(rich(), a)
    expect(heeError(() => verifySignature(edSigned, [b])).code).toBe('capsule.key')
    expect(heeError(() => verifySignature(edSigned, [{ ...b, keyId: a.keyId } as CapsuleKey])).code).toBe(
      'capsule.signature'
    )
  })

  it('fails with capsule.key when the key id matches but the algorithm does not', () => {
    const signed = signCapsule(rich(), HMAC)
    const ed = { ...parseKey(ed25519Pem().privatePem), keyId: HMAC.keyId } as CapsuleKey
    const e = heeError(() => verifySignature(signed, [ed]))
    expect(e.code).toBe('capsule.key')
    expect(e.message).toContain('Ed25519 key but the capsule')
  })

  it('fails with capsule.unsigned for an unsigned capsule and capsule.key without keys', () => {
    expect(heeError(() => verifySignature(rich(), [HMAC])).code).toBe('capsule.unsigned')
    expect(heeError(() => verifySignature(signCapsule(rich(), HMAC), [])).code).toBe('capsule.key')
  })

  it('rejects a mangled or truncated signature value', () => {
    const key = parseKey(ed25519Pem().privatePem)
    const signed = signCapsule(rich(), key)
    const sig = signed.signature!
    for (const value of [sig.value.slice(0, -4), `${sig.value.slice(0, 10)}*${sig.value.slice(11)}`, '']) {
      expect(heeError(() => verifySignature({ ...signed, signature: { ...sig, value } }, [key])).code).toBe(
        'capsule.signature'
      )
    }
  })
})
