/**
 * The words of an alert: title, one-paragraph summary and next step, built from an incident
 * and its evidence. Kept apart from the state logic so channels and tests share one wording.
 */
import { DEFAULT_PATTERNS } from '../diagnosis/default-patterns.js'
import type { Severity } from '../severity.js'
import type { Alert, AlertEvidence, AlertKind } from './types.js'

/** Names of the built-in patterns (DESIGN §3), used when a caller gives none: the catalogue's own. */
export const PATTERN_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  DEFAULT_PATTERNS.map((p) => [p.id, p.name])
)

const FIX_HINTS: Readonly<Record<string, string>> = {
  'PAT-001': 'Fix the compile error at the evidence line and push',
  'PAT-002': 'Run the failing test locally, fix the test or the code it covers, and push',
  'PAT-003': 'Upgrade or replace the vulnerable dependency (security fixes are never applied automatically)',
  'PAT-004': 'Fix the license finding or add the missing header, and push',
  'PAT-005': 'Find the slow or hung step; raise timeout-minutes only if the work really grew',
  'PAT-006': 'Install the missing tool or dependency, or repair the lockfile, and push',
  'PAT-007': 'Run the linter or formatter locally and commit the result',
  'PAT-008': 'Re-run the job; if it keeps happening, check the service it talks to'
}

/** Human form of a duration: `immediately`, `90 s`, `5 min`, `1 h`. */
export function humanDuration(ms: number): string {
  if (ms <= 0) return 'immediately'
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`
  const h = ms / 3_600_000
  return `${Number.isInteger(h) ? h : h.toFixed(1)} h`
}

/** `job test › step Run tests › src/a.ts:12`, or undefined when nothing is known. */
export function describeWhere(e: AlertEvidence | undefined): string | undefined {
  if (!e) return undefined
  const parts: string[] = []
  if (e.job) parts.push(`job ${e.job}`)
  if (e.step) parts.push(`step ${e.step}`)
  if (e.file) parts.push(e.line !== undefined ? `${e.file}:${e.line}` : e.file)
  else if (e.logLine !== undefined) parts.push(`log line ${e.logLine}`)
  return parts.length ? parts.join(' › ') : undefined
}

export interface ComposeInput {
  kind: Exclude<AlertKind, 'token-expiry'>
  severity: Severity
  repository: string
  workflow: string
  /** Branch of the run (`owner/fork:branch` for a fork's). */
  branch?: string
  pattern: string
  patternName: string
  runId: number
  runUrl?: string
  runs: number
  since: string
  evidence?: AlertEvidence
  /** Re-alert window of this severity, for the next-step line. */
  realertMs: number
  issueNumber?: number
}

/** Builds the alert about one incident. */
export function composeAlert(c: ComposeInput): Alert {
  const where = describeWhere(c.evidence)
  const what = `${c.patternName} (${c.pattern}, ${c.severity})`
  const wf = (c.repository ? `${c.workflow} in ${c.repository}` : c.workflow) + (c.branch ? ` on ${c.branch}` : '')
  let title: string
  let summary: string
  let nextStep: string
  const reminder = `HEE CI reminds ${c.realertMs > 0 ? `at most every ${humanDuration(c.realertMs)}` : 'on every run'} while it keeps failing and reports when it passes.`
  switch (c.kind) {
    case 'broke':
      title = `${c.workflow} broke: ${c.patternName}`
      summary = `Workflow ${wf} started failing in run ${c.runId} with ${what}${where ? ` at ${where}` : ''}.`
      nextStep = `${FIX_HINTS[c.pattern] ?? 'Open the run log at the evidence line and fix the cause'}. ${reminder}`
      break
    case 'still-failing':
      title = `${c.workflow} still failing: ${c.patternName} (${c.runs} runs)`
      summary = `Workflow ${wf} has shown ${what} in ${c.runs} runs in a row since ${c.since}; the latest is run ${c.runId}${where ? `, at ${where}` : ''}.`
      nextStep = `${FIX_HINTS[c.pattern] ?? 'Open the run log at the evidence line and fix the cause'}. ${reminder}`
      break
    case 'fixed':
      title = `${c.workflow} fixed: ${c.patternName}`
      summary = `Workflow ${wf} passed in run ${c.runId}; ${what} had failed ${c.runs} run${c.runs === 1 ? '' : 's'} in a row since ${c.since}.`
      nextStep = 'Nothing to do; the incident is closed.'
      break
  }
  return {
    kind: c.kind,
    severity: c.severity,
    repository: c.repository,
    workflow: c.workflow,
    ...(c.branch !== undefined ? { branch: c.branch } : {}),
    pattern: c.pattern,
    patternName: c.patternName,
    title,
    summary,
    runId: c.runId,
    ...(c.runUrl ? { runUrl: c.runUrl } : {}),
    runs: c.runs,
    since: c.since,
    ...(c.evidence ? { evidence: c.evidence } : {}),
    nextStep,
    ...(c.issueNumber !== undefined ? { issueNumber: c.issueNumber } : {})
  }
}

export interface TokenExpiryInput {
  repository: string
  workflow: string
  /** Which credential, e.g. `HEE_GITHUB_TOKEN`. Never its value. */
  tokenName: string
  /** ISO time it expires or expired. */
  expiresAt: string
  now: Date
  severity?: Severity
}

/** An alert that a credential HEE CI uses expires soon or has expired. */
export function tokenExpiryAlert(t: TokenExpiryInput): Alert {
  const expired = Date.parse(t.expiresAt) <= t.now.getTime()
  const when = expired ? `expired at ${t.expiresAt}` : `expires at ${t.expiresAt}`
  return {
    kind: 'token-expiry',
    severity: t.severity ?? (expired ? 'critical' : 'high'),
    repository: t.repository,
    workflow: t.workflow,
    title: `${t.tokenName} ${expired ? 'expired' : 'expires soon'}`,
    summary: `The credential ${t.tokenName} used by HEE CI for ${t.repository || t.workflow} ${when}; monitoring stops working without it.`,
    nextStep: `Create a new token with the same permissions and update the ${t.tokenName} secret.`
  }
}
