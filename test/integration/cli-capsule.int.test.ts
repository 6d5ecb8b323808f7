import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
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
