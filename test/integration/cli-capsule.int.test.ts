import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { bundle } from '../support/workflow.js'

const cli = bundle('cli')
let dir: string

function hee(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME }
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** The CLI as a process that runs beside others. */
function heeAsync(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME }
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', fail)
    child.on('close', (code) => done({ code, stdout, stderr }))
  })
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hee-cli-'))
  execFileSync('openssl', ['genpkey', '-algorithm', 'ed25519', '-out', join(dir, 'hee.key')])
  execFileSync('openssl', ['pkey', '-in', join(dir, 'hee.key'), '-pubout', '-out', join(dir, 'hee.pub')])
  writeFileSync(join(dir, 'hmac.secret'), 'an-hmac-secret-of-more-than-16-bytes\n')
})

describe('hee capsule', () => {
  test('init, update and validate a capsule signed with an openssl Ed25519 key, verified with its public key', () => {
    expect(
      hee('capsule', 'init', '--output', 'c.json', '--key', 'hee.key', '--repo', 'octo/app', '--workflow', 'CI').code
    ).toBe(0)
    const up = hee(
      'capsule',
      'update',
      '--input',
      'c.json',
      '--status',
      'degraded',
      '--append-history',
      'PAT-007:ok',
      '--key',
      'hee.key'
    )
    expect(up.code).toBe(0)
    expect(up.stdout).toContain('version 1 → 2, status degraded')
    const v = hee('capsule', 'validate', '--input', 'c.json', '--verify-key', 'hee.pub')
    expect(v.code).toBe(0)
    expect(v.stdout).toMatch(/valid: .*version 2, status degraded; signature ok \(Ed25519/)
  })

  test('rejects a capsule with one changed byte: exit 1 and the signature reason', () => {
    const text = readFileSync(join(dir, 'c.json'), 'utf8')
    writeFileSync(join(dir, 'tampered.json'), text.replace('"degraded"', '"operational"'))
    const v = hee('capsule', 'validate', '--input', 'tampered.json', '--verify-key', 'hee.pub')
    expect(v.code).toBe(1)
    expect(v.stderr).toContain('signature does not match')
    expect(v.stderr).toContain('[capsule.signature]')
  })

  test('rejects a truncated capsule with exit 1 and says it is truncated', () => {
    const text = readFileSync(join(dir, 'c.json'), 'utf8')
    writeFileSync(join(dir, 'cut.json'), text.slice(0, Math.floor(text.length / 2)))
    const v = hee('capsule', 'validate', '--input', 'cut.json', '--verify-key', 'hee.pub')
    expect(v.code).toBe(1)
    expect(v.stderr).toMatch(/truncated/)
  })

  test('rejects a capsule verified with the wrong key, and one with a schema error names the path', () => {
    const wrong = hee('capsule', 'validate', '--input', 'c.json', '--verify-key', 'hmac.secret')
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toMatch(/capsule\.(key|signature)/)
    const c = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'))
    c.body.monitoring_state.current_status = 'on-fire'
    delete c.signature
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(c))
    const bad = hee('capsule', 'validate', '--input', 'bad.json', '--allow-unsigned')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('/body/monitoring_state/current_status')
  })

  test('refuses an illegal transition and leaves the file as it was', () => {
    const before = readFileSync(join(dir, 'c.json'), 'utf8')
    expect(hee('capsule', 'update', '--input', 'c.json', '--status', 'operational', '--key', 'hee.key').code).toBe(0)
    const after = readFileSync(join(dir, 'c.json'), 'utf8')
    const r = hee('capsule', 'update', '--input', 'c.json', '--status', 'failed', '--key', 'hee.key')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('illegal status transition operational → failed')
    expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe(after)
    expect(after).not.toBe(before)
  })

  test('checks the hash chain against the previous version and refuses a replay', () => {
    writeFileSync(join(dir, 'v3.json'), readFileSync(join(dir, 'c.json')))
    expect(hee('capsule', 'update', '--input', 'c.json', '--status', 'maintenance', '--key', 'hee.key').code).toBe(0)
    expect(
      hee('capsule', 'validate', '--input', 'c.json', '--verify-key', 'hee.pub', '--previous', 'v3.json').stdout
    ).toContain('chain ok')
    const replay = hee('capsule', 'validate', '--input', 'v3.json', '--verify-key', 'hee.pub', '--previous', 'c.json')
    expect(replay.code).toBe(1)
    expect(replay.stderr).toContain('[capsule.replay]')
  })

  test('says the chain is not linked when versions lie between --previous and --input', () => {
    writeFileSync(join(dir, 'v1.json'), readFileSync(join(dir, 'c.json')))
    writeFileSync(join(dir, 'gap.json'), readFileSync(join(dir, 'c.json')))
    const v1 = JSON.parse(readFileSync(join(dir, 'v1.json'), 'utf8')) as { version: number }
    for (const status of ['operational', 'degraded'])
      expect(hee('capsule', 'update', '--input', 'gap.json', '--status', status, '--key', 'hee.key').code).toBe(0)
    const gap = hee('capsule', 'validate', '--input', 'gap.json', '--verify-key', 'hee.pub', '--previous', 'v1.json')
    expect(gap.code).toBe(1)
    expect(gap.stdout).not.toContain('chain ok')
    expect(gap.stderr).toContain(
      `the chain is not linked: version ${v1.version + 2} does not directly follow version ${v1.version} (1 version(s) between are missing)`
    )
    expect(gap.stderr).toContain('[capsule.chain]')
  })

  test('works with an HMAC secret in a key file', () => {
    expect(hee('capsule', 'init', '--output', 'h.json', '--key', 'hmac.secret').code).toBe(0)
    const v = hee('capsule', 'validate', '--input', 'h.json', '--verify-key', 'hmac.secret')
    expect(v.code).toBe(0)
    expect(v.stdout).toContain('HS256')
  })

  test('report writes the status, history and the state diagram with the current state marked', () => {
    const r = hee('capsule', 'report', '--input', 'c.json', '--output', 'report.md', '--verify-key', 'hee.pub')
    expect(r.code).toBe(0)
    const md = readFileSync(join(dir, 'report.md'), 'utf8')
    expect(md).toContain('**Status: maintenance**')
    expect(md).toContain('stateDiagram-v2')
    expect(md).toContain('class Maintenance current')
    expect(md).toMatch(/\| PAT-007 \| 1 \| 1 \| 0 \|/)
  })

  test('keygen writes a key pair that signs and verifies, and never overwrites a key', () => {
    expect(hee('capsule', 'keygen', '--private', 'k2.key', '--public', 'k2.pub').code).toBe(0)
    expect(hee('capsule', 'init', '--output', 'k2.json', '--key', 'k2.key').code).toBe(0)
    expect(hee('capsule', 'validate', '--input', 'k2.json', '--verify-key', 'k2.pub').code).toBe(0)
    const again = hee('capsule', 'keygen', '--private', 'k2.key', '--public', 'k3.pub')
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('refusing to overwrite')
  })

  test('a usage mistake exits 2 with the usage text', () => {
    const r = hee('capsule', 'validate')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--input is required')
    expect(r.stderr).toContain('usage:')
  })
})

