/** The Slack channel: an incoming webhook carrying a Block Kit message. */
import type { IncomingWebhook, IncomingWebhookSendArguments } from '@slack/webhook'
import { HeeError } from '../errors.js'
import { redact, redactDeep, redactError } from '../security/redact.js'
import { slackText } from '../security/escape.js'
import type { Severity } from '../severity.js'
import { describeWhere } from './compose.js'
import type { Alert, Channel } from './types.js'

export interface SlackChannelConfig {
  /** The incoming webhook URL (a secret). */
  webhookUrl: string
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number
  /** Other secret values to keep out of messages. */
  knownSecrets?: string[]
}

/** A Block Kit block, as @slack/webhook types it. */
export type SlackBlock = NonNullable<IncomingWebhookSendArguments['blocks']>[number]

export interface SlackMessage {
  /** Fallback text for notifications. */
  text: string
  blocks: SlackBlock[]
}

const ICON: Record<Severity, string> = {
  critical: ':red_circle:',
  high: ':large_orange_circle:',
  medium: ':large_yellow_circle:',
  low: ':large_blue_circle:'
}

/** Text from a repository or run for Slack mrkdwn (see `slackText`). */
export const slackEscape = slackText

function cut(s: string, max: number): string {
  if (s.length <= max) return s
  const end = /[\ud800-\udbff]/.test(s[max - 2] ?? '') ? max - 2 : max - 1
  return `${s.slice(0, end)}…`
}

function icon(alert: Alert): string {
  return alert.kind === 'fixed' ? ':white_check_mark:' : alert.kind === 'token-expiry' ? ':key:' : ICON[alert.severity]
}

/** The Block Kit message for an alert (header, summary, fields, excerpt, context, run button). */
export function slackMessage(alert: Alert): SlackMessage {
  const fields: string[] = [`*Severity*\n${alert.severity}`, `*Workflow*\n${slackEscape(alert.workflow)}`]
  if (alert.patternName)
    fields.push(
      `*Pattern*\n${slackEscape(alert.patternName)}${alert.pattern ? ` (${slackEscape(alert.pattern)})` : ''}`
    )
  const where = describeWhere(alert.evidence)
  if (where) fields.push(`*Where*\n${slackEscape(where)}`)
  if (alert.since)
    fields.push(
      `*Since*\n${slackEscape(alert.since)}${alert.runs !== undefined ? ` (${alert.runs} run${alert.runs === 1 ? '' : 's'})` : ''}`
    )
  if (alert.repository) fields.push(`*Repository*\n${slackEscape(alert.repository)}`)

  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: cut(`${icon(alert)} ${alert.title}`, 150), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: cut(slackEscape(alert.summary), 3000) } },
    { type: 'section', fields: fields.slice(0, 10).map((text) => ({ type: 'mrkdwn', text: cut(text, 2000) })) }
  ]
  const excerpt = alert.evidence?.excerpt
  if (excerpt) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: cut(`\`\`\`${slackEscape(excerpt.replace(/```/g, '`\u200b``'))}\`\`\``, 3000) }
    })
  }
  blocks.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: cut(`*Next:* ${slackEscape(alert.nextStep)}`, 3000) }]
  })
  if (alert.runUrl && /^https?:\/\//.test(alert.runUrl)) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Open run' },
          url: cut(alert.runUrl, 3000),
          action_id: 'hee-open-run'
        }
      ]
    })
  }
  return { text: cut(slackEscape(`[HEE CI] ${alert.severity}: ${alert.title}`), 3000), blocks }
}

/** A Slack channel posting to an incoming webhook. */
export function slackChannel(config: SlackChannelConfig): Channel {
  let path = ''
  try {
    path = new URL(config.webhookUrl).pathname
  } catch {
    // An unparsable URL fails at send time with a redacted message.
  }
  const secrets = [config.webhookUrl, path.length > 1 ? path : undefined, ...(config.knownSecrets ?? [])].filter(
    (s): s is string => !!s
  )
  // @slack/webhook (and axios under it) loads with the first message, not with every start.
  let client:
    | Promise<{ webhook: IncomingWebhook; HttpError: typeof import('@slack/webhook').IncomingWebhookHTTPError }>
    | undefined
  const slack = () =>
    (client ??= import('@slack/webhook').then((m) => ({
      webhook: new m.IncomingWebhook(config.webhookUrl, { timeout: config.timeoutMs ?? 10_000 }),
      HttpError: m.IncomingWebhookHTTPError
    })))
  return {
    name: 'slack',
    async send(raw) {
      const message = redactDeep(slackMessage(redactDeep(raw, secrets)), secrets)
      const { webhook, HttpError } = await slack()
      try {
        await webhook.send(message)
      } catch (e) {
        const body =
          e instanceof HttpError && typeof e.body === 'string' && e.body ? ` (${cut(e.body.trim(), 200)})` : ''
        throw new HeeError('alerts.slack', redact(`Slack webhook failed: ${redactError(e, secrets)}${body}`, secrets))
      }
    }
  }
}
