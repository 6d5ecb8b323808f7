/**
 * The capsule's shapes, defined once. The JSON Schema (`schema.ts`, via `z.toJSONSchema`), the
 * TypeScript types (`types.ts`, via `z.output`) and the update validator (`update.ts`) are all
 * derived from these definitions, so they cannot drift apart. The body follows the spec's
 * "HEE State Capsule Structure" field for field (a test holds the derived schema to the spec's
 * text); our additions are optional, and the envelope of DESIGN §2 wraps it.
 *
 * Objects of the body are `z.object`: the JSON Schema is derived for input, where they stay
 * open to extra properties as the spec's schema is. The envelope is closed (`z.strictObject`).
 */
import { z } from 'zod'
import { isDateTime } from './date-time.js'

export const CAPSULE_SCHEMA_ID = 'hee.capsule/v1'
export const CAPSULE_STATUSES = ['operational', 'degraded', 'failed', 'maintenance'] as const
const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const

/**
 * RFC 3339 `date-time`: `format: date-time` in the JSON Schema (ajv checks it with
 * `isDateTime`), and the same check for zod, so the capsule and its updates agree.
 */
export const dateTime = z
  .string()
  .refine(isDateTime, { error: 'must be an RFC 3339 date-time, e.g. 2024-05-01T12:00:00Z' })
  .meta({ format: 'date-time' })
const count = z.int().min(0)
const percent = z.number().min(0).max(100)

// ---- the spec's body ----------------------------------------------------------------------

export const heeSpecificShape = {
  spec_coverage: percent.optional(),
  prompt_coverage: percent.optional(),
  decision_stability: percent.optional()
}

export const coverageMetricsShape = {
  line: z.number().optional(),
  branch: z.number().optional(),
  function: z.number().optional(),
  integration: z.number().optional(),
  spec: z.number().optional(),
  prompt: z.number().optional()
}

export const heeContextShape = {
  state_capsule_version: z.string().optional(),
  decision_impact: z.string().optional(),
  context_preservation: z.boolean().optional()
}

/**
 * One entry of the spec's `auto_fix_history`. Tighter than the spec in one way: timestamp,
 * pattern_id and success are required, because compaction and the report count by them.
 */
export const autoFixEntryShape = {
  timestamp: dateTime,
  pattern_id: z.string(),
  success: z.boolean(),
  rollback: z.boolean().optional(),
  hee_context: z.object(heeContextShape).optional(),
  // Ours: what the attempt did, for the report and the loop guard's budget.
  /** The strategy that ran (e.g. `eslint-fix`), null when none applied. */
  strategy: z.string().nullable().optional(),
  /** fixed, rolled-back, skipped, report-only, refused. */
  outcome: z.string().optional(),
  /** One sentence: why it was skipped, rolled back, refused or only reported. */
  reason: z.string().optional(),
  duration_ms: count.optional(),
  files_changed: count.optional(),
  lines_changed: count.optional(),
  /** The commands that proved (or failed to prove) the fix, and their results. */
  validations: z.array(z.object({ command: z.string(), code: z.int(), passed: z.boolean() })).optional(),
  /** The fix commit. */
  commit: z.string().optional(),
  /** The pull request (or issue, for a report) the fix was delivered as. */
  pr_url: z.string().optional(),
  /** The branch the failure was on and its head commit: the loop guard counts attempts per branch. */
  branch: z.string().optional(),
  head_sha: z.string().optional()
}

// ---- our additions to monitoring_state ------------------------------------------------------

/** An open failure the monitor is tracking: one per workflow and pattern. */
export const incidentShape = {
  workflow: z.string(),
  pattern: z.string(),
  /** The branch whose runs opened it (`owner/fork:branch` for a fork's); absent in capsules written before branches. */
  branch: z.string().optional(),
  severity: z.enum(SEVERITIES),
  /** When the failure was first seen. */
  since: dateTime,
  first_run_id: z.int(),
  last_run_id: z.int(),
  /** Attempt of `last_run_id` that was counted (a re-run of the same run is a new attempt). */
  last_run_attempt: z.int().min(1).optional(),
  /** Runs in a row that showed this failure. */
  runs: count,
  /** When an alert about it last went out, for re-alert windows. */
  last_alert_at: dateTime.optional(),
  /** Issue number of the GitHub issue channel, when one is open. */
  issue_number: z.int().min(1).optional()
}

/** Failed jobs whose last-green baseline the capsule remembers (the most recently used ones). */
export const MAX_BASELINE_ENTRIES = 8
/** Line keys remembered per failed job: its evidence lines that the passing run printed too. */
export const MAX_BASELINE_KEYS = 64

/**
 * What the last green run told about one failed job at one commit: the keys (see the
 * diagnosis' `baselineKey`) of the failed log's evidence lines that the passing log printed
 * too. The same job at the same commit is read again with them, without asking for the log.
 */
export const baselineEntryShape = {
  /** The failed job's name. */
  job: z.string(),
  /** The failed run's head commit. */
  sha: z.string(),
  /** The passing run read; absent when the branch had no passing run of that job. */
  run_id: z.int().optional(),
  keys: z.array(z.int().min(0)).max(MAX_BASELINE_KEYS)
}

