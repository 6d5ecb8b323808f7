/** Sends alerts to the channels the escalation matrix names, one failure never stopping another. */
import type { Severity } from '../severity.js'
import { redactError } from '../security/redact.js'
import { channelsFor, passesLevel, type EscalationMatrix } from './escalation.js'
import type { Alert, Channel, ChannelName } from './types.js'

export interface DispatchOptions {
  /** Send nothing below this severity (default: the matrix's `alertLevel`). */
  alertLevel?: Severity
  /** Secret values to keep out of error text, on top of what each channel redacts. */
  knownSecrets?: string[]
  /** Send only to these channels, whatever the matrix says (a fork's run: the console). */
  onlyChannels?: readonly ChannelName[]
}

export interface DispatchResult {
  channel: ChannelName
  alert: Alert
  ok: boolean
  /** Redacted reason when `ok` is false. */
  error?: string
  /** Milliseconds the channel took. */
  ms: number
}

/**
 * Sends each alert to the configured channels its severity maps to (`token-expiry` goes to
 * every configured channel). Channels of one alert run concurrently; alerts go in order, so
 * an issue opened by `broke` exists before `still-failing` comments on it. Never throws for
 * a channel failure: every attempt is reported in the returned list.
 */
export async function dispatchAlerts(
  alerts: readonly Alert[],
  channels: readonly Channel[],
  matrix: EscalationMatrix,
  options: DispatchOptions = {}
): Promise<DispatchResult[]> {
  const level = options.alertLevel ?? matrix.alertLevel
  const secrets = options.knownSecrets ?? []
  const results: DispatchResult[] = []
  for (const alert of alerts) {
    if (!passesLevel(alert.severity, level)) continue
    const wanted = options.onlyChannels
      ? new Set(options.onlyChannels)
      : alert.kind === 'token-expiry'
        ? undefined
        : new Set(channelsFor(matrix, alert.severity))
    const targets = channels.filter((c) => !wanted || wanted.has(c.name))
    const settled = await Promise.all(
      targets.map(async (c): Promise<DispatchResult> => {
        const t0 = performance.now()
        try {
          await c.send(alert)
          return { channel: c.name, alert, ok: true, ms: performance.now() - t0 }
        } catch (e) {
          return { channel: c.name, alert, ok: false, error: redactError(e, secrets), ms: performance.now() - t0 }
        }
      })
    )
    results.push(...settled)
  }
  return results
}
