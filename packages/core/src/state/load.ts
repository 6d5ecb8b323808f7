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
  /**
   * Called before a candidate is downloaded: a reason when it does not come from a run that
   * may write capsules (another workflow), undefined to examine it. Such candidates are
   * skipped without a download and never count as rejected.
   */
  admit?: (candidate: CapsuleCandidate) => Promise<string | undefined>
}

export interface Rejection {
  candidate: CapsuleCandidate
  reason: string
  /** The error's code, e.g. `artifact.download-limit` for a download cut off at its time limit. */
  code?: string
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
  /** Why each skipped candidate was skipped, by artifact id. */
  skipReasons?: Map<number, string>
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
  // Every candidate is examined, newest first, until one verifies: a rejected one never costs
  // an older good one its place. The caller bounds the list (and so the downloads).
  const rejected: Rejection[] = []
  const skipped: CapsuleCandidate[] = []
  const skipReasons = new Map<number, string>()
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

  const admitted = new Map<number, Promise<string | undefined>>()
  const admit = (c: CapsuleCandidate): Promise<string | undefined> => {
    let p = admitted.get(c.id)
    if (!p) admitted.set(c.id, (p = opts.admit ? opts.admit(c) : Promise.resolve(undefined)))
    return p
  }
  for (const [i, cand] of ordered.entries()) {
    const refused = await admit(cand)
    if (refused !== undefined) {
      skipped.push(cand)
      skipReasons.set(cand.id, refused)
      continue
    }
    try {
      const { raw, opened } = await examine(cand)
      const capsule = opened.capsule
      if (seen && seen.digest !== opened.digest) checkSuccession(seen, capsule)
      const previous = ordered.slice(i + 1).find((c) => c.version === cand.version - 1)
      if (previous && (await admit(previous)) === undefined) {
        let older: OpenedCapsule | undefined
        try {
          older = (await examine(previous)).opened
        } catch {
          // An unusable predecessor cannot vouch for or against the chain; it is reported
          // when (and if) the search reaches it.
        }
        if (older) checkSuccession(older, capsule)
      }
      return { capsule, raw, candidate: cand, fallbackUsed: rejected.length > 0, rejected, skipped, skipReasons }
    } catch (e) {
      if (e instanceof OtherWorkflow) {
        skipped.push(cand)
        skipReasons.set(cand.id, `written by workflow ${e.message}`)
      } else
        rejected.push({ candidate: cand, reason: describeError(e), ...(e instanceof HeeError ? { code: e.code } : {}) })
    }
  }
  return { fallbackUsed: false, rejected, skipped, skipReasons }
}
