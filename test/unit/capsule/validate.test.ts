import { describe, expect, it } from 'vitest'
import { capsuleDigest } from '../../../packages/core/src/capsule/canonical.js'
import { checkSuccession, validateCapsule } from '../../../packages/core/src/capsule/validate.js'
import { fresh, heeError } from './fixtures.js'

describe('validateCapsule', () => {
  it('returns the same object when valid', () => {
    const c = fresh()
    expect(validateCapsule(c)).toBe(c)
  })

  it('throws capsule.schema with the JSON path and reason', () => {
    const c: any = fresh()
    c.body.monitoring_state.current_status = 'on fire'
    const e = heeError(() => validateCapsule(c))
    expect(e.code).toBe('capsule.schema')
    expect(e.message).toBe(
      'capsule does not match schema hee.capsule/v1: /body/monitoring_state/current_status must be one of operational, degraded, failed, maintenance'
    )
  })

  it('rejects values that are not objects', () => {
    for (const v of [null, 1, 'x', []])
      expect(heeError(() => validateCapsule(v)).message).toContain('(capsule) must be of type object')
  })
})

describe('checkSuccession', () => {
  const v5 = fresh({ version: 5, previous_digest: `sha256:${'1'.repeat(64)}` })

  it('refuses an older or equal version as a replay', () => {
    const v3 = fresh({ version: 3, previous_digest: `sha256:${'1'.repeat(64)}` })
    const e = heeError(() => checkSuccession(v5, v3))
    expect(e.code).toBe('capsule.replay')
    expect(e.message).toBe(
      'capsule version 3 is not newer than version 5 already seen: refusing a replayed or stale capsule'
    )
    expect(heeError(() => checkSuccession(v5, v5)).code).toBe('capsule.replay')
  })

  it('checks the digest link of consecutive versions', () => {
    const good = fresh({ version: 6, previous_digest: capsuleDigest(v5) })
    expect(checkSuccession(v5, good)).toEqual({ linked: true })
    const bad = fresh({ version: 6, previous_digest: `sha256:${'2'.repeat(64)}` })
    const e = heeError(() => checkSuccession(v5, bad))
    expect(e.code).toBe('capsule.chain')
    expect(e.message).toContain(`expected ${capsuleDigest(v5)}`)
  })

  it('refuses a capsule of another repository', () => {
    const other = fresh({ version: 6, previous_digest: capsuleDigest(v5), repository: 'evil/fork' })
    const e = heeError(() => checkSuccession(v5, other))
    expect(e.code).toBe('capsule.chain')
    expect(e.message).toContain('evil/fork')
  })
})
