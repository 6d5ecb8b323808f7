/**
 * The generic webhook channel: the alert as JSON, signed like GitHub's webhooks so the
 * receiver can check it came from us (`X-Hee-Signature-256: sha256=<hex HMAC of the body>`).
 * Names and log text come from a repository or run: in the body no `@` mention is live and no
 * `<`, `>` or `&` appears unescaped (see `inertJson`), and `markdown` is the alert already
 * escaped for a Markdown renderer (a chat or an issue tracker the receiver forwards to).
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'
import { HeeError } from '../errors.js'
import { inertJson } from '../security/escape.js'
import { redactDeep, redactError, redact } from '../security/redact.js'
import { alertMarkdown } from './console.js'
import type { Channel } from './types.js'

export const SIGNATURE_HEADER = 'X-Hee-Signature-256'
export const EVENT_HEADER = 'X-Hee-Event'
export const DELIVERY_HEADER = 'X-Hee-Delivery'

export interface WebhookChannelConfig {
  url: string
  /** HMAC key; the receiver verifies with the same value. */
  secret: string
  timeoutMs?: number
  /** Extra headers (e.g. a routing key). Values are treated as secrets in error text. */
  headers?: Record<string, string>
  knownSecrets?: string[]
}

/** `sha256=<hex>` of HMAC-SHA256(secret, body). */
export function signBody(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
}

/** Constant-time check of a signature header against the raw body. */
export function verifyWebhookSignature(secret: string, body: string | Buffer, header: string | undefined): boolean {
  if (!header) return false
  const expected = Buffer.from(signBody(secret, body))
  const got = Buffer.from(header)
  return got.length === expected.length && timingSafeEqual(got, expected)
}

/** A webhook channel POSTing each alert as JSON. */
export function webhookChannel(config: WebhookChannelConfig): Channel {
  const secrets = [config.secret, ...Object.values(config.headers ?? {}), ...(config.knownSecrets ?? [])]
  let userinfo = ''
  try {
    const u = new URL(config.url)
    if (u.password) userinfo = u.password
  } catch {
    // Reported at send time.
  }
  if (userinfo) secrets.push(userinfo)
  return {
    name: 'webhook',
    async send(raw) {
      const alert = redactDeep(raw, secrets)
      const body = redact(inertJson({ ...alert, markdown: alertMarkdown(alert) }), secrets)
      const delivery = randomUUID()
      let res: Response
      try {
        res = await fetch(config.url, {
          method: 'POST',
          headers: {
            ...config.headers,
            'content-type': 'application/json',
            'user-agent': 'hee-ci',
            [SIGNATURE_HEADER]: signBody(config.secret, body),
            [EVENT_HEADER]: `alert.${raw.kind}`,
            [DELIVERY_HEADER]: delivery
          },
          body,
          redirect: 'error',
          signal: AbortSignal.timeout(config.timeoutMs ?? 10_000)
        })
        await res.arrayBuffer()
      } catch (e) {
        throw new HeeError('alerts.webhook', `Webhook delivery ${delivery} failed: ${redactError(e, secrets)}`)
      }
      if (!res.ok)
        throw new HeeError('alerts.webhook', redact(`Webhook delivery ${delivery} failed: HTTP ${res.status}`, secrets))
    }
  }
}
