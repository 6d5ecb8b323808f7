/** The email channel: SMTP through nodemailer, plain text plus a simple HTML part. */
import type { Transporter } from 'nodemailer'
import { HeeError } from '../errors.js'
import { redact, redactDeep, redactError } from '../security/redact.js'
import { htmlText } from '../security/escape.js'
import { describeWhere } from './compose.js'
import type { Alert, Channel } from './types.js'

export interface EmailChannelConfig {
  host: string
  /** Default 587, or 465 when `secure`. */
  port?: number
  /** TLS from the first byte (port 465). Otherwise STARTTLS is used when the server offers it. */
  secure?: boolean
  /** Refuse to send unless STARTTLS succeeds. */
  requireTLS?: boolean
  user?: string
  password?: string
  from: string
  to: string | string[]
  /** Connection, greeting and socket timeout (default 15 s). */
  timeoutMs?: number
  /** Accept self-signed server certificates (test servers only). */
  allowInvalidCertificates?: boolean
  knownSecrets?: string[]
}

/** `[HEE CI] <severity> <kind>: <workflow> — <pattern name>` on one line. */
export function emailSubject(alert: Alert): string {
  const name = alert.patternName ?? (alert.kind === 'token-expiry' ? alert.title : undefined)
  return `[HEE CI] ${alert.severity} ${alert.kind}: ${alert.workflow}${name ? ` — ${name}` : ''}`.replace(
    /[\r\n\t]+/g,
    ' '
  )
}

/** Plain-text body: title, summary, the facts, next step, excerpt. */
export function emailText(alert: Alert): string {
  const lines = [alert.title, '', alert.summary, '']
  if (alert.patternName)
    lines.push(`What:  ${alert.patternName}${alert.pattern ? ` (${alert.pattern})` : ''}, severity ${alert.severity}`)
  const where = describeWhere(alert.evidence)
  if (where) lines.push(`Where: ${where}`)
  if (alert.since) lines.push(`Since: ${alert.since}${alert.runs !== undefined ? ` (${runsText(alert.runs)})` : ''}`)
  if (alert.runUrl) lines.push(`Run:   ${alert.runUrl}`)
  lines.push(`Next:  ${alert.nextStep}`)
  if (alert.evidence?.excerpt)
    lines.push('', 'Log excerpt:', ...alert.evidence.excerpt.split(/\r?\n/).map((l) => `    ${l}`))
  lines.push('', `-- HEE CI${alert.repository ? ` · ${alert.repository}` : ''}`)
  return `${lines.join('\n')}\n`
}

function runsText(n: number): string {
  return `${n} run${n === 1 ? '' : 's'} in a row`
}

const esc = htmlText

/** HTML body with the same content as `emailText`, no external resources. */
export function emailHtml(alert: Alert): string {
  const rows: Array<[string, string]> = []
  if (alert.patternName)
    rows.push([
      'What',
      `${esc(alert.patternName)}${alert.pattern ? ` (${esc(alert.pattern)})` : ''}, severity ${esc(alert.severity)}`
    ])
  const where = describeWhere(alert.evidence)
  if (where) rows.push(['Where', esc(where)])
  if (alert.since)
    rows.push(['Since', `${esc(alert.since)}${alert.runs !== undefined ? ` (${runsText(alert.runs)})` : ''}`])
  if (alert.runUrl && /^https?:\/\//.test(alert.runUrl))
    rows.push(['Run', `<a href="${esc(alert.runUrl)}">${esc(alert.runUrl)}</a>`])
  rows.push(['Next', esc(alert.nextStep)])
  const table = rows.map(([k, v]) => `<tr><th align="left" valign="top">${k}</th><td>${v}</td></tr>`).join('')
  const excerpt = alert.evidence?.excerpt
    ? `<pre style="background:#f6f8fa;padding:8px">${esc(alert.evidence.excerpt)}</pre>`
    : ''
  return `<!doctype html><html><body><h2>${esc(alert.title)}</h2><p>${esc(alert.summary)}</p><table>${table}</table>${excerpt}<p style="color:#666">HEE CI${alert.repository ? ` · ${esc(alert.repository)}` : ''}</p></body></html>`
}

/** An email channel sending through one SMTP server. */
export function emailChannel(config: EmailChannelConfig): Channel {
  const secrets = [config.password, ...(config.knownSecrets ?? [])].filter((s): s is string => !!s)
  const timeout = config.timeoutMs ?? 15_000
  // nodemailer loads when the first email goes out, not with every monitor start.
  let transporter: Promise<Transporter> | undefined
  const transport = () => (transporter ??= import('nodemailer').then((m) => m.default.createTransport(options)))
  const options = {
    host: config.host,
    port: config.port ?? (config.secure ? 465 : 587),
    secure: config.secure ?? false,
    requireTLS: config.requireTLS ?? false,
    ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    ...(config.allowInvalidCertificates ? { tls: { rejectUnauthorized: false } } : {}),
    logger: false
  }
  return {
    name: 'email',
    async send(raw) {
      const alert = redactDeep(raw, secrets)
      try {
        await (
          await transport()
        ).sendMail({
          from: config.from,
          to: config.to,
          subject: redact(emailSubject(alert), secrets),
          text: redact(emailText(alert), secrets),
          html: redact(emailHtml(alert), secrets)
        })
      } catch (e) {
        throw new HeeError('alerts.email', `Email via ${config.host} failed: ${redactError(e, secrets)}`)
      }
    }
  }
}
