/**
 * One monitoring pass with its state: read the capsule (verified), run the engine, write the
 * next capsule (signed, atomically). Shared by the `monitor` action and `hee monitor` (through
 * `setupMonitor`) so both behave the same.
 */
import { existsSync } from 'node:fs'
import type { Alert, Channel } from '../alerts/types.js'
import { createCapsule, openCapsule, readCapsuleFile, type Capsule, type CapsuleKey } from '../capsule/index.js'
import type { RunsReader } from '../github/runs.js'
import type { MonitoringState } from '../capsule/types.js'
import { updateCapsuleFile } from '../state/update-file.js'
import type { CoverageStepResult } from './coverage-step.js'
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
  /** Coverage of this pass, from the state before it; its figures go into the same capsule update. */
  coverage?: (state: MonitoringState, runId: number | undefined) => Promise<CoverageStepResult | undefined>
}

export interface PassResult {
  outcome: MonitorOutcome
  capsule: Capsule
  previous?: Capsule
  /** The token-expiry notice, when one was sent this pass. */
  tokenNotice?: Alert
  coverage?: CoverageStepResult
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

  // The newest run analysed is the one whose artifacts hold its coverage reports.
  const newest = outcome.analyses.map((a) => a.run.id).sort((a, b) => b - a)[0]
  const coverage = opts.coverage ? await opts.coverage(state, newest) : undefined
  const update = coverage
    ? [
        ...outcome.updates,
        {
          coverage_metrics: coverage.update.coverage_metrics,
          hee_specific: coverage.update.hee_specific,
          monitoring: { coverage_trend: coverage.update.coverage_trend }
        }
      ]
    : outcome.updates
  const { capsule } = await updateCapsuleFile({
    path: opts.capsulePath,
    update,
    meta: opts.meta,
    ...(opts.signingKey ? { signingKey: opts.signingKey } : {}),
    verifyKeys: opts.verifyKeys ?? [],
    ...(opts.encryptionKey ? { encryptionKey: opts.encryptionKey } : {}),
    requireSignature: opts.requireSignature,
    now: opts.now(),
    opened
  })
  const tokenNotice = outcome.alerts.find((a) => a.kind === 'token-expiry')
  return {
    outcome,
    capsule,
    previous: current,
    ...(tokenNotice ? { tokenNotice } : {}),
    ...(coverage ? { coverage } : {})
  }
}
