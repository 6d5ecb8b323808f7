import { HeeError } from '../errors.js'
import { chainLinkOf, type ChainLink } from './canonical.js'
import { DEFAULT_HISTORY_LIMIT, compactHistory } from './history.js'
import { INITIAL_STATUS, assertTransition } from './state-machine.js'
import { capsuleUpdateSchema } from './shapes.js'
import { CAPSULE_SCHEMA_ID } from './types.js'
import type { AutoFixEntry, Capsule, CapsuleUpdate } from './types.js'
import { validateCapsule } from './validate.js'

export { capsuleUpdateSchema }

/** What a new capsule needs to know about where it lives. */
export interface CreateCapsuleOptions {
  repository: string
  workflow: string
  runId: number
  now: Date
}

/** A fresh, unsigned version-1 capsule: operational since `now`, empty history. */
export function createCapsule(opts: CreateCapsuleOptions): Capsule {
  const at = opts.now.toISOString()
  const c = validateCapsule({
    schema: CAPSULE_SCHEMA_ID,
    version: 1,
    previous_digest: null,
    repository: opts.repository,
    workflow: opts.workflow,
    run_id: opts.runId,
    updated_at: at,
    body: {
      monitoring_state: { current_status: INITIAL_STATUS, status_since: at, consecutive_failures: 0 },
      auto_fix_history: []
    }
  })
  return c
}

/** Context of one update: the clock and the run doing it. */
export interface UpdateContext {
  now: Date
  runId?: number
  workflow?: string
  /** Entries of auto_fix_history kept in full (default {@link DEFAULT_HISTORY_LIMIT}). */
  historyLimit?: number
}

/**
 * Builds the next capsule from `prev` and `update`; `prev` is never mutated. Pass the chain link
 * `openCapsule` returned for a capsule read from a file, so the next version names the digest of
 * the stored form (a bare capsule is taken as stored). The result is
 * unsigned: version + 1, chained to `prev`, status moved only along the state diagram
 * (`status_since` changes only when the status does), history appended then compacted,
 * metrics and `monitoring` merged, the encrypted block carried forward, and schema-checked.
 * The history entry objects are shared with `prev`, not copied: treat them as read-only.
 */
export function applyUpdate(from: Capsule | ChainLink, update: CapsuleUpdate, ctx: UpdateContext): Capsule {
  const { capsule: prev, digest: previousDigest } = chainLinkOf(from)
  const at = ctx.now.toISOString()
  // Everything but the history is small and deep-copied, so the result shares no mutable state
  // with `prev` there. The history can hold thousands of entries and is only ever appended to or
  // trimmed: the new array reuses prev's entry objects rather than cloning every one of them.
  // Spreading prev first keeps its key order, and so the file's layout.
  const { signature: _signature, ...unsigned } = prev
  const { body: _body, ...envelope } = unsigned
  const { auto_fix_history: prevHistory, ...bodyRest } = prev.body
  const copy = structuredClone({ envelope, bodyRest })
  const next: Capsule = {
    ...unsigned,
    ...copy.envelope,
    body: { ...prev.body, ...copy.bodyRest, auto_fix_history: prevHistory },
    version: prev.version + 1,
    previous_digest: previousDigest,
    workflow: ctx.workflow ?? prev.workflow,
    run_id: ctx.runId ?? prev.run_id,
    updated_at: at
  }
  const ms = next.body.monitoring_state
  if (update.status !== undefined) {
    const from = ms.current_status ?? INITIAL_STATUS
    assertTransition(from, update.status)
    if (from !== update.status || ms.current_status === undefined) {
      ms.current_status = update.status
      ms.status_since = at
    }
  }
  if (update.last_run_id !== undefined) ms.last_run_id = update.last_run_id
  // Metrics are merged, not replaced, so an engine that measured only some of them keeps the rest.
  if (update.coverage_metrics !== undefined)
    ms.coverage_metrics = { ...ms.coverage_metrics, ...update.coverage_metrics }
  if (update.hee_specific !== undefined) ms.hee_specific = { ...ms.hee_specific, ...update.hee_specific }
  if (update.monitoring !== undefined) Object.assign(ms, structuredClone(update.monitoring))
  if (update.append_history !== undefined && update.append_history.length > 0) {
    const added: AutoFixEntry[] = update.append_history.map((e) => ({
      ...structuredClone(e),
      timestamp: e.timestamp ?? at
    }))
    next.body.auto_fix_history = prevHistory.concat(added)
  } else {
    next.body.auto_fix_history = prevHistory.slice()
  }
  next.body = compactHistory(next.body, ctx.historyLimit ?? DEFAULT_HISTORY_LIMIT)
  return validateCapsule(next)
}

function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(update)'
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('')
}

/**
 * Validates a capsule update read from JSON (an action input or file). Throws `capsule.update`
 * naming the first bad field, e.g. `append_history[0].success: Invalid input: expected boolean`.
 */
export function parseUpdate(json: unknown): CapsuleUpdate {
  const r = capsuleUpdateSchema.safeParse(json)
  if (r.success) return r.data as CapsuleUpdate
  const issue = r.error.issues[0]
  const where = issue === undefined ? '(update)' : fieldName(issue.path)
  const why =
    issue?.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : (issue?.message ?? 'invalid')
  throw new HeeError('capsule.update', `capsule update is invalid: ${where}: ${why}`)
}
