import { generateKeyPairSync } from 'node:crypto'
import { expect } from 'vitest'
import { createCapsule } from '../../../packages/core/src/capsule/update.js'
import type { Capsule } from '../../../packages/core/src/capsule/types.js'
import { HeeError } from '../../../packages/core/src/errors.js'

export const NOW = new Date('2024-05-01T12:00:00.000Z')

/** A fresh version-1 capsule for owner/repo. */
export function fresh(overrides: Partial<Capsule> = {}): Capsule {
  return { ...createCapsule({ repository: 'octo/hello-world', workflow: 'CI', runId: 100, now: NOW }), ...overrides }
}

/** A capsule with some of everything, for round trips. */
export function rich(): Capsule {
  const c = fresh()
  c.body.monitoring_state = {
    ...c.body.monitoring_state,
    last_run_id: 99,
    coverage_metrics: { line: 81.5, branch: 70 },
    hee_specific: { spec_coverage: 90 },
    incidents: {
      'CI::PAT-002': {
        workflow: 'CI',
        pattern: 'PAT-002',
        severity: 'high',
        since: NOW.toISOString(),
        first_run_id: 98,
        last_run_id: 99,
        runs: 2
      }
    },
    pattern_counts: { 'PAT-002': 2 },
    seen_jobs: ['99:1:1']
  }
  c.body.auto_fix_history = [{ timestamp: NOW.toISOString(), pattern_id: 'PAT-007', success: true, rollback: false }]
  return c
}

export function ed25519Pem(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString()
  }
}

/** Runs `fn`, expects a HeeError, and returns it for further checks. */
export function heeError(fn: () => unknown): HeeError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(HeeError)
    return e as HeeError
  }
  throw new Error('expected a HeeError, but nothing was thrown')
}

/** Async variant of {@link heeError}. */
export async function heeErrorAsync(fn: () => Promise<unknown>): Promise<HeeError> {
  try {
    await fn()
  } catch (e) {
    expect(e).toBeInstanceOf(HeeError)
    return e as HeeError
  }
  throw new Error('expected a HeeError, but nothing was thrown')
}
