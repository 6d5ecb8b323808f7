import { createHash } from 'node:crypto'
import canonicalizeModule from 'canonicalize'
import { HeeError } from '../errors.js'
import type { Capsule } from './types.js'

type Serialize = (input: unknown) => string | undefined

// `canonicalize` is CommonJS (`module.exports = fn`) but its types declare `export default`;
// depending on the loader the function arrives bare or under `.default`, so accept both.
const serialize: Serialize =
  typeof canonicalizeModule === 'function'
    ? (canonicalizeModule as Serialize)
    : (canonicalizeModule as unknown as { default: Serialize }).default

/** RFC 8785 (JCS) canonical JSON: sorted keys, no whitespace, ECMAScript number form. */
export function canonicalJson(value: unknown): string {
  let text: string | undefined
  try {
    text = serialize(value)
  } catch (e) {
    throw new HeeError('capsule.schema', `value cannot be written as canonical JSON: ${(e as Error).message}`, { cause: e })
  }
  if (text === undefined) throw new HeeError('capsule.schema', 'value cannot be written as canonical JSON: it is undefined')
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
  return `sha256:${sha256Hex(canonicalJson(signedPart(c)))}`
}

// A capsule whose sensitive fields were decrypted after loading is a different object from the one
// that was stored, but the chain must link to the stored (sealed) form. openCapsule records the
// sealed digest here; keyed weakly so it disappears with the object and never leaks into JSON.
const sealedDigests = new WeakMap<object, string>()

/** Remember that `opened` was produced from a stored capsule whose digest is `digest`. */
export function rememberSealedDigest(opened: Capsule, digest: string): void {
  sealedDigests.set(opened, digest)
}

/**
 * The digest a successor must put in `previous_digest`: the stored form's digest when `c` came
 * from {@link rememberSealedDigest} (openCapsule), otherwise {@link capsuleDigest}.
 */
export function chainDigest(c: Capsule): string {
  return sealedDigests.get(c) ?? capsuleDigest(c)
}
