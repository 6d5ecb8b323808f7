import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createNodeExec } from '../../../packages/core/src/exec/node-exec.js'
import type { ExecResult } from '../../../packages/core/src/exec/types.js'

const node = process.execPath
const exec = createNodeExec({ killGraceMs: 500, lingerMs: 300 })

/** True while `pid` runs; a zombie (killed, not yet reaped by init) counts as gone. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

async function waitGone(pid: number, ms = 3000): Promise<boolean> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (!alive(pid)) return true
    await new Promise((r) => setTimeout(r, 25))
  }
  return !alive(pid)
}

describe('the node:child_process Exec port', () => {
  it('returns the exit code and both streams of a command run without a shell', async () => {
    const r = await exec(node, [
      '-e',
      'process.stdout.write("out $HOME"); process.stderr.write("err"); process.exit(3)'
    ])
    expect(r).toMatchObject({ code: 3, stdout: 'out $HOME', stderr: 'err', timedOut: false, notFound: false })
  })

  it('writes the input to stdin and closes it', async () => {
    const r = await exec(node, ['-e', 'process.stdin.pipe(process.stdout)'], { input: 'line one\nline two\n' })
    expect(r.stdout).toBe('line one\nline two\n')
  })

  it('closes stdin when no input is given, so a tool reading it does not wait for a terminal', async () => {
    const r = await exec(
      node,
      ['-e', 'let n=0; process.stdin.on("data",d=>n+=d.length).on("end",()=>console.log("eof",n))'],
      {
        timeoutMs: 10_000
      }
    )
    expect(r.stdout.trim()).toBe('eof 0')
    expect(r.timedOut).toBe(false)
  })

  it('runs in the given directory with exactly the given environment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hee-exec-'))
    const r = await exec(node, ['-e', 'console.log(process.cwd(), process.env.ONLY, process.env.HOME ?? "no-home")'], {
      cwd: dir,
      env: { ONLY: 'this', PATH: process.env['PATH'] }
    })
    expect(r.stdout.trim()).toBe(`${dir} this no-home`)
  })

  it('streams output to the progress sink while the command still runs', async () => {
    const events: string[] = []
    let result: ExecResult | undefined
    const r = await exec(node, ['-e', 'console.log("first"); setTimeout(() => console.log("second"), 300)'], {
      progress: {
        start: (cmd) => events.push(`start ${cmd === node}`),
        output: (stream, text) => events.push(`${stream}:${text.trim()}`),
        end: (res) => {
          result = res
          events.push('end')
        }
      }
    })
    expect(events).toEqual(['start true', 'stdout:first', 'stdout:second', 'end'])
    expect(result).toBe(r)
  })

  it('kills the whole process group when the time limit passes, grandchildren included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hee-exec-'))
    const pidFile = join(dir, 'pid')
    const r = await exec('sh', ['-c', `sleep 30 & echo $! > ${pidFile}; wait`], { timeoutMs: 400 })
    expect(r.timedOut).toBe(true)
    expect(r.code).toBeGreaterThan(128)
    const grandchild = Number(readFileSync(pidFile, 'utf8'))
    expect(await waitGone(grandchild)).toBe(true)
  })

  it('escalates to SIGKILL when a command ignores SIGTERM', async () => {
    // An ignored signal stays ignored across exec, so sleep ignores SIGTERM too.
    const r = await exec('sh', ['-c', 'trap "" TERM; sleep 30'], { timeoutMs: 300 })
    expect(r.timedOut).toBe(true)
    expect(r.signal).toBe('SIGKILL')
    expect(r.code).toBe(128 + 9)
    expect(r.durationMs).toBeLessThan(5000)
  })

  it('kills the process group when the abort signal fires', async () => {
    const ac = new AbortController()
    setTimeout(() => ac.abort(), 200)
    const r = await exec('sleep', ['30'], { signal: ac.signal })
    expect(r.aborted).toBe(true)
    expect(r.timedOut).toBe(false)
    expect(r.durationMs).toBeLessThan(10_000)
  })

  it('does not hang on a background process that keeps the output pipes open, and ends it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hee-exec-'))
    const pidFile = join(dir, 'pid')
    const r = await exec('sh', ['-c', `sleep 30 & echo $! > ${pidFile}; echo started`])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('started\n')
    expect(await waitGone(Number(readFileSync(pidFile, 'utf8')))).toBe(true)
  })

  it('reports a missing command as exit 127 instead of throwing', async () => {
    const r = await exec('hee-no-such-tool-xyz', ['--version'])
    expect(r).toMatchObject({ code: 127, notFound: true })
    expect(r.stderr).toContain('command not found')
  })

  it('keeps the head and tail of an output larger than the cap and says what it dropped', async () => {
    const small = createNodeExec({ maxOutputBytes: 64 * 1024 })
    const r = await small(node, [
      '-e',
      'process.stdout.write("HEAD\\n" + "x".repeat(4 * 1024 * 1024) + "\\nTAIL-SUMMARY\\n")'
    ])
    expect(r.truncated).toBe(true)
    expect(r.stdout.startsWith('HEAD\n')).toBe(true)
    expect(r.stdout.endsWith('\nTAIL-SUMMARY\n')).toBe(true)
    expect(r.stdout).toMatch(/\[\d+ bytes of output omitted\]/)
    expect(r.stdout.length).toBeLessThan(70 * 1024)
  })

  it('never splits a multi-byte character across streamed chunks', async () => {
    const chunks: string[] = []
    const r = await exec(
      node,
      [
        '-e',
        'const b = Buffer.from("é€😀"); process.stdout.write(b.subarray(0, 3)); setTimeout(() => process.stdout.write(b.subarray(3)), 100)'
      ],
      { progress: { output: (_s, t) => chunks.push(t) } }
    )
    expect(r.stdout).toBe('é€😀')
    expect(chunks.join('')).toBe('é€😀')
    expect(chunks.every((c) => !c.includes('\ufffd'))).toBe(true)
  })
})
