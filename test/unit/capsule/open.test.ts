import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { capsuleDigest, chainLinkOf } from '../../../packages/core/src/capsule/canonical.js'
import { parseKey, verifyOnly } from '../../../packages/core/src/capsule/keys.js'
import { openCapsule, sealCapsule } from '../../../packages/core/src/capsule/open.js'
import { verifySignature } from '../../../packages/core/src/capsule/sign.js'
import { applyUpdate } from '../../../packages/core/src/capsule/update.js'
import { checkSuccession } from '../../../packages/core/src/capsule/validate.js'
import { NOW, ed25519Pem, heeError, rich } from './fixtures.js'

const SIGNER = parseKey(ed25519Pem().privatePem)
const VERIFIER = verifyOnly(SIGNER)
const AES = randomBytes(32)
const FIELDS = ['/monitoring_state/incidents']

describe('sealCapsule and openCapsule', () => {
  it('encrypts then signs, so a verify-only job without the AES key can still verify', () => {
    const sealed = sealCapsule(rich(), { signingKey: SIGNER, encryptionKey: AES, sensitiveFields: FIELDS })
    expect(sealed.encrypted?.fields).toEqual(FIELDS)
    expect(verifySignature(sealed, [VERIFIER])).toEqual({ keyId: SIGNER.keyId })
    const opened = openCapsule(sealed, { verifyKeys: [VERIFIER], requireSignature: true })
    expect(opened).toMatchObject({
      keyId: SIGNER.keyId,
      decrypted: false,
      sensitiveFields: FIELDS,
      digest: capsuleDigest(sealed)
    })
    expect(opened.capsule).toBe(sealed)
  })

  it('verifies then decrypts, returning the original body', () => {
    const c = rich()
    const sealed = sealCapsule(c, { signingKey: SIGNER, encryptionKey: AES, sensitiveFields: FIELDS })
    const opened = openCapsule(sealed, { verifyKeys: [VERIFIER], encryptionKey: AES, requireSignature: true })
    expect(opened.decrypted).toBe(true)
    expect(opened.capsule.body).toEqual(c.body)
    expect(opened.capsule.signature).toBeUndefined()
    expect(opened.capsule.encrypted).toBeUndefined()
  })

  it('keeps the hash chain when the next version is built from a decrypted capsule', () => {
    const v1 = sealCapsule(rich(), { signingKey: SIGNER, encryptionKey: AES, sensitiveFields: FIELDS })
    const opened = openCapsule(v1, { verifyKeys: [VERIFIER], encryptionKey: AES, requireSignature: true })
    const v2 = sealCapsule(applyUpdate(opened, { status: 'degraded' }, { now: NOW }), {
      signingKey: SIGNER,
      encryptionKey: AES,
      sensitiveFields: opened.sensitiveFields
    })
    expect(v2.previous_digest).toBe(capsuleDigest(v1))
    expect(checkSuccession(v1, v2)).toEqual({ linked: true })
    expect(checkSuccession(opened, v2)).toEqual({ linked: true })
  })

  it('chains the next version to the stored digest of a capsule opened without decrypting', () => {
    const v1 = sealCapsule(rich(), { signingKey: SIGNER })
    const opened = openCapsule(v1, { verifyKeys: [VERIFIER], requireSignature: true })
    expect(opened.digest).toBe(capsuleDigest(v1))
    expect(chainLinkOf(opened).digest).toBe(opened.digest)
    const v2 = sealCapsule(applyUpdate(opened, { last_run_id: 100 }, { now: NOW }), { signingKey: SIGNER })
    expect(v2.previous_digest).toBe(capsuleDigest(v1))
    expect(checkSuccession(v1, v2)).toEqual({ linked: true })
    expect(verifySignature(v2, [VERIFIER])).toEqual({ keyId: SIGNER.keyId })
  })

  it('schema-checks what it seals, including what encrypting moved out of the body', () => {
    const bad = { ...rich(), version: 0 }
    expect(heeError(() => sealCapsule(bad, { signingKey: SIGNER })).code).toBe('capsule.schema')
    // Encrypting moves body fields out, which can break the schema even for a freshly built capsule.
    const built = applyUpdate(
      rich(),
      { append_history: [{ pattern_id: 'PAT-001', success: true }] },
      { now: NOW, historyLimit: 0 }
    )
    expect(built.body.history_summary?.compacted_entries).toBe(2)
    const e = heeError(() =>
      sealCapsule(built, {
        signingKey: SIGNER,
        encryptionKey: AES,
        sensitiveFields: ['/history_summary/compacted_entries']
      })
    )
    expect(e.code).toBe('capsule.schema')
    expect(e.message).toContain('/body/history_summary/compacted_entries is required')
  })

  it('refuses an unsigned capsule when a signature is required, and accepts it otherwise', () => {
    const c = rich()
    expect(heeError(() => openCapsule(c, { verifyKeys: [VERIFIER], requireSignature: true })).code).toBe(
      'capsule.unsigned'
    )
    expect(heeError(() => openCapsule(c, { verifyKeys: [], requireSignature: true })).code).toBe('capsule.unsigned')
    expect(openCapsule(c, { verifyKeys: [VERIFIER], requireSignature: false })).toMatchObject({
      keyId: null,
      decrypted: false
    })
  })

  it('still verifies a signed capsule when signatures are optional, and refuses a bad one', () => {
    const sealed = sealCapsule(rich(), { signingKey: SIGNER })
    const changed = { ...sealed, run_id: 1 }
    expect(heeError(() => openCapsule(changed, { verifyKeys: [VERIFIER], requireSignature: false })).code).toBe(
      'capsule.signature'
    )
    expect(heeError(() => openCapsule(sealed, { verifyKeys: [], requireSignature: true })).code).toBe('capsule.key')
  })

  it('refuses sensitive fields without an encryption key rather than storing them in clear', () => {
    const e = heeError(() => sealCapsule(rich(), { signingKey: SIGNER, sensitiveFields: FIELDS }))
    expect(e.code).toBe('config')
    expect(e.message).toContain('no encryption key')
  })

  it('fails with capsule.decrypt when opened with the wrong AES key', () => {
    const sealed = sealCapsule(rich(), { signingKey: SIGNER, encryptionKey: AES, sensitiveFields: FIELDS })
    const e = heeError(() =>
      openCapsule(sealed, { verifyKeys: [VERIFIER], encryptionKey: randomBytes(32), requireSignature: true })
    )
    expect(e.code).toBe('capsule.decrypt')
  })
})
