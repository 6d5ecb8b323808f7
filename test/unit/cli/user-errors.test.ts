import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../../packages/cli/src/cli.js'
import type { CliIO } from '../../../packages/cli/src/io.js'

let dir: string

async function hee(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, env: {} }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

/** A user error: exit 2, one line on stderr naming `names`, no stack, with or without --debug. */
async function expectOneLine(argv: string[], ...names: string[]) {
  for (const r of [await hee(...argv), await hee(...argv, '--debug')]) {
    expect(r.code, r.stderr).toBe(2)
    expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1)
    expect(r.stderr).not.toMatch(/internal error|\n\s+at |ENOENT/)
    for (const n of names) expect(r.stderr).toContain(n)
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hee-cli-errors-'))
  expect((await hee('capsule', 'init', '--output', 'c.json')).code).toBe(0)
})

describe('a file or option the user got wrong is one line, exit 2, and changes nothing', () => {
  it('capsule update --update-file on a missing file names the option and the file', async () => {
    await expectOneLine(
      ['capsule', 'update', '--input', 'c.json', '--update-file', 'nope.json', '--allow-unsigned'],
      '--update-file',
      join(dir, 'nope.json'),
      'no such file'
    )
  })

  it('capsule update --update-file holding broken JSON names the option and the file', async () => {
    writeFileSync(join(dir, 'bad.json'), '{"status": ')
    await expectOneLine(
      ['capsule', 'update', '--input', 'c.json', '--update-file', 'bad.json', '--allow-unsigned'],
      '--update-file',
      join(dir, 'bad.json'),
      'not valid JSON'
    )
  })

  it('a missing --encryption-key file names the option and the file', async () => {
    await expectOneLine(
      ['capsule', 'update', '--input', 'c.json', '--encryption-key', 'enc.key', '--allow-unsigned'],
      '--encryption-key',
      join(dir, 'enc.key')
    )
    writeFileSync(join(dir, 'hmac.secret'), 'an-hmac-secret-of-more-than-16-bytes\n')
    await expectOneLine(
      ['capsule', 'report', '--input', 'c.json', '--verify-key', 'hmac.secret', '--encryption-key', 'enc.key'],
      '--encryption-key',
      join(dir, 'enc.key')
    )
  })

  it('capsule report --output into a missing folder names the option and the file', async () => {
    await expectOneLine(
      ['capsule', 'report', '--input', 'c.json', '--output', 'no/such/report.md'],
      '--output',
      join(dir, 'no/such/report.md'),
      'folder does not exist'
    )
    expect(existsSync(join(dir, 'no'))).toBe(false)
  })

  it('capsule keygen into a missing folder names the option and leaves no half of a pair', async () => {
    await expectOneLine(
      ['capsule', 'keygen', '--private', 'no/k.pem', '--public', 'k.pub'],
      '--private',
      join(dir, 'no/k.pem')
    )
    await expectOneLine(
      ['capsule', 'keygen', '--private', 'k.pem', '--public', 'no/k.pub'],
      '--public',
      join(dir, 'no/k.pub')
    )
    expect(readdirSync(dir).sort()).toEqual(['c.json'])
  })

  it('--update null (or an array, or a number) is refused as not an object', async () => {
    for (const v of ['null', '[]', '7']) {
      await expectOneLine(['capsule', 'update', '--input', 'c.json', '--update', v, '--allow-unsigned'], '--update')
    }
    const r = await hee('capsule', 'update', '--input', 'c.json', '--update', 'null', '--allow-unsigned')
    expect(r.stderr).toBe('hee capsule: --update must be a JSON object, not null\n')
  })
})