describe('hee capsule update keeps one chain when runs overlap, fail or are killed', () => {
  const capsuleAt = (f: string) =>
    JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
      version: number
      body: { auto_fix_history: { pattern_id: string }[] }
    }

  test('six parallel updates of one file land as six chained versions with six history entries', async () => {
    expect(hee('capsule', 'init', '--output', 'par.json', '--key', 'hee.key').code).toBe(0)
    const runs = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((i) =>
        heeAsync('capsule', 'update', '--input', 'par.json', '--append-history', `PAT-00${i}:ok`, '--key', 'hee.key')
      )
    )
    for (const r of runs) expect(r.code, r.stderr).toBe(0)
    // Each process read the version the one before it wrote: 1→2, 2→3, … 6→7, none twice.
    const steps = runs.map((r) => /version (\d+) → (\d+)/.exec(r.stdout)!.slice(1).join('→')).sort()
    expect(steps).toEqual(['1→2', '2→3', '3→4', '4→5', '5→6', '6→7'])
    const final = capsuleAt('par.json')
    expect(final.version).toBe(7)
    expect(final.body.auto_fix_history.map((h) => h.pattern_id).sort()).toEqual([
      'PAT-001',
      'PAT-002',
      'PAT-003',
      'PAT-004',
      'PAT-005',
      'PAT-006'
    ])
    expect(hee('capsule', 'validate', '--input', 'par.json', '--verify-key', 'hee.pub').code).toBe(0)
    expect(readdirSync(dir).filter((f) => f.startsWith('.par.json') || f.startsWith('par.json.lock'))).toEqual([])
  })

  test('a refused update leaves --output untouched: a wrong key, or an output already newer', () => {
    expect(hee('capsule', 'init', '--output', 'old.json', '--key', 'hee.key').code).toBe(0)
    writeFileSync(join(dir, 'new.json'), readFileSync(join(dir, 'old.json')))
    for (const s of ['degraded', 'failed'])
      expect(hee('capsule', 'update', '--input', 'new.json', '--status', s, '--key', 'hee.key').code).toBe(0)
    const newer = readFileSync(join(dir, 'new.json'), 'utf8')
    expect(capsuleAt('new.json').version).toBe(3)

    const wrongKey = hee('capsule', 'update', '--input', 'old.json', '--output', 'new.json', '--key', 'hmac.secret')
    expect(wrongKey.code).toBe(2)
    expect(readFileSync(join(dir, 'new.json'), 'utf8')).toBe(newer)

    const older = hee('capsule', 'update', '--input', 'old.json', '--output', 'new.json', '--key', 'hee.key')
    expect(older.code).toBe(2)
    expect(older.stderr).toContain('holds version 3 already; refusing to replace it with version 2')
    expect(readFileSync(join(dir, 'new.json'), 'utf8')).toBe(newer)

    // A good update to a new file writes it once, complete.
    const fresh = hee('capsule', 'update', '--input', 'old.json', '--output', 'fresh.json', '--key', 'hee.key')
    expect(fresh.code, fresh.stderr).toBe(0)
    expect(capsuleAt('fresh.json').version).toBe(2)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([])
  })

  test('temp files of a killed update are swept by the next one; a live writer’s are kept', () => {
    expect(hee('capsule', 'init', '--output', 'swept.json', '--key', 'hee.key').code).toBe(0)
    // What `kill -9` during a write leaves: a temp file named after a process that is gone.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    const stale = `.swept.json.${dead.stdout}.0123456789ab.tmp`
    const live = `.swept.json.${process.pid}.ba9876543210.tmp`
    writeFileSync(join(dir, stale), '{"version": 1')
    writeFileSync(join(dir, live), '{"version": 1')
    expect(hee('capsule', 'update', '--input', 'swept.json', '--status', 'degraded', '--key', 'hee.key').code).toBe(0)
    expect(existsSync(join(dir, stale))).toBe(false)
    expect(existsSync(join(dir, live))).toBe(true)
  })
})
