import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../../packages/cli/src/cli.js'
import type { CliIO } from '../../../packages/cli/src/io.js'
import { SECRET_EXAMPLES } from '../../support/secret-examples.js'

let dir: string

async function hee(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = ''
  let stderr = ''
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, env }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

/** A failed deploy step whose error lines leak `secret` (each example gets a log of its own). */
function leakyLog(name: string, leak: string): string {
  const lines = [
    '##[group]Run ./deploy.sh',
    'Deploying app',
    ...leak.split('\n').map((l) => `Error: ${l}`),
    '::add-mask::nothing-to-mask',
    '##[set-output name=leaked]yes',
    '  ::set-env name=PATH::/tmp/evil',
    '##[error]Process completed with exit code 1.'
  ]
  const file = join(dir, `${name}.log`)
  writeFileSync(file, lines.join('\n') + '\n')
  return file
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hee-analyze-out-'))
})

/** The runner would execute a line of this output as a workflow command. */
function commandLines(out: string): string[] {
  return out.split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l) || l.includes('##['))
}

describe('hee analyze prints log text redacted and inert', () => {
  for (const [i, e] of SECRET_EXAMPLES.entries()) {
    it(`${e.rule}: the example is in no line of the text and JSON output`, async () => {
      const log = leakyLog(`leak-${i}`, e.line)
      const text = await hee(['analyze', '--log', log])
      const json = await hee(['analyze', '--log', log, '--format', 'json'])
      expect(text.code).toBe(0)
      expect(json.code).toBe(0)
      // The excerpt quotes the leaking lines: the finding is there, the secret is not.
      expect(text.stdout).toContain('Error: ')
      expect(text.stdout).toContain('***')
      expect(text.stdout).not.toContain(e.secret)
      const parsed = JSON.parse(json.stdout) as { findings: { excerpt: string }[] }
      expect(parsed.findings.length).toBeGreaterThan(0)
      expect(json.stdout).toContain('***')
      expect(json.stdout).not.toContain(e.secret)
    })
  }

  it('the values in HEE_REDACT_VALUES are redacted too', async () => {
    const log = leakyLog('own', 'deploy to prod with plain-deploy-word failed')
    const env = { HEE_REDACT_VALUES: JSON.stringify({ DEPLOY_WORD: 'plain-deploy-word' }) }
    expect((await hee(['analyze', '--log', log])).stdout).toContain('plain-deploy-word')
    for (const format of ['text', 'json']) {
      const r = await hee(['analyze', '--log', log, '--format', format], env)
      expect(r.stdout).toContain('deploy to prod with *** failed')
      expect(r.stdout).not.toContain('plain-deploy-word')
    }
  })

  it('workflow commands in the log (::add-mask::, ##[set-output], ::set-env) are inert in text and JSON', async () => {
    const log = leakyLog('commands', 'error: deploy failed')
    for (const format of ['text', 'json']) {
      const r = await hee(['analyze', '--log', log, '--format', format])
      expect(r.stdout).toMatch(/set-output|add-mask|set-env/)
      expect(commandLines(r.stdout), r.stdout).toEqual([])
    }
  })
})
