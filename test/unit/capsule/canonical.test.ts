import canonicalizeModule from 'canonicalize'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson, capsuleDigest, chainLinkOf, sha256Hex } from '../../../packages/core/src/capsule/canonical.js'
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
  for (const [key, val] of reordered)
    Object.defineProperty(out, key, { value: shuffleKeys(val, seed + 1), enumerable: true, writable: true })
  return out
}

// The `canonicalize` package (RFC 8785 reference by one of its authors) stays the yardstick for our
// faster serializer. CommonJS: the function arrives bare or under `.default` depending on the loader.
type Serialize = (value: unknown) => string | undefined
const reference: Serialize =
  typeof canonicalizeModule === 'function'
    ? (canonicalizeModule as Serialize)
    : (canonicalizeModule as unknown as { default: Serialize }).default

// Numbers whose ECMAScript form is easy to get wrong: exponent thresholds, -0, binary fractions,
// integers beyond 2^53, the smallest subnormal and the largest double.
const TRICKY_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.1,
  0.2 + 0.1,
  1e21,
  1e20,
  999999999999999900000,
  1e-6,
  1e-7,
  1.5e-7,
  123456789012345680000,
  2 ** 53,
  -(2 ** 53),
  2 ** 53 + 2,
  2 ** 53 + 1,
  4.35,
  1e300,
  -1e-300,
  5e-324,
  Number.MAX_VALUE,
  Number.MIN_SAFE_INTEGER,
  333333333.3333333
]

// Keys that sort differently by code unit than by code point, locale or numeric value, and keys
// that are special to JavaScript objects.
const TRICKY_KEYS = [
  '',
  'a',
  'A',
  'b',
  'aa',
  '10',
  '9',
  '1',
  '__proto__',
  'constructor',
  'toJSON',
  'é',
  'e\u0301',
  '\u20ac',
  '\r',
  '\ud83d\ude00',
  '\ufb33',
  '\u0080',
  '\ud800',
  '\u0000'
]

const jsonKey = fc.oneof(
  fc.constantFrom(...TRICKY_KEYS),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string()
)
const jsonNumber = fc.oneof(
  fc.constantFrom(...TRICKY_NUMBERS),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.maxSafeInteger(),
  fc.integer({ min: -1000, max: 1000 }).map((e) => Number(`1e${e % 308}`))
)
const { json: jsonData } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    jsonNumber,
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.array(tie('json'), { maxLength: 6 }),
    fc.dictionary(jsonKey, tie('json'), { maxKeys: 6 })
  )
}))

describe('canonical JSON', () => {
  it('matches the canonicalize reference implementation on any JSON value (property)', () => {
    fc.assert(
      fc.property(jsonData, (value) => {
        expect(canonicalJson(value)).toBe(reference(value))
      }),
      { numRuns: 3000 }
    )
  })

  it('matches the reference on the numbers and keys that are easy to get wrong', () => {
    const obj: Record<string, unknown> = {}
    TRICKY_KEYS.forEach((k, i) =>
      Object.defineProperty(obj, k, { value: TRICKY_NUMBERS[i % TRICKY_NUMBERS.length], enumerable: true })
    )
    expect(Object.keys(obj)).toHaveLength(TRICKY_KEYS.length)
    expect(canonicalJson(obj)).toBe(reference(obj))
    expect(canonicalJson(TRICKY_NUMBERS)).toBe(reference(TRICKY_NUMBERS))
    expect(canonicalJson([1e21, -0, 0.1, 2 ** 53, 1e-7])).toBe('[1e+21,0,0.1,9007199254740992,1e-7]')
    // RFC 8785 §3.2.3: sorted by UTF-16 code units, so U+FB33 (one unit) sorts after U+1F600 (a surrogate pair).
    expect(canonicalJson({ '\ufb33': 1, '\ud83d\ude00': 2, '10': 3, '9': 4 })).toBe(
      '{"10":3,"9":4,"\ud83d\ude00":2,"\ufb33":1}'
    )
    expect(canonicalJson({ s: 'a"b\\c\u0001\ud800' })).toBe(reference({ s: 'a"b\\c\u0001\ud800' }))
  })

  it('leaves out undefined members and writes them as null in arrays, as the reference does', () => {
    const v = { a: undefined, b: [undefined, 1], c: { toJSON: () => 'x' }, d: new Date(0) }
    expect(canonicalJson(v)).toBe(reference(v))
    expect(canonicalJson(v)).toBe('{"b":[null,1],"c":"x","d":"1970-01-01T00:00:00.000Z"}')
  })

  it('sorts keys and drops whitespace as RFC 8785 requires', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 1.5, y: 1e21 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"y":1e+21,"z":1.5}}'
    )
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
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow(/canonical JSON: Infinity/)
    expect(() => canonicalJson({ a: 1n })).toThrow(/canonical JSON/)
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(() => canonicalJson(cyclic)).toThrow(/canonical JSON/)
  })
})

describe('capsule digest', () => {
  it('is sha256 of the canonical capsule without its signature', () => {
    const c = rich()
    const { signature: _s, ...rest } = {
      ...c,
      signature: { alg: 'HS256' as const, key_id: '0123456789abcdef', value: 'AA==' }
    }
    expect(capsuleDigest(c)).toBe(`sha256:${sha256Hex(canonicalJson(rest))}`)
    expect(capsuleDigest({ ...c, signature: { alg: 'HS256', key_id: '0123456789abcdef', value: 'AA==' } })).toBe(
      capsuleDigest(c)
    )
  })

  it('changes when any content changes and not when key order does', () => {
    const c = rich()
    expect(capsuleDigest(shuffleKeys(c, 3) as typeof c)).toBe(capsuleDigest(c))
    expect(capsuleDigest({ ...c, run_id: c.run_id + 1 })).not.toBe(capsuleDigest(c))
    expect(capsuleDigest(c)).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it("a chain link carries the stored form's digest; a bare capsule links by its own", () => {
    const c = fresh()
    const opened = structuredClone(c)
    expect(chainLinkOf(opened).digest).toBe(capsuleDigest(c))
    const link = { capsule: opened, digest: `sha256:${'b'.repeat(64)}` }
    expect(chainLinkOf(link).digest).toBe(`sha256:${'b'.repeat(64)}`)
    expect(chainLinkOf(structuredClone(opened)).digest).toBe(capsuleDigest(c))
  })
})
