/**
 * One monitoring pass with its state: read the capsule (verified), run the engine, send the
 * token-expiry notice when due, write the next capsule (signed, atomically). Shared by the
 * `monitor` action and `hee monitor` so both behave the same.
 */
import { existsSync } from 'node:fs'
import { dispatchAlerts } from '../alerts/dispatch.js'
import { tokenExpiryAlert } from '../alerts/compose.js'
import type { Alert, Channel } from '../alerts/types.js'
import { createCapsule, openCapsule, readCapsuleFile, type Capsule, type CapsuleKey } from '../capsule/index.js'
import type { RunsReader } from '../github/runs.js'
import { updateCapsuleFile } from '../state/update-file.js'
import { runMonitor, type MonitorConfig, type MonitorOutcome, type MonitorTrigger } from './engine.js'

export const TOKEN_WARNING_DAYS = 14
const DAY = 24 * 3600 * 1000

export interface PassOptions {
  reader: RunsReader
  trigger: MonitorTrigger
  config: MonitorConfig
  channels: Channel[]
  capsulePath: string
  /** Who writes the capsule: this workflow and run. */
  meta: { repository: string; workflow: string; runId: number }
  signingKey?: CapsuleKey
  verifyKeys?: CapsuleKey[]
  encryptionKey?: Buffer
  requireSignature: boolean
  now: () => Date
  log?: (line: string) => void
  knownSecrets?: string[]
  issueNumbers?: () => ReadonlyMap<string, number>
  /** When the token expires, as GitHub reported it during the pass. */
  tokenExpiresAt?: () => Date | undefined
  /** Name of the secret holding the token, for the expiry notice. */
  tokenName?: string
}

export interface PassResult {
  outcome: MonitorOutcome
  capsule: Capsule
  previous?: Capsule
  /** The token-expiry notice, when one was sent this pass. */
  tokenNotice?: Alert
}

/** Runs one pass and writes the capsule; throws (leaving the file untouched) on a bad capsule. */
export async function monitorPass(opts: PassOptions): Promise<PassResult> {
  const verifyKeys = [...(opts.signingKey ? [opts.signingKey] : []), ...(opts.verifyKeys ?? [])]
  // Verify before any API call: a tampered capsule stops the pass before it costs anything.
  const opened = existsSync(opts.capsulePath)
    ? openCapsule(await readCapsuleFile(opts.capsulePath), {
        verifyKeys,
        ...(opts.encryptionKey ? { encryptionKey: opts.encryptionKey } : {}),
        requireSignature: opts.requireSignature
      })
    : null
  const current = opened?.capsule ?? createCapsule({ ...opts.meta, now: opts.now() })
  const state = current.body.monitoring_state

  const outcome = await runMonitor(state, opts.trigger, opts.config, {
    reader: opts.reader,
    channels: opts.channels,
    now: opts.now,
    ...(opts.log ? { log: opts.log } : {}),
    ...(opts.knownSecrets ? { knownSecrets: opts.knownSecrets } : {}),
    ...(opts.issueNumbers ? { issueNumbers: opts.issueNumbers } : {})
  })

  // Token rotation: warn once a day from two weeks before the token expires.
  let tokenNotice: Alert | undefined
  const expires = opts.tokenExpiresAt?.()
  const notices = { ...(state.notices ?? {}) }
  const now = opts.now()
  if (expires && expires.getTime() - now.getTime() <= TOKEN_WARNING_DAYS * DAY) {
    const last = notices['token-expiry'] ? Date.parse(notices['token-expiry']) : 0
    if (now.getTime() - last >= DAY) {
      tokenNotice = tokenExpiryAlert({
        repository: opts.config.repository,
        workflow: opts.meta.workflow,
        tokenName: opts.tokenName ?? 'GITHUB_TOKEN',
        expiresAt: expires.toISOString(),
        now
      })
      outcome.deliveries.push(
        ...(await dispatchAlerts([tokenNotice], opts.channels, opts.config.matrix, {
          knownSecrets: opts.knownSecrets ?? []
        }))
      )
      notices['token-expiry'] = now.toISOString()
    }
  }
  const last = outcome.updates[outcome.updates.length - 1]!
  last.monitoring = { ...last.monitoring, notices }

  const { capsule } = await updateCapsuleFile({
    path: opts.capsulePath,
    update: outcome.updates,
    meta: opts.meta,
    ...(opts.signingKey ? { signingKey: opts.signingKey } : {}),
    verifyKeys: opts.verifyKeys ?? [],
    ...(opts.encryptionKey ? { encryptionKey: opts.encryptionKey } : {}),
    requireSignature: opts.requireSignature,
    now,
    opened
  })
  return { outcome, capsule, previous: current, ...(tokenNotice ? { tokenNotice } : {}) }
}
