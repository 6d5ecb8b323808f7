import type { ErrorObject } from 'ajv'
import { HeeError } from '../errors.js'
import { chainLinkOf, type ChainLink } from './canonical.js'
import { capsuleValidator } from './schema.js'
import type { Capsule } from './types.js'

function describe(e: ErrorObject): string {
  const at = e.instancePath === '' ? '(capsule)' : e.instancePath
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'required':
      return `${e.instancePath}/${String(p.missingProperty)} is required`
    case 'additionalProperties':
      return `${e.instancePath}/${String(p.additionalProperty)} is not an allowed property`
    case 'enum':
      return `${at} must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`
    case 'const':
      return `${at} must be ${JSON.stringify(p.allowedValue)}`
    case 'type':
      return `${at} must be of type ${Array.isArray(p.type) ? p.type.join(' or ') : String(p.type)}`
    case 'format':
      return `${at} must be a ${String(p.format)} (e.g. 2024-05-01T12:00:00Z)`
    case 'pattern':
      return `${at} must match ${String(p.pattern)}`
    default:
      return `${at} ${e.message ?? 'is invalid'}`
  }
}

/**
 * Checks `obj` against the capsule schema and returns it typed. Throws `capsule.schema` with the
 * JSON pointer of the first problem and why, e.g.
 * `/body/monitoring_state/current_status must be one of operational, degraded, failed, maintenance`.
 */
export function validateCapsule(obj: unknown): Capsule {
  const validate = capsuleValidator()
  if (validate(obj)) return obj
  const first = validate.errors?.[0]
  const reason = first === undefined ? 'does not match the schema' : describe(first)
  throw new HeeError('capsule.schema', `capsule does not match schema hee.capsule/v1: ${reason}`)
}

/**
 * Checks that `newer` may follow `older` (the newest capsule already trusted; give the chain
 * link `openCapsule` returned when it was decrypted): same repository,
 * a higher version (rollback protection), and, when directly consecutive, a `previous_digest`
 * equal to the older capsule's digest (hash chain). A gap of several versions is accepted
 * because intermediate capsules may have expired; `linked` says whether the chain was checked.
 */
export function checkSuccession(olderLink: Capsule | ChainLink, newer: Capsule): { linked: boolean } {
  const { capsule: older, digest: expected } = chainLinkOf(olderLink)
  if (older.repository !== newer.repository) {
    throw new HeeError(
      'capsule.chain',
      `capsule is for repository ${newer.repository}, but the previous one is for ${older.repository}`
    )
  }
  if (newer.version <= older.version) {
    throw new HeeError(
      'capsule.replay',
      `capsule version ${newer.version} is not newer than version ${older.version} already seen: refusing a replayed or stale capsule`
    )
  }
  if (newer.version !== older.version + 1) return { linked: false }
  if (newer.previous_digest !== expected) {
    throw new HeeError(
      'capsule.chain',
      `capsule version ${newer.version} does not follow version ${older.version}: previous_digest is ${String(newer.previous_digest)}, expected ${expected}`
    )
  }
  return { linked: true }
}
