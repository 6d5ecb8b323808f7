// The product's own temporary folders (a signing key, a throw-away index, the fix report) are
// gone when the operation returns and when it throws: users run these commands many times a day.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../packages/cli/src/cli.js'
import type { CliIO } from '../../packages/cli/src/io.js'
import { commitPatch } from '../../packages/core/src/autofix/delivery/commit.js'
import { createNodeExec } from '../../packages/core/src/exec/node-exec.js'
import { Git } from '../../packages/core/src/git/git.js'
import { prepareSigning } from '../../packages/core/src/git/signing.js'
import { git, makeRepo } from '../support/git-repo.js'

const exec = createNodeExec()
const AGENT = { name: 'HEE CI', email: 'hee@example.com' }

/** The entries an operation adds to os.tmpdir() and leaves there, whether it resolved or threw. */
async function leftBy(op: () => Promise<unknown>): Promise<{ left: string[]; threw: boolean }> {
  const before = new Set(readdirSync(tmpdir()))
  let threw = false
  try {
    await op()
  } catch {
    threw = true
  }
  return { left: readdirSync(tmpdir()).filter((n) => !before.has(n)), threw }
}

/** A folder outside the watched temp folder, for the inputs the test itself writes. */
function inputs(): string {
  const dir = join(makeRepo({ 'x.txt': 'x\n' }).dir, '..', 'inputs')
  mkdirSync(dir)
  return dir
}

async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const io: CliIO = { stdout: () => undefined, stderr: (t) => void (stderr += t), cwd: '/', env: process.env }
  return { code: await main(argv, io), stderr }
}

describe('temporary folders', () => {
  it('prepareSigning: the key folder is gone after dispose, and at once when the key is refused', async () => {
    const keys = inputs()
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'agent', '-f', join(keys, 'id')])
    const key = readFileSync(join(keys, 'id'), 'utf8')
    let keyFile = ''
    const ok = await leftBy(async () => {
      const s = await prepareSigning(exec, key, tmpdir())
      keyFile = s.config.find((c) => c.startsWith('user.signingkey='))!.slice('user.signingkey='.length)
      expect(readFileSync(keyFile, 'utf8')).toBe(key.trim() + '\n')
      await s.dispose()
    })
    expect(ok).toEqual({ left: [], threw: false })
    expect(keyFile.startsWith(tmpdir())).toBe(true)
    expect(await leftBy(() => prepareSigning(exec, 'not a key', tmpdir()))).toEqual({ left: [], threw: true })
    const garbled = key.replace(/\n[A-Za-z0-9+/]{20}/, '\nAAAAAAAAAAAAAAAAAAAA')
    expect(await leftBy(() => prepareSigning(exec, garbled, tmpdir()))).toEqual({ left: [], threw: true })
  })

  it('commitPatch: the throw-away index is gone after a commit and after a patch that does not apply', async () => {
    const repo = makeRepo({ 'a.txt': 'one\n' })
    const g = new Git(exec, repo.dir)
    const patch = (from: string, to: string): string => `--- a/a.txt\n+++ b/a.txt\n@@ -1 +1 @@\n-${from}\n+${to}\n`
    const opts = { base: repo.head, message: 'Change the word in a.txt', author: AGENT, trailers: [] }
    let sha = ''
    expect(
      await leftBy(async () => {
        sha = await commitPatch(g, { ...opts, patch: patch('one', 'two') })
      })
    ).toEqual({ left: [], threw: false })
    expect(git(repo.dir, 'show', `${sha}:a.txt`)).toBe('two\n')
    expect(await leftBy(() => commitPatch(g, { ...opts, patch: patch('three', 'four') }))).toEqual({
      left: [],
      threw: true
    })
  })

  it('hee auto-fix: nothing left after a run that skips, one refused for its key, and one on a missing log', async () => {
    const repo = makeRepo({ 'package.json': '{"name":"x"}\n' })
    const dir = inputs()
    const findings = join(dir, 'findings.json')
    writeFileSync(
      findings,
      JSON.stringify({
        findings: [{ pattern: 'PAT-001', severity: 'critical', excerpt: 'error[E0308]: mismatched types' }]
      })
    )
    writeFileSync(join(dir, 'bad.key'), 'not a key\n')
    let r = { code: -1, stderr: '' }
    const run = (argv: string[]) => async () => void (r = await cli(['auto-fix', '--workdir', repo.dir, ...argv]))
    expect(await leftBy(run(['--findings', findings]))).toEqual({ left: [], threw: false })
    expect(r.code).toBe(0)
    expect(await leftBy(run(['--findings', findings, '--signing-key', join(dir, 'bad.key')]))).toEqual({
      left: [],
      threw: false
    })
    expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(/--signing-key .*bad\.key/) })
    expect(await leftBy(run(['--log', join(dir, 'missing.log')]))).toEqual({ left: [], threw: false })
    expect(r.code).toBe(2)
  })
})
