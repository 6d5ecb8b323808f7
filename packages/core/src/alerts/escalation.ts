/**
 * The spec's Alert Escalation Matrix as configuration. "Response time" becomes the re-alert
 * window: a still-failing incident is not announced again inside it.
 */
import { z } from 'zod'
import { ConfigurationError } from '../errors.js'
import { SEVERITIES, atLeast, type Severity } from '../severity.js'
import { CHANNEL_NAMES, type ChannelName } from './types.js'

export interface EscalationRule {
  /** Channels this severity goes to, in delivery order. */
  channels: ChannelName[]
  /** The spec's response time, in ms (0 = immediate). */
  responseMs: number
  /** Minimum time between two alerts about the same open incident, in ms. */
  realertMs: number
}

export interface EscalationMatrix {
  rules: Record<Severity, EscalationRule>
  /** Alerts below this severity are not sent. */
  alertLevel: Severity
}

const MINUTE = 60_000

/** Immediate responses still wait this long before repeating themselves. */
export const DEFAULT_MINIMUM_REALERT_MS = 5 * MINUTE

const SPEC: Record<Severity, { channels: ChannelName[]; responseMs: number }> = {
  critical: { channels: ['console', 'email', 'slack', 'sms'], responseMs: 0 },
  high: { channels: ['console', 'email', 'slack'], responseMs: 5 * MINUTE },
  medium: { channels: ['console', 'email'], responseMs: 15 * MINUTE },
  low: { channels: ['console'], responseMs: 60 * MINUTE }
}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: MINUTE, min: MINUTE, h: 60 * MINUTE, d: 24 * 60 * MINUTE }
const DURATION_RE = /^(\d{1,9})\s?(ms|s|m|min|h|d)$/

/** Parses `immediate`, `0`, `90s`, `5m`, `15min`, `1h`, `2d`; a number is milliseconds. */
export function parseDuration(v: string | number): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? v : undefined
  const s = v.trim().toLowerCase()
  if (s === 'immediate' || s === '0') return 0
  const m = DURATION_RE.exec(s)
  return m ? Number(m[1]) * UNITS[m[2]!]! : undefined
}

const durationSchema = z.union([z.number(), z.string()]).refine((v) => parseDuration(v) !== undefined, {
  error: 'expected a duration such as "immediate", "90s", "5m" or "1h", or a number of milliseconds'
})

const ruleSchema = z.strictObject({
  /** Replaces the spec's channels for this severity. */
  channels: z.array(z.enum(CHANNEL_NAMES as [ChannelName, ...ChannelName[]])).optional(),
  /** Opt-in channels added to the spec's ones. */
  extraChannels: z.array(z.enum(['github-issue', 'webhook'])).optional(),
  /** Re-alert window (default: the spec's response time). */
  realert: durationSchema.optional()
})

export const escalationConfigSchema = z.strictObject({
  alertLevel: z.enum(SEVERITIES as [Severity, ...Severity[]]).optional(),
  /** Lower bound for every re-alert window (default 5m). */
  minimumRealert: durationSchema.optional(),
  critical: ruleSchema.optional(),
  high: ruleSchema.optional(),
  medium: ruleSchema.optional(),
  low: ruleSchema.optional()
})

export type EscalationConfig = z.input<typeof escalationConfigSchema>

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('')
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((i) => {
      if (i.code === 'unrecognized_keys') {
        const at = pathOf(i.path)
        return i.keys.map((k) => `${at ? `${at}.` : ''}${k}: unknown key`).join('; ')
      }
      return `${pathOf(i.path) || '(root)'}: ${i.message}`
    })
    .join('; ')
}

/**
 * The escalation matrix: the spec's defaults with `config` applied. Throws a
 * ConfigurationError naming the offending key when `config` is not valid.
 */
export function buildMatrix(config: unknown = {}): EscalationMatrix {
  const parsed = escalationConfigSchema.safeParse(config ?? {})
  if (!parsed.success) {
    throw new ConfigurationError(`Invalid alert escalation config: ${describeIssues(parsed.error.issues)}`, {
      hint: 'keys: alertLevel, minimumRealert, and per severity (critical, high, medium, low): channels, extraChannels, realert'
    })
  }
  const cfg = parsed.data
  const minimum = cfg.minimumRealert === undefined ? DEFAULT_MINIMUM_REALERT_MS : parseDuration(cfg.minimumRealert)!
  const rules = {} as Record<Severity, EscalationRule>
  for (const sev of SEVERITIES) {
    const over = cfg[sev] ?? {}
    const base = SPEC[sev]
    const channels = [...new Set<ChannelName>([...(over.channels ?? base.channels), ...(over.extraChannels ?? [])])]
    const window = over.realert === undefined ? base.responseMs : parseDuration(over.realert)!
    rules[sev] = { channels, responseMs: base.responseMs, realertMs: Math.max(window, minimum) }
  }
  return { rules, alertLevel: cfg.alertLevel ?? 'low' }
}

/** The spec's matrix, unchanged. */
export const DEFAULT_MATRIX: EscalationMatrix = buildMatrix()

/** Channels the matrix sends a `severity` alert to. */
export function channelsFor(matrix: EscalationMatrix, severity: Severity): readonly ChannelName[] {
  return matrix.rules[severity].channels
}

/** Re-alert window for `severity`, in ms. */
export function realertWindowMs(matrix: EscalationMatrix, severity: Severity): number {
  return matrix.rules[severity].realertMs
}

/** True when an alert of `severity` passes the `alertLevel` filter. */
export function passesLevel(severity: Severity, alertLevel: Severity): boolean {
  return atLeast(severity, alertLevel)
}
