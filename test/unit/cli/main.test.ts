import { describe, expect, it } from 'vitest'
import { main, type CommandTable } from '../../../packages/cli/src/cli.js'
import type { CliIO } from '../../../packages/cli/src/io.js'
import { ConfigurationError, OperationalError } from '../../../packages/core/src/errors.js'

/** A verb that fails with `error`, to see what the CLI makes of each kind. */
function failing(error: unknown): CommandTable {
  return {
    boom: async () => ({
      usage: 'usage: hee boom',
      command: async () => {
        throw error
      }
    })
  }
}

async function run(argv: string[], commands: CommandTable, env: NodeJS.ProcessEnv = {}) {
  let stdout = ''
  let stderr = ''
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: '/', env }
  const code = await main(argv, io, commands)
  return { code, stdout, stderr }
}

describe('the CLI failure policy', () => {
  it('prints a user error as one line and exits 2', async () => {
    const r = await run(['boom'], failing(new ConfigurationError('--key hee.key: no such file')))
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'hee boom: --key hee.key: no such file\n' })
  })

  it('prints an operational failure as one line with its hint and exits 1', async () => {
    const e = new OperationalError('github.network', 'get run 1: could not reach GitHub', {
      retryable: true,
      hint: 'check the network'
    })
    const r = await run(['boom'], failing(e))
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: 'hee boom: get run 1: could not reach GitHub (check the network)\n'
    })
  })

  it('prints a bug as one sentence without its stack, and exits 1', async () => {
    const r = await run(['boom'], failing(new TypeError('x.y is not a function')))
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      'hee boom: internal error (a bug in HEE CI, please report it): x.y is not a function\n' +
        'run again with --debug (or HEE_DEBUG=1) to see where it happened\n'
    )
  })

  it('adds the stack of a bug with --debug anywhere on the line, or with HEE_DEBUG=1', async () => {
    const bug = new TypeError('x.y is not a function')
    for (const r of [
      await run(['boom', '--debug'], failing(bug)),
      await run(['--debug', 'boom'], failing(bug)),
      await run(['boom'], failing(bug), { HEE_DEBUG: '1' })
    ]) {
      expect(r.code).toBe(1)
      expect(r.stderr).toContain(
        'hee boom: internal error (a bug in HEE CI, please report it): x.y is not a function\n'
      )
      expect(r.stderr).toContain(bug.stack!)
    }
  })

  it('never prints a stack for a user error, even with --debug', async () => {
    const r = await run(['boom', '--debug'], failing(new ConfigurationError('--repo is not owner/name')))
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'hee boom: --repo is not owner/name\n' })
  })
})
