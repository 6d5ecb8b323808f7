/** The SMS channel: Twilio's (or a compatible provider's) Messages REST endpoint. */
import { HeeError } from '../errors.js'
import { redact, redactDeep, redactError } from '../security/redact.js'
import type { Alert, Channel } from './types.js'

export const TWILIO_API_BASE = 'https://api.twilio.com'

/** Two SMS segments: enough for what/where/link, short enough to read on a lock screen. */
export const SMS_MAX_CHARS = 320

export interface SmsChannelConfig {
  accountSid: string
  authToken: string
  from: string
  /** One message is sent per number. */
  to: string | string[]
  /** Default `https://api.twilio.com`. */
  baseUrl?: string
  timeoutMs?: number
  knownSecrets?: string[]
}

/** Cuts `s` to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s
  let end = max - 1
  if (/[\ud800-\udbff]/.test(s[end - 1] ?? '')) end -= 1
  return `${s.slice(0, end)}…`
}

/** The SMS text (≤ 320 chars): severity, kind, title, where, and the run link kept whole. */
export function smsBody(alert: Alert): string {
  const head = `[HEE CI] ${alert.severity.toUpperCase()}: ${alert.title}`
  const where = alert.evidence?.file
    ? ` at ${alert.evidence.file}${alert.evidence.line !== undefined ? `:${alert.evidence.line}` : ''}`
    : ''
  const link = alert.runUrl && alert.runUrl.length <= 120 ? ` ${alert.runUrl}` : ''
  const text = `${head}${where}.${alert.repository ? ` ${alert.repository}.` : ''}`.replace(/\s+/g, ' ')
  return `${cut(text, SMS_MAX_CHARS - link.length)}${link}`
}

/** An SMS channel posting to `{baseUrl}/2010-04-01/Accounts/{sid}/Messages.json`. */
export function smsChannel(config: SmsChannelConfig): Channel {
  const secrets = [config.authToken, ...(config.knownSecrets ?? [])]
  const base = (config.baseUrl ?? TWILIO_API_BASE).replace(/\/+$/, '')
  const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`
  const auth = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`
  secrets.push(auth.slice('Basic '.length))
  const recipients = Array.isArray(config.to) ? config.to : [config.to]
  let host = base
  try {
    host = new URL(base).host
  } catch {
    // fetch reports the bad URL per recipient.
  }
  return {
    name: 'sms',
    async send(raw) {
      const body = redact(smsBody(redactDeep(raw, secrets)), secrets)
      const failures: string[] = []
      for (const to of recipients) {
        const form = new URLSearchParams({ To: to, From: config.from, Body: body })
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: {
              authorization: auth,
              'content-type': 'application/x-www-form-urlencoded',
              accept: 'application/json'
            },
            body: form.toString(),
            redirect: 'error',
            signal: AbortSignal.timeout(config.timeoutMs ?? 10_000)
          })
          const text = await res.text()
          if (!res.ok) {
            let detail = ''
            try {
              const j = JSON.parse(text) as { message?: unknown; code?: unknown }
              detail =
                typeof j.message === 'string'
                  ? `: ${j.message}${j.code !== undefined ? ` (code ${String(j.code)})` : ''}`
                  : ''
            } catch {
              // Not JSON: the status says enough.
            }
            failures.push(`HTTP ${res.status}${detail.slice(0, 300)}`)
          }
        } catch (e) {
          failures.push(redactError(e, secrets))
        }
      }
      if (failures.length)
        throw new HeeError('alerts.sms', redact(`SMS via ${host} failed: ${failures.join('; ')}`, secrets))
    }
  }
}