/** The engines' own fields of monitoring_state, which a typed update may set. */
export const monitoringFieldsShape = {
  consecutive_failures: count.optional(),
  /** Per-pattern counts of failures seen, kept across history compaction. */
  pattern_counts: z.record(z.string(), count).optional(),
  /** Open incidents keyed by `${workflow}::${pattern}::${branch}`. */
  incidents: z.record(z.string(), z.object(incidentShape)).optional(),
  /** Runs already counted, as `${run_id}:${run_attempt}` (bounded, newest last). */
  seen_jobs: z.array(z.string()).optional(),
  /** One-off notices already sent (e.g. `token-expiry`) → when, so they are not repeated. */
  notices: z.record(z.string(), dateTime).optional(),
  /** Coverage figures of the last runs, oldest first (bounded): the trend the summary shows. */
  coverage_trend: z
    .array(
      z.object({
        at: dateTime,
        run_id: z.int().optional(),
        hee_total: z.number().nullable(),
        metrics: z.record(z.string(), z.number().nullable())
      })
    )
    .max(50)
    .optional(),
  /** Last-green baselines by failed job and commit (bounded, least recently used first). */
  baselines: z.array(z.object(baselineEntryShape)).max(MAX_BASELINE_ENTRIES).optional()
}

export const monitoringStateSchema = z.object({
  // The spec's fields.
  last_run_id: z.int().optional(),
  current_status: z.enum(CAPSULE_STATUSES).optional(),
  hee_specific: z.object(heeSpecificShape).optional(),
  coverage_metrics: z.object(coverageMetricsShape).optional(),
  // Ours.
  /** When current_status was last changed. */
  status_since: dateTime.optional(),
  ...monitoringFieldsShape
})

const patternTotals = z.object({ attempts: count, successes: count, rollbacks: count })

/** What compaction removed from `auto_fix_history`. */
export const historySummarySchema = z.object({
  compacted_entries: count,
  oldest_timestamp: dateTime.optional(),
  by_pattern: z.record(z.string(), patternTotals)
})

/** The spec's body, with monitoring_state and auto_fix_history required. */
export const capsuleBodySchema = z.object({
  monitoring_state: monitoringStateSchema,
  auto_fix_history: z.array(z.object(autoFixEntryShape)),
  history_summary: historySummarySchema.optional()
})

// ---- the envelope ---------------------------------------------------------------------------

const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
/** RFC 6901 pointer, non-empty: "/" followed by reference tokens where "~" is escaped. */
const JSON_POINTER = /^(\/([^~/]|~[01])*)+$/
const KEY_ID = /^[0-9a-f]{16}$/
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/

/** AES-256-GCM over the canonical JSON `{pointer: value, …}` of the sensitive fields. */
export const encryptedBlockSchema = z.strictObject({
  alg: z.literal('A256GCM'),
  key_id: z.string().regex(KEY_ID),
  /** JSON pointers (RFC 6901) into `body` of the fields that were encrypted. */
  fields: z
    .array(z.string().regex(JSON_POINTER))
    .min(1)
    .refine((f) => new Set(f).size === f.length, { error: 'must not repeat a field' })
    .meta({ uniqueItems: true }),
  iv: z.string().regex(BASE64).length(16),
  tag: z.string().regex(BASE64).length(24),
  ciphertext: z.string().regex(BASE64)
})

export const capsuleSignatureSchema = z.strictObject({
  alg: z.enum(['Ed25519', 'HS256']),
  key_id: z.string().regex(KEY_ID),
  value: z.string().regex(BASE64).min(1)
})

/** The whole capsule: the envelope of DESIGN §2 around the spec's body. */
export const capsuleSchema = z.strictObject({
  schema: z.literal(CAPSULE_SCHEMA_ID),
  /** +1 on every update; loads refuse to go backwards. */
  version: z.int().min(1),
  /** Digest of the previous version: a hash chain over history (null for version 1). */
  previous_digest: z.string().regex(SHA256_DIGEST).nullable(),
  repository: z.string().regex(REPOSITORY),
  workflow: z.string().min(1),
  run_id: z.int().min(0),
  updated_at: dateTime,
  body: capsuleBodySchema,
  encrypted: encryptedBlockSchema.optional(),
  signature: capsuleSignatureSchema.optional()
})

// ---- updates ----------------------------------------------------------------------------------

/**
 * A typed change to a capsule; everything optional, merged in order. Strict at every level,
 * so a misspelt field is reported, not ignored.
 */
export const capsuleUpdateSchema = z.strictObject({
  status: z.enum(CAPSULE_STATUSES).optional(),
  last_run_id: z.int().optional(),
  coverage_metrics: z.strictObject(coverageMetricsShape).optional(),
  hee_specific: z.strictObject(heeSpecificShape).optional(),
  /** Entries appended to auto_fix_history (timestamp defaults to now). */
  append_history: z
    .array(
      z.strictObject({
        ...autoFixEntryShape,
        timestamp: dateTime.optional(),
        pattern_id: z.string().min(1),
        hee_context: z.strictObject(heeContextShape).optional()
      })
    )
    .optional(),
  /** Shallow-merged into monitoring_state for the engine's own fields. */
  monitoring: z
    .strictObject({
      ...monitoringFieldsShape,
      incidents: z.record(z.string(), z.strictObject(incidentShape)).optional()
    })
    .optional()
})
