import { createHash } from 'node:crypto'
import { HeeError } from '../errors.js'
import type { Capsule } from './types.js'

class NotJson extends Error {}

// A string needs JSON.stringify's escaping only when it holds a quote, a backslash, a control
// character or a surrogate (a lone one is escaped as \udxxx; a pair passes through unchanged).
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/

function quote(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`
}

// Property names repeat (every history entry has the same few), so their quoted form plus the
// colon is kept. A pure function of the string, hence safe to share; bounded so odd data (e.g.
// many distinct map keys) cannot grow it without limit.
const MEMBER_CACHE_MAX = 4096
const memberPrefixes = new Map<string, string>()

function memberPrefix(key: string): string {
  let p = memberPrefixes.get(key)
  if (p === undefined) {
    p = `${quote(key)}:`
    if (memberPrefixes.size < MEMBER_CACHE_MAX) memberPrefixes.set(key, p)
  }
  return p
}

// Insertion sort with `<`, which compares strings by UTF-16 code units exactly as RFC 8785 §3.2.3
// requires (and as Array.prototype.sort does); quicker than sort() for the handful of keys an object has.
function sortKeys(keys: string[]): void {
  if (keys.length > 16) {
    keys.sort()
    return
  }
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i]!
    let j = i - 1
    while (j >= 0 && keys[j]! > k) {
      keys[j + 1] = keys[j]!
      j--
    }
    keys[j + 1] = k
  }
}

/**
 * RFC 8785 text of `v`, or undefined for what JSON has no form for (undefined, functions,
 * symbols): those are left out of objects and written as null in arrays, as JSON.stringify does.
 * Strings and numbers use JSON.stringify's (ECMAScript) forms, which is what JCS prescribes;
 * keys are sorted by UTF-16 code units. One recursive pass, no intermediate objects.
 */
function jcs(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return quote(v)
    case 'number':
      if (Number.isNaN(v)) throw new NotJson('NaN is not allowed')
      if (!Number.isFinite(v)) throw new NotJson('Infinity is not allowed')
      return `${v}` // Number::toString, the same as JSON.stringify (-0 becomes "0")
    case 'boolean':
      return v ? 'true' : 'false'
    case 'object': {
      if (v === null) return 'null'
      const o = v as Record<string, unknown>
      if (typeof o.toJSON === 'function') return jcs((o.toJSON as () => unknown)())
      if (Array.isArray(v)) {
        const n = v.length
        if (n === 0) return '[]'
        let s = `[${jcs(v[0]) ?? 'null'}`
        for (let i = 1; i < n; i++) s += `,${jcs(v[i]) ?? 'null'}`
        return `${s}]`
      }
      const keys = Object.keys(o)
      sortKeys(keys)
      let s = ''
      for (const k of keys) {
        const text = jcs(o[k])
        if (text === undefined) continue
        s += (s === '' ? '{' : ',') + memberPrefix(k) + text
      }
      return s === '' ? '{}' : `${s}}`
    }
    case 'bigint':
      throw new NotJson('BigInt has no JSON form')
    default:
      return undefined
  }
}

/** RFC 8785 (JCS) canonical JSON: sorted keys, no whitespace, ECMAScript number form. */
export function canonicalJson(value: unknown): string {
  let text: string | undefined
  try {
    text = jcs(value)
  } catch (e) {
    // NotJson, or a RangeError from a cyclic (endlessly deep) value.
    throw new HeeError('capsule.schema', `value cannot be written as canonical JSON: ${(e as Error).message}`, {
      cause: e
    })
  }
  if (text === undefined)
    throw new HeeError('capsule.schema', 'value cannot be written as canonical JSON: it is undefined')
  return text
}

/** Lower-case hex SHA-256 of a string (UTF-8) or bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The capsule without its signature: exactly the bytes that are signed and chained. */
export function signedPart(c: Capsule): Omit<Capsule, 'signature'> {
  const { signature: _signature, ...rest } = c
  return rest
}

/**
 * Digest that links capsule N+1 to capsule N (`previous_digest`):
 * `"sha256:" + hex(sha256(canonical(capsule without signature)))`. The signature is left out so
 * re-signing with a rotated key does not break the chain.
 */
export function capsuleDigest(c: Capsule): string {
  return digestOfSignedText(signedText(c))
}

/** Canonical JSON of {@link signedPart}: the input of both the signature and the digest. */
export function signedText(c: Capsule): string {
  return canonicalJson(signedPart(c))
}

/** {@link capsuleDigest} from the already computed {@link signedText}, so one pass serves both. */
export function digestOfSignedText(text: string): string {
  return `sha256:${sha256Hex(text)}`
}

/**
 * A capsule together with the digest its successor must name in `previous_digest`: the digest
 * of the form that was stored. A capsule opened from a file (`openCapsule`) is a chain link whose
 * digest is the stored form's even after its sensitive fields were decrypted; that is why the
 * digest travels with the value instead of being computed from the capsule in hand.
 */
export interface ChainLink {
  capsule: Capsule
  digest: string
}

/** The chain link of `c`: as given, or a capsule taken as stored (its own digest). */
export function chainLinkOf(c: Capsule | ChainLink): ChainLink {
  return 'capsule' in c && 'digest' in c ? c : { capsule: c, digest: capsuleDigest(c) }
}
