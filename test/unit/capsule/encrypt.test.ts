import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  decryptFields,
  describeEncryptedFields,
  encryptFields,
  encryptionKeyId,
  missingEncryptionKeyError,
  parseEncryptionKey
} from '../../../packages/core/src/capsule/encrypt.js'
import { applyUpdate } from '../../../packages/core/src/capsule/update.js'
import { validateCapsule } from '../../../packages/core/src/capsule/validate.js'
import { NOW, heeError, rich } from './fixtures.js'

const KEY = randomBytes(32)
const FIELDS = ['/monitoring_state/incidents', '/monitoring_state/seen_jobs']

describe('encryption of sensitive fields', () => {
  it('removes the fields from the body and restores them exactly with the key', () => {
    const c = rich()
    const sealed = encryptFields(c, KEY, FIELDS)
    expect(sealed.body.monitoring_state.incidents).toBeUndefined()
    expect(sealed.body.monitoring_state.seen_jobs).toBeUndefined()
    expect(sealed.encrypted).toMatchObject({ alg: 'A256GCM', key_id: encryptionKeyId(KEY), fields: FIELDS })
    expect(JSON.stringify(sealed)).not.toContain('CI::PAT-002')
    expect(JSON.stringify(sealed)).not.toContain('99:1:1')
    expect(validateCapsule(sealed)).toBe(sealed)
    expect(c.body.monitoring_state.incidents).toBeDefined() // input untouched
    expect(decryptFields(sealed, KEY)).toEqual(c)
  })

  it('fails with capsule.decrypt and the expected key id for a wrong key', () => {
    const sealed = encryptFields(rich(), KEY, FIELDS)
    const e = heeError(() => decryptFields(sealed, randomBytes(32)))
    expect(e.code).toBe('capsule.decrypt')
    expect(e.message).toBe(
      `cannot decrypt the sensitive fields: wrong encryption key (key id ${encryptionKeyId(KEY)} expected)`
    )
  })

  it('fails with capsule.decrypt when the ciphertext or its repository binding was changed', () => {
    const sealed = encryptFields(rich(), KEY, FIELDS)
    const ct = Buffer.from(sealed.encrypted!.ciphertext, 'base64')
    ct[0] = ct[0]! ^ 1
    const tampered = { ...sealed, encrypted: { ...sealed.encrypted!, ciphertext: ct.toString('base64') } }
    expect(heeError(() => decryptFields(tampered, KEY)).code).toBe('capsule.decrypt')
    expect(heeError(() => decryptFields({ ...sealed, repository: 'evil/fork' }, KEY)).code).toBe('capsule.decrypt')
  })

  it('is carried forward unchanged by an update made without the key, and still decrypts', () => {
    const c = rich()
    const sealed = encryptFields(c, KEY, FIELDS)
    const v2 = applyUpdate(sealed, { status: 'degraded' }, { now: NOW })
    const v3 = applyUpdate(v2, { last_run_id: 120 }, { now: NOW })
    expect(v3.encrypted).toEqual(sealed.encrypted)
    const opened = decryptFields(v3, KEY)
    expect(opened.body.monitoring_state.incidents).toEqual(c.body.monitoring_state.incidents)
    expect(opened.body.monitoring_state.current_status).toBe('degraded')
    expect(opened.version).toBe(3)
  })

  it('re-encrypting merges the old block with new fields, and newer body values win', () => {
    const c = rich()
    const first = encryptFields(c, KEY, ['/monitoring_state/incidents'])
    const withNewSeen = {
      ...first,
      body: { ...first.body, monitoring_state: { ...first.body.monitoring_state, seen_jobs: ['new'] } }
    }
    const second = encryptFields(withNewSeen, KEY, ['/monitoring_state/seen_jobs'])
    expect(second.encrypted!.fields).toEqual(['/monitoring_state/incidents', '/monitoring_state/seen_jobs'])
    const opened = decryptFields(second, KEY)
    expect(opened.body.monitoring_state.seen_jobs).toEqual(['new'])
    expect(opened.body.monitoring_state.incidents).toEqual(c.body.monitoring_state.incidents)
  })

  it('ignores pointers that name nothing and adds no block when nothing was encrypted', () => {
    const c = rich()
    const out = encryptFields(c, KEY, ['/monitoring_state/absent'])
    expect(out.encrypted).toBeUndefined()
    expect(out.body).toEqual(c.body)
  })

  it('refuses pointers the capsule needs in clear or that go through arrays', () => {
    for (const p of [
      '/monitoring_state',
      '/auto_fix_history',
      '/monitoring_state/current_status',
      '/auto_fix_history/0/hee_context',
      'monitoring_state'
    ]) {
      expect(heeError(() => encryptFields(rich(), KEY, [p])).code).toBe('config')
    }
  })

  it('handles pointer escapes in member names', () => {
    const c = rich()
    c.body.monitoring_state.pattern_counts = { 'a/b': 1, 'c~d': 2, __proto__x: 3 }
    const sealed = encryptFields(c, KEY, [
      '/monitoring_state/pattern_counts/a~1b',
      '/monitoring_state/pattern_counts/c~0d'
    ])
    expect(sealed.body.monitoring_state.pattern_counts).toEqual({ __proto__x: 3 })
    expect(decryptFields(sealed, KEY).body.monitoring_state.pattern_counts).toEqual(
      c.body.monitoring_state.pattern_counts
    )
  })

  it('explains an encrypted block for a caller without the key', () => {
    const sealed = encryptFields(rich(), KEY, FIELDS)
    expect(describeEncryptedFields(sealed)).toContain('carried forward unchanged')
    expect(describeEncryptedFields(rich())).toBeUndefined()
    const e = missingEncryptionKeyError(sealed)
    expect(e.code).toBe('capsule.decrypt')
    expect(e.message).toContain(encryptionKeyId(KEY))
  })
})

describe('encryption key parsing', () => {
  it('accepts 64 hex characters and base64 of 32 bytes', () => {
    const k = randomBytes(32)
    expect(parseEncryptionKey(k.toString('hex'))).toEqual(k)
    expect(parseEncryptionKey(`${k.toString('base64')}\n`)).toEqual(k)
  })

  it('refuses anything else with a message that states the length but not the text', () => {
    const short = heeError(() => parseEncryptionKey(randomBytes(16).toString('base64')))
    expect(short.code).toBe('capsule.key')
    expect(short.message).toContain('16 bytes')
    const odd = heeError(() => parseEncryptionKey('not a key at all!'))
    expect(odd.message).toContain('64 hex characters or base64 of 32 bytes (got 17 characters)')
    expect(odd.message).not.toContain('not a key')
  })
})
