import { z } from 'zod'
import { HeeError } from '../errors.js'
import { chainDigest } from './canonical.js'
import { DEFAULT_HISTORY_LIMIT, compactHistory } from './history.js'
import { INITIAL_STATUS, assertTransition } from './state-machine.js'
import { CAPSULE_SCHEMA_ID, CAPSULE_STATUSES } from './types.js'
import type { AutoFixEntry, Capsule, CapsuleUpdate } from './types.js'
import { markFreshlyBuilt, validateCapsule } from './validate.js'

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
  return markFreshlyBuilt(c)
}

/** Context of one update: the clock and the run doing it. */
export interface UpdateContext {
  now: Date
  runId?: number
  workflow?: string
  /** Entries of auto_fix_history kept in full (default {@link DEFAULT_HISTORY_LIMIT}). */
  historyLimit?: number
  /**
   * Digest of `prev` as stored, when `prev` was changed after loading (e.g. decrypted) and is not
   * the object openCapsule returned. Normally leave it out.
   */
  previousDigest?: string
}

/**
 * Builds the next capsule from `prev` and `update`; `prev` is never mutated. The result is
 * unsigned: version + 1, chained to `prev`, status moved only along the state diagram
 * (`status_since` changes only when the status does), history appended then compacted,
 * metrics and `monitoring` merged, the encrypted block carried forward, and schema-checked.
 * The history entry objects are shared with `prev`, not copied: treat them as read-only.
 */
export function applyUpdate(prev: Capsule, update: CapsuleUpdate, ctx: UpdateContext): Capsule {
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
    previous_digest: ctx.previousDigest ?? chainDigest(prev),
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
  return markFreshlyBuilt(validateCapsule(next))
}

const iso = z.iso.datetime({ offset: true })
const count = z.number().int().nonnegative()
const percent = z.number().min(0).max(100)

const incidentSchema = z.strictObject({
  workflow: z.string(),
  pattern: z.string(),
  severity: z.enum(['critical', 'high', 'medium', 'low']),
  since: iso,
  first_run_id: z.number().int(),
  last_run_id: z.number().int(),
  last_run_attempt: z.number().int().positive().optional(),
  runs: count,
  last_alert_at: iso.optional(),
  issue_number: z.number().int().positive().optional()
})

/** zod schema of {@link CapsuleUpdate}; strict, so a misspelt field is reported, not ignored. */
export const capsuleUpdateSchema = z.strictObject({
  status: z.enum(CAPSULE_STATUSES as [string, ...string[]]).optional(),
  last_run_id: z.number().int().optional(),
  coverage_metrics: z
    .strictObject({
      line: z.number().optional(),
      branch: z.number().optional(),
      function: z.number().optional(),
      integration: z.number().optional(),
      spec: z.number().optional(),
      prompt: z.number().optional()
    })
    .optional(),
  hee_specific: z
    .strictObject({
      spec_coverage: percent.optional(),
      prompt_coverage: percent.optional(),
      decision_stability: percent.optional()
    })
    .optional(),
  append_history: z
    .array(
      z.strictObject({
        timestamp: iso.optional(),
        pattern_id: z.string().min(1),
        success: z.boolean(),
        rollback: z.boolean().optional(),
        hee_context: z
          .strictObject({
            state_capsule_version: z.string().optional(),
            decision_impact: z.string().optional(),
            context_preservation: z.boolean().optional()
          })
          .optional()
      })
    )
    .optional(),
  monitoring: z
    .strictObject({
      consecutive_failures: count.optional(),
      pattern_counts: z.record(z.string(), count).optional(),
      incidents: z.record(z.string(), incidentSchema).optional(),
      seen_jobs: z.array(z.string()).optional(),
      notices: z.record(z.string(), z.iso.datetime()).optional()
    })
    .optional()
})

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
