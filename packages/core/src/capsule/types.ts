/**
 * The state capsule: the spec's schema as `body`, wrapped in an envelope that makes it
 * trustworthy between jobs (version, hash chain, signature). See DESIGN §2.
 */

export const CAPSULE_SCHEMA_ID = 'hee.capsule/v1'

export type CapsuleStatus = 'operational' | 'degraded' | 'failed' | 'maintenance'
export const CAPSULE_STATUSES: readonly CapsuleStatus[] = ['operational', 'degraded', 'failed', 'maintenance']

export interface HeeContext {
  state_capsule_version?: string
  decision_impact?: string
  context_preservation?: boolean
}

/** One entry of the spec's `auto_fix_history`. */
export interface AutoFixEntry {
  timestamp: string
  pattern_id: string
  success: boolean
  rollback?: boolean
  hee_context?: HeeContext
}

export interface CoverageMetrics {
  line?: number
  branch?: number
  function?: number
  integration?: number
  spec?: number
  prompt?: number
}

/** An open failure the monitor is tracking: one per workflow and pattern. */
export interface Incident {
  workflow: string
  pattern: string
  severity: string
  /** When the failure was first seen (ISO). */
  since: string
  first_run_id: number
  last_run_id: number
  /** Attempt of `last_run_id` that was counted (a re-run of the same run is a new attempt). */
  last_run_attempt?: number
  /** Runs in a row that showed this failure. */
  runs: number
  /** When an alert about it last went out (ISO), for re-alert windows. */
  last_alert_at?: string
  /** Issue number of the GitHub issue channel, when one is open. */
  issue_number?: number
}

export interface MonitoringState {
  last_run_id?: number
  current_status?: CapsuleStatus
  hee_specific?: { spec_coverage?: number; prompt_coverage?: number; decision_stability?: number }
  coverage_metrics?: CoverageMetrics
  // ---- HEE CI additions (optional; the spec's schema allows extra properties) ----
  /** When current_status was last changed (ISO). */
  status_since?: string
  consecutive_failures?: number
  /** Per-pattern counts of failures seen, kept across history compaction. */
  pattern_counts?: Record<string, number>
  /** Open incidents keyed by `${workflow}::${pattern}`. */
  incidents?: Record<string, Incident>
  /** Runs already counted, as `${run_id}:${run_attempt}` (bounded, newest last). */
  seen_jobs?: string[]
  /** One-off notices already sent (e.g. `token-expiry`) → when (ISO), so they are not repeated. */
  notices?: Record<string, string>
}

/** Counts kept when old `auto_fix_history` entries are compacted away. */
export interface HistorySummary {
  compacted_entries: number
  oldest_timestamp?: string
  by_pattern: Record<string, { attempts: number; successes: number; rollbacks: number }>
}

export interface CapsuleBody {
  monitoring_state: MonitoringState
  auto_fix_history: AutoFixEntry[]
  /** HEE CI addition: what compaction removed from `auto_fix_history`. */
  history_summary?: HistorySummary
}

export interface EncryptedBlock {
  alg: 'A256GCM'
  key_id: string
  /** JSON pointers (RFC 6901) into `body` of the fields that were encrypted. */
  fields: string[]
  /** base64 */
  iv: string
  /** base64 */
  tag: string
  /** base64 of AES-256-GCM ciphertext of the canonical JSON `{pointer: value, ...}` */
  ciphertext: string
}

export interface CapsuleSignature {
  alg: 'Ed25519' | 'HS256'
  key_id: string
  /** base64 */
  value: string
}

export interface Capsule {
  schema: typeof CAPSULE_SCHEMA_ID
  version: number
  previous_digest: string | null
  repository: string
  workflow: string
  run_id: number
  updated_at: string
  body: CapsuleBody
  encrypted?: EncryptedBlock
  signature?: CapsuleSignature
}

/** A typed change to a capsule; everything optional, merged in order. */
export interface CapsuleUpdate {
  status?: CapsuleStatus
  last_run_id?: number
  coverage_metrics?: CoverageMetrics
  hee_specific?: MonitoringState['hee_specific']
  /** Entries appended to auto_fix_history (timestamp defaults to now). */
  append_history?: Array<Omit<AutoFixEntry, 'timestamp'> & { timestamp?: string }>
  /** Shallow-merged into monitoring_state for the engine's own fields. */
  monitoring?: Pick<MonitoringState, 'consecutive_failures' | 'pattern_counts' | 'incidents' | 'seen_jobs' | 'notices'>
}
