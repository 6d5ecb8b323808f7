import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson, capsuleDigest, chainDigest, rememberSealedDigest, sha256Hex } from '../../../packages/core/src/capsule/canonical.js'
import { fresh, rich } from './fixtures.js'

function shuffleKeys(v: unknown, seed: number): unknown {
  if (Array.isArray(v)) return v.map((x, i) => shuffleKeys(x, seed + i))
  if (v === null || typeof v !== 'object') return v
  const entries = Object.entries(v as Record<string, unknown>)
  // Deterministic rotation + reversal: a different insertion order for the same members.
  const k = entries.length === 0 ? 0 : seed % entries.length
  const reordered = [...entries.slice(k), ...entries.slice(0, k)]
  if (seed % 2 === 1) reordered.reverse()
  const out: Record<string, unknown> = {}
  for (const [key, val] of reordered) Object.defineProperty(out, key, { value: shuffleKeys(val, seed + 1), enumerable: true, writable: true })
  return out
}

describe('canonical JSON', () => {
  it('sorts keys and drops whitespace as RFC 8785 requires', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 1.5, y: 1e21 } })).toBe('{"a":[true,null,"x"],"b":1,"c":{"y":1e+21,"z":1.5}}')
  })

  it('gives the same text whatever the key order (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(1000), (value, seed) => {
        expect(canonicalJson(shuffleKeys(value, seed))).toBe(canonicalJson(value))
      }),
      { numRuns: 300 }
    )
  })

  it('is stable under a JSON round trip (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value)
        expect(canonicalJson(JSON.parse(text))).toBe(text)
      }),
      { numRuns: 300 }
    )
  })

  it('refuses values that have no JSON form', () => {
    expect(() => canonicalJson(undefined)).toThrow(/canonical JSON/)
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/canonical JSON/)
  })
})

describe('capsule digest', () => {
  it('is sha256 of the canonical capsule without its signature', () => {
    const c = rich()
    const { signature: _s, ...rest } = { ...c, signature: { alg: 'HS256' as const, key_id: '0123456789abcdef', value: 'AA==' } }
    expect(capsuleDigest(c)).toBe(`sha256:${sha256Hex(canonicalJson(rest))}`)
    expect(capsuleDigest({ ...c, signature: { alg: 'HS256', key_id: '0123456789abcdef', value: 'AA==' } })).toBe(capsuleDigest(c))
  })

  it('changes when any content changes and not when key order does', () => {
    const c = rich()
    expect(capsuleDigest(shuffleKeys(c, 3) as typeof c)).toBe(capsuleDigest(c))
    expect(capsuleDigest({ ...c, run_id: c.run_id + 1 })).not.toBe(capsuleDigest(c))
    expect(capsuleDigest(c)).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('chain digest prefers the remembered digest of the stored form', () => {
    const c = fresh()
    const opened = structuredClone(c)
    expect(chainDigest(opened)).toBe(capsuleDigest(c))
    rememberSealedDigest(opened, `sha256:${'b'.repeat(64)}`)
    expect(chainDigest(opened)).toBe(`sha256:${'b'.repeat(64)}`)
    expect(chainDigest(structuredClone(opened))).toBe(capsuleDigest(c))
  })
})
