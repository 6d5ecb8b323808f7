import type { Severity } from '../severity.js'

export type AlertKind = 'broke' | 'still-failing' | 'fixed' | 'token-expiry'

export type ChannelName = 'console' | 'slack' | 'email' | 'sms' | 'webhook' | 'github-issue'

export const CHANNEL_NAMES: readonly ChannelName[] = ['console', 'slack', 'email', 'sms', 'webhook', 'github-issue']

/** Where the evidence of a failure is. */
export interface AlertEvidence {
  /** Source file named by the failing tool, when the log says which. */
  file?: string
  /** Line in `file` when it is known, otherwise the line of the log. */
  line?: number
  /** Line of the job log the finding came from. */
  logLine?: number
  /** A few lines of the log (already redacted when built by `trackIncidents`). */
  excerpt?: string
  step?: string
  job?: string
}

/** One thing a person should hear about. Channels render it; they never add facts to it. */
export interface Alert {
  kind: AlertKind
  severity: Severity
  /** `owner/name`; empty when the caller did not say. */
  repository: string
  workflow: string
  /** Branch of the runs it is about (`owner/fork:branch` for a fork's), when known. */
  branch?: string
  /** Set for a fork's run: where its head commit comes from. */
  fork?: string
  /** Pattern id, e.g. `PAT-002`. */
  pattern?: string
  /** Pattern name, e.g. `Test failure`. */
  patternName?: string
  title: string
  /** Plain text, one paragraph. */
  summary: string
  runId?: number
  runUrl?: string
  /** Runs in a row that showed this failure. */
  runs?: number
  /** When the failure was first seen (ISO). */
  since?: string
  evidence?: AlertEvidence
  /** What happens next, or what the reader should do. */
  nextStep: string
  /** GitHub issue already tracking this incident, if any (from `Incident.issue_number`). */
  issueNumber?: number
}

/** A place alerts go. `send` rejects when delivery failed; the error text is already redacted. */
export interface Channel {
  name: ChannelName
  send(alert: Alert): Promise<void>
  /**
   * Caps on work the channel reached while sending (`limit reached: …` notes, e.g. an issue
   * search stopped at max-pages), handed over once: the monitor reports them with its own.
   */
  takeNotes?(): string[]
}
