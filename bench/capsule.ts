/**
 * Capsule update cost at 10, 1 000 and 10 000 history entries: read + verify + update +
 * sign + atomic write of a real file (what capsule-update does per call), Ed25519 and HMAC.
 */
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  applyUpdate,
  createCapsule,
  parseKey,
  sealCapsule,
  updateCapsuleFile,
  writeCapsuleFile,
  type AutoFixEntry,
  type CapsuleKey
} from '../packages/core/src/index.js'
import { median, type Figure } from './stats.js'

function history(n: number): AutoFixEntry[] {
  const out: AutoFixEntry[] = []
  for (let i = 0; i < n; i++) {
    out.push({
      timestamp: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      pattern_id: `PAT-00${(i % 8) + 1}`,
      success: i % 3 !== 0,
      rollback: i % 7 === 0
    })
  }
  return out
}

export async function benchCapsule(): Promise<Figure[]> {
  const { privateKey } = generateKeyPairSync('ed25519')
  const keys: Array<[string, CapsuleKey]> = [
    ['Ed25519', parseKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())],
    ['HMAC', parseKey('bench-hmac-secret-0123456789abcdef')]
  ]
  const figures: Figure[] = []
  const dir = mkdtempSync(join(tmpdir(), 'hee-bench-'))
  try {
    for (const n of [10, 1_000, 10_000]) {
      for (const [alg, key] of keys) {
        const path = join(dir, `capsule-${n}-${alg}.json`)
        const meta = { repository: 'bench/repo', workflow: 'CI', runId: 1 }
        let c = createCapsule({ ...meta, now: new Date() })
        c = applyUpdate(c, { append_history: history(n) }, { now: new Date(), historyLimit: 100_000 })
        await writeCapsuleFile(path, sealCapsule(c, { signingKey: key }))
        const times: number[] = []
        for (let i = 0; i < 15; i++) {
          const t0 = performance.now()
          await updateCapsuleFile({
            path,
            update: { last_run_id: 100 + i, append_history: [{ pattern_id: 'PAT-002', success: true }] },
            meta,
            signingKey: key,
            historyLimit: 100_000
          })
          times.push(performance.now() - t0)
        }
        figures.push({
          name: `capsule update, ${n.toLocaleString('en')} history entries, ${alg}`,
          value: median(times),
          unit: 'ms (median of 15: read, verify, update, sign, atomic write)',
          note: `${Math.round(statSync(path).size / 1024)} KiB file`
        })
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return figures
}
