import { describeError, HeeError } from '../errors.js'
import {
  chainLinkOf,
  checkSuccession,
  openCapsule,
  parseCapsuleText,
  type Capsule,
  type CapsuleKey,
  type ChainLink,
  type OpenedCapsule
} from '../capsule/index.js'
import { orderCandidates, type CapsuleCandidate } from './candidates.js'

export interface LoadNewestOptions {
  candidates: CapsuleCandidate[]
  /** Downloads one candidate and returns the capsule file's text. */
  fetchText: (candidate: CapsuleCandidate) => Promise<string>
  repository: string
  workflow: string
  verifyKeys: CapsuleKey[]
  requireSignature: boolean
  encryptionKey?: Buffer
  /** A capsule this job already holds (as opened): nothing older (or forked from it) is accepted. */
  seen?: Capsule | ChainLink
  /** How many candidates to examine at most, newest first. */
  maxCandidates: number
}

export interface Rejection {
  candidate: CapsuleCandidate
  reason: string
}

export interface LoadNewestResult {
  /** The accepted capsule, verified and (with a key) decrypted. */
  capsule?: Capsule
  /** The same capsule exactly as stored: signed, sensitive fields still encrypted. */
  raw?: Capsule
  candidate?: CapsuleCandidate
  /** True when a newer candidate was rejected and an older one is used. */
  fallbackUsed: boolean
  rejected: Rejection[]
  /** Candidates of other workflows that share the artifact prefix, skipped. */
  skipped: CapsuleCandidate[]
}

class OtherWorkflow extends Error {}

/**
 * Picks the newest capsule that passes every check: schema, signature, the version its
 * artifact name claims, no going back behind a capsule already seen, and — when the
 * previous version is also available — the hash chain. A rejected candidate never stops
 * the search; the caller reports `rejected` and decides what an empty result means.
 */
export async function loadNewestValid(opts: LoadNewestOptions): Promise<LoadNewestResult> {
  const ordered = orderCandidates(opts.candidates)
  // Capsules of other workflows sharing the prefix are skipped without using up the budget;
  // downloads stay bounded all the same.
  const maxDownloads = opts.maxCandidates * 4
  let downloads = 0
  const rejected: Rejection[] = []
  const skipped: CapsuleCandidate[] = []
  const cache = new Map<number, { raw: Capsule; opened: OpenedCapsule } | Error>()
  const seen = opts.seen ? chainLinkOf(opts.seen) : undefined

  const examine = async (cand: CapsuleCandidate): Promise<{ raw: Capsule; opened: OpenedCapsule }> => {
    const hit = cache.get(cand.id)
    if (hit instanceof Error) throw hit
    if (hit) return hit
    try {
      const text = await opts.fetchText(cand)
      const parsed = parseCapsuleText(text, cand.name)
      if (parsed.repository !== opts.repository) {
        throw new HeeError('capsule.chain', `capsule belongs to ${parsed.repository}, not ${opts.repository}`)
      }
      if (parsed.workflow !== opts.workflow) throw new OtherWorkflow(parsed.workflow)
      if (parsed.version !== cand.version) {
        throw new HeeError(
          'capsule.replay',
          `artifact ${cand.name} holds capsule version ${parsed.version}, not ${cand.version}: refusing a replayed capsule`
        )
      }
      const opened = openCapsule(parsed, {
        verifyKeys: opts.verifyKeys,
        encryptionKey: opts.encryptionKey,
        requireSignature: opts.requireSignature
      })
      const entry = { raw: parsed, opened }
      cache.set(cand.id, entry)
      return entry
    } catch (e) {
      cache.set(cand.id, e as Error)
      throw e
    }
  }

  for (const [i, cand] of ordered.entries()) {
    if (rejected.length >= opts.maxCandidates || downloads >= maxDownloads) break
    downloads += 1
    try {
      const { raw, opened } = await examine(cand)
      const capsule = opened.capsule
      if (seen && seen.digest !== opened.digest) checkSuccession(seen, capsule)
      const previous = ordered.slice(i + 1).find((c) => c.version === cand.version - 1)
      if (previous) {
        let older: OpenedCapsule | undefined
        try {
          older = (await examine(previous)).opened
        } catch {
          // An unusable predecessor cannot vouch for or against the chain; it is reported
          // when (and if) the search reaches it.
        }
        if (older) checkSuccession(older, capsule)
      }
      return { capsule, raw, candidate: cand, fallbackUsed: rejected.length > 0, rejected, skipped }
    } catch (e) {
      if (e instanceof OtherWorkflow) skipped.push(cand)
      else rejected.push({ candidate: cand, reason: describeError(e) })
    }
  }
  return { fallbackUsed: false, rejected, skipped }
}
