/**
 * One monitoring pass with its state: read the capsule (verified), run the engine, write the
 * next capsule (signed, atomically). Shared by the `monitor` action and `hee monitor` (through
 * `setupMonitor`) so both behave the same.
 */
import { existsSync } from 'node:fs'
import type { Alert, Channel } from '../alerts/types.js'
import { createCapsule, openCapsule, readCapsuleFile, type Capsule, type CapsuleKey } from '../capsule/index.js'
import type { RunsReader } from '../github/runs.js'
import { updateCapsuleFile } from '../state/update-file.js'
import { runMonitor, type MonitorConfig, type MonitorOutcome, type MonitorTrigger, type TokenWatch } from './engine.js'

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
  /** The token the pass reads with, warned about before it expires. */
  token?: TokenWatch
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
    ...(opts.issueNumbers ? { issueNumbers: opts.issueNumbers } : {}),
    ...(opts.token ? { token: opts.token } : {})
  })

  const { capsule } = await updateCapsuleFile({
    path: opts.capsulePath,
    update: outcome.updates,
    meta: opts.meta,
    ...(opts.signingKey ? { signingKey: opts.signingKey } : {}),
    verifyKeys: opts.verifyKeys ?? [],
    ...(opts.encryptionKey ? { encryptionKey: opts.encryptionKey } : {}),
    requireSignature: opts.requireSignature,
    now: opts.now(),
    opened
  })
  const tokenNotice = outcome.alerts.find((a) => a.kind === 'token-expiry')
  return { outcome, capsule, previous: current, ...(tokenNotice ? { tokenNotice } : {}) }
}
