import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createActionsExec } from '../../../packages/core/src/action/exec.js'

/** Runs `fn` while collecting what it writes to stdout (the job log, for an action). */
async function jobLog<T>(fn: () => Promise<T>): Promise<{ value: T; log: string }> {
  const original = process.stdout.write.bind(process.stdout)
  let log = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    log += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  try {
    return { value: await fn(), log }
  } finally {
    process.stdout.write = original
  }
}

function gone(pid: number): boolean {
  try {
    process.kill(pid, 0)
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] === 'Z'
  } catch {
    return true
  }
}

describe('the @actions/exec Exec port', () => {
  it('returns code and output and shows the command line and its output in the job log', async () => {
    const exec = createActionsExec()
    const { value: r, log } = await jobLog(() => exec('sh', ['-c', 'echo visible; echo problem >&2; exit 4']))
    expect(r).toMatchObject({ code: 4, stdout: 'visible\n', stderr: 'problem\n', timedOut: false })
    expect(log).toContain("[command]sh -c 'echo visible; echo problem >&2; exit 4'")
    expect(log).toMatch(/^visible$/m)
  })

  it('makes workflow commands printed by a tool inert in the job log', async () => {
    const exec = createActionsExec()
    const { log } = await jobLog(() =>
      exec('sh', ['-c', 'echo "::add-mask::x"; echo "  ::set-output name=a::b"; echo "##[error]boom"'])
    )
    expect(log).not.toMatch(/^\s*::(add-mask|set-output)/m)
    expect(log).not.toContain('##[error]')
    expect(log).toContain(':\u200b:add-mask::x')
  })

  it('kills the whole process group of a command past its time limit', async () => {
    const exec = createActionsExec({ progress: {} })
    const pidFile = join(mkdtempSync(join(tmpdir(), 'hee-aexec-')), 'pid')
    const r = await exec('sh', ['-c', `sleep 30 & echo $! > ${pidFile}; wait`], { timeoutMs: 1000 })
    expect(r.timedOut).toBe(true)
    const pid = Number(readFileSync(pidFile, 'utf8'))
    const until = Date.now() + 5000
    while (!gone(pid) && Date.now() < until) await new Promise((res) => setTimeout(res, 50))
    expect(gone(pid)).toBe(true)
  })

  it('reports a tool that is not installed as exit 127', async () => {
    const exec = createActionsExec({ progress: {} })
    const r = await exec('hee-no-such-tool-xyz', [])
    expect(r).toMatchObject({ code: 127, notFound: true })
  })

  it('passes input on stdin and exactly the given environment', async () => {
    const exec = createActionsExec({ progress: {} })
    const r = await exec('sh', ['-c', 'cat; echo "[$ONLY][$HOME]"'], {
      input: 'in\n',
      env: { ONLY: 'x', PATH: process.env['PATH'] }
    })
    expect(r.stdout).toBe('in\n[x][]\n')
  })
})
