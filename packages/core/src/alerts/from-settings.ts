/**
 * Builds the alert channels a user configured (action inputs or CLI flags), so the action
 * and the CLI offer the same channels with the same checks.
 */
import { ConfigurationError } from '../errors.js'
import { consoleChannel, type ConsoleSink } from './console.js'
import { emailChannel } from './email.js'
import type { EscalationMatrix } from './escalation.js'
import { githubIssueChannel, type GithubIssueChannel, type IssueWriter } from './github-issue.js'
import { slackChannel } from './slack.js'
import { smsChannel } from './sms.js'
import type { Channel, ChannelName } from './types.js'
import { webhookChannel } from './webhook.js'

export interface ChannelSettings {
  slackWebhookUrl?: string
  /** `smtp://user:pass@host:587` or `smtps://…:465`. */
  smtpUrl?: string
  emailFrom?: string
  emailTo?: string[]
  smsAccountSid?: string
  smsAuthToken?: string
  smsFrom?: string
  smsTo?: string[]
  /** Twilio-compatible API root (default Twilio's). */
  smsApiUrl?: string
  webhookUrl?: string
  webhookSecret?: string
  /** Open, update and close a GitHub issue per failing workflow and pattern. */
  githubIssues?: IssueWriter
}

export interface BuiltChannels {
  channels: Channel[]
  /** The GitHub issue channel, whose issue numbers go into the capsule. */
  issues?: GithubIssueChannel
  /** Every secret value in the settings, for redaction. */
  secrets: string[]
}

function smtpOf(url: string): { host: string; port?: number; secure: boolean; user?: string; password?: string } {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    throw new ConfigurationError('`smtp-url` is not a URL: expected smtp://user:password@host:port')
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') {
    throw new ConfigurationError('`smtp-url` must start with smtp:// or smtps://')
  }
  return {
    host: u.hostname,
    ...(u.port ? { port: Number(u.port) } : {}),
    secure: u.protocol === 'smtps:',
    ...(u.username ? { user: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {})
  }
}

/** The configured channels; console always comes first. */
export function buildChannels(s: ChannelSettings, sink: ConsoleSink, extraSecrets: string[] = []): BuiltChannels {
  const secrets = [s.slackWebhookUrl, s.smtpUrl, s.smsAuthToken, s.webhookUrl, s.webhookSecret, ...extraSecrets].filter(
    (v): v is string => typeof v === 'string' && v.length > 0
  )
  if (s.smtpUrl) {
    const pw = smtpOf(s.smtpUrl).password
    if (pw) secrets.push(pw)
  }
  const channels: Channel[] = [consoleChannel({ sink, knownSecrets: secrets })]
  if (s.slackWebhookUrl) channels.push(slackChannel({ webhookUrl: s.slackWebhookUrl, knownSecrets: secrets }))
  if (s.smtpUrl) {
    if (!s.emailFrom || !s.emailTo?.length)
      throw new ConfigurationError('`smtp-url` is set: `email-from` and `email-to` are needed too')
    const smtp = smtpOf(s.smtpUrl)
    channels.push(emailChannel({ ...smtp, from: s.emailFrom, to: s.emailTo, knownSecrets: secrets }))
  }
  if (s.smsAccountSid || s.smsAuthToken) {
    if (!s.smsAccountSid || !s.smsAuthToken || !s.smsFrom || !s.smsTo?.length) {
      throw new ConfigurationError('SMS needs `sms-account-sid`, `sms-auth-token`, `sms-from` and `sms-to`')
    }
    channels.push(
      smsChannel({
        accountSid: s.smsAccountSid,
        authToken: s.smsAuthToken,
        from: s.smsFrom,
        to: s.smsTo,
        ...(s.smsApiUrl ? { baseUrl: s.smsApiUrl } : {}),
        knownSecrets: secrets
      })
    )
  }
  if (s.webhookUrl) {
    if (!s.webhookSecret)
      throw new ConfigurationError('`webhook-url` is set: `webhook-secret` is needed to sign the body')
    channels.push(webhookChannel({ url: s.webhookUrl, secret: s.webhookSecret, knownSecrets: secrets }))
  }
  let issues: GithubIssueChannel | undefined
  if (s.githubIssues) {
    issues = githubIssueChannel({ github: s.githubIssues, knownSecrets: secrets })
    channels.push(issues)
  }
  return { channels, ...(issues ? { issues } : {}), secrets }
}

/**
 * Channels the user turned on that the matrix does not name (webhook, GitHub issues) are
 * added to every severity: configuring one means wanting it.
 */
export function withConfiguredExtras(matrix: EscalationMatrix, channels: readonly Channel[]): EscalationMatrix {
  const extras: ChannelName[] = channels.map((c) => c.name).filter((n) => n === 'webhook' || n === 'github-issue')
  if (extras.length === 0) return matrix
  const rules = { ...matrix.rules }
  for (const sev of Object.keys(rules) as Array<keyof typeof rules>) {
    rules[sev] = { ...rules[sev], channels: [...new Set([...rules[sev].channels, ...extras])] }
  }
  return { ...matrix, rules }
}
