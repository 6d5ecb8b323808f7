/**
 * Big reports are read in a worker thread whose heap is capped (packages/core/src/worker/bounded.ts),
 * which only the bundle can start: these tests run the committed CLI bundle as a process and hold
 * its answers to those of the same command run from source in this process, where the reports are
 * read in the calling thread.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../../packages/cli/src/cli.js'
import type { CliIO } from '../../../packages/cli/src/io.js'
import { READ_IN_WORKER_FROM } from '../../../packages/core/src/coverage/analyze.js'
import { bundle } from '../../support/workflow.js'

let dir: string

/** A tracefile of `files` source files of 300 lines, every third line unrun, a branch pair every 10 lines. */
function lcov(files: number): string {
  const out: string[] = []
  for (let i = 0; i < files; i++) {
    out.push(`SF:src/m${i % 7}/file${i}.ts`, `FN:1,f${i}`, `FNDA:${i % 3},f${i}`, 'FNF:1', `FNH:${i % 3 ? 1 : 0}`)
    for (let l = 1; l <= 300; l += 10) out.push(`BRDA:${l},0,0,${l % 3 ? 2 : 0}`, `BRDA:${l},0,1,${l % 4 ? 1 : '-'}`)
    for (let l = 1; l <= 300; l++) out.push(`DA:${l},${l % 3 ? l : 0}`)
    out.push('end_of_record')
  }
  return out.join('\n') + '\n'
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [bundle('cli'), 'coverage', 'analyze', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, HEE_DEBUG: '', HEE_COVERAGE_HEAP_MB: '', ...env }
  })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

async function inProcess(args: string[]) {
  let out = ''
  let err = ''
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, env: {} }
  const code = await main(['coverage', 'analyze', ...args], io)
  return { code, out, err }
}

/** The analysis without the trend's timestamps (the one thing two runs differ in). */
const figures = (json: string) => {
  const a = JSON.parse(json) as { trend: Array<{ at?: string }> }
  for (const p of a.trend) delete p.at
  return a
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hee-cov-bounded-'))
  mkdirSync(join(dir, 'src'))
  const big = lcov(5200)
  expect(big.length).toBeGreaterThan(READ_IN_WORKER_FROM)
  writeFileSync(join(dir, 'big.info'), big)
  writeFileSync(join(dir, 'small.info'), lcov(20))
  // Cut inside a record, then a line no lcov writer gives.
  writeFileSync(join(dir, 'cut.info'), big.slice(0, Math.floor(big.length * 0.7)).replace(/\n[^\n]*$/, '\nDA:12,x\n'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('reading a big report in a capped worker thread', () => {
  it('gives the same analysis as reading it in the calling thread', async () => {
    const worker = cli(['--report', 'big.info', '--root', '.'], { HEE_DEBUG: '1' })
    expect(worker.err).toContain('coverage.measure: ran in a worker thread (heap capped at')
    expect(worker.code).toBe(0)
    const here = await inProcess(['--report', 'big.info', '--root', '.'])
    expect(here.code).toBe(0)
    expect(figures(worker.out)).toEqual(figures(here.out))
    expect(figures(worker.out)).toMatchObject({ metrics: { line: 66.67, function: 66.65 }, reports: [{ files: 5200 }] })
  })

  it('reads a small report in the calling thread: a second V8 instance would cost more than it saves', () => {
    const r = cli(['--report', 'small.info', '--root', '.'], { HEE_DEBUG: '1' })
    expect(r.code).toBe(0)
    expect(r.err).not.toContain('worker thread')
    expect(figures(r.out)).toMatchObject({ reports: [{ files: 20 }] })
  })

  it('reads the report again in the calling thread when the worker outgrows its heap, with the same figures', async () => {
    const r = cli(['--report', 'big.info', '--root', '.'], { HEE_DEBUG: '1', HEE_COVERAGE_HEAP_MB: '2' })
    expect(r.err).toContain(
      'coverage.measure: the worker thread outgrew its 2 MB heap; running it again in this thread'
    )
    expect(r.code).toBe(0)
    const here = await inProcess(['--report', 'big.info', '--root', '.'])
    expect(figures(r.out)).toEqual(figures(here.out))
  })

  it('gives a broken report the same error, naming the file and line, and exit code as in the calling thread', async () => {
    const worker = cli(['--report', 'cut.info', '--root', '.'])
    const here = await inProcess(['--report', 'cut.info', '--root', '.'])
    expect(here.code).toBe(2)
    expect(here.err).toMatch(/^hee coverage: cut\.info:\d+: /)
    expect(worker.code).toBe(here.code)
    expect(worker.err).toBe(here.err)
    expect(worker.out).toBe('')
  })

  it('refuses a heap cap that is not a whole number of MB', () => {
    const r = cli(['--report', 'big.info', '--root', '.'], { HEE_COVERAGE_HEAP_MB: 'lots' })
    expect(r.code).toBe(2)
    expect(r.err).toContain('HEE_COVERAGE_HEAP_MB must be a whole number of MB ≥ 1, not lots')
  })
})
