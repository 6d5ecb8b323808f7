import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { bundle, ROOT } from '../support/workflow.js'

test('hee whose reader goes away (hee … | head -c 0) stops quietly with the exit code it has when read, no stack trace', async () => {
  const log = join(ROOT, 'test/fixtures/logs', 'gha-vitest-failure.log')
  const args = [bundle('cli'), 'analyze', '--log', log, '--format', 'json']
  const read = spawnSync(process.execPath, args, { encoding: 'utf8' })
  expect(read.stdout).toContain('"findings"')
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  // The reader closes before the first byte.
  child.stdout.destroy()
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c))
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))

  expect(stderr).not.toContain('EPIPE')
  expect(stderr).not.toContain('Unhandled')
  // The exit code is the one analyze gives when its output is read.
  expect(code).toBe(read.status)
})
