import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const RUN = join(ROOT, 'packages/core/src/action/run.ts')
const ERRORS = join(ROOT, 'packages/core/src/errors.ts')

/** Runs `runAction` around `body` in a process, as a runner would start an action. */
function action(body: string): { status: number | null; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hee-run-action-'))
  const file = join(dir, 'action.mts')
  writeFileSync(
    file,
    `import { runAction } from ${JSON.stringify(RUN)}\n` +
      `import { ConfigurationError, OperationalError } from ${JSON.stringify(ERRORS)}\n` +
      `void ConfigurationError, OperationalError\n` +
      `await runAction(async () => { ${body} })\n`
  )
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME }
  })
  return { status: r.status, stdout: r.stdout }
}

const errors = (out: string) => out.split('\n').filter((l) => l.startsWith('::error::'))
const debug = (out: string) => out.split('\n').filter((l) => l.startsWith('::debug::'))

describe('the action failure policy', () => {
  it('fails a configuration error with its one line and no stack anywhere', () => {
    const r = action("throw new ConfigurationError('input `update-file`: no such file', { hint: 'check the path' })")
    expect(r.status).toBe(1)
    expect(errors(r.stdout)).toEqual(['::error::input `update-file`: no such file (check the path)'])
    expect(r.stdout).not.toMatch(/\bat .*\.ts:\d+/)
  })

  it('fails an operational error with its one line', () => {
    const r = action(
      "throw new OperationalError('artifact.service', 'could not upload artifact x', { retryable: true })"
    )
    expect(r.status).toBe(1)
    expect(errors(r.stdout)).toEqual(['::error::could not upload artifact x'])
  })

  it('fails a bug with one sentence in the annotation and its stack once, in the debug log', () => {
    const r = action('const o: any = undefined; o.name')
    expect(r.status).toBe(1)
    const [line, ...more] = errors(r.stdout)
    expect(more).toEqual([])
    expect(line).toMatch(
      /^::error::internal error \(a bug in HEE CI, please report it\): Cannot read properties of undefined/
    )
    expect(line).not.toContain('%0A')
    const stacks = debug(r.stdout).filter((l) => l.includes('TypeError'))
    expect(stacks).toHaveLength(1)
    expect(stacks[0]).toContain('action.mts')
  })
})
