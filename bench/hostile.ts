/**
 * Hostile inputs (issue 12, item 3): the monitor bundle, run as the runner runs it (the
 * committed dist/monitor/index.js, a runner's env, `workflow_run` for a failed run, default
 * inputs), against the local GitHub stand-ins serving one hostile input each; time and peak RSS
 * of the whole process from /usr/bin/time. Then the classifier's throughput on the adversarial
 * lines of every built-in regex (test/support/adversarial-lines.ts, as the unit tests build
 * them): the slowest rule and the whole classification pass over all of them.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { parse } from 'yaml'
import { classifyText } from '../packages/core/src/diagnosis/log-classifier.js'
import { adversarialLines, builtInRegexes } from '../test/support/adversarial-lines.js'
import { registerArtifactService } from '../test/support/artifact-service.js'
import { FakeRepo, formatLog, registerActionsApi } from '../test/support/github-api.js'
import { StandinServer, type FaultRule } from '../test/support/http-server.js'
import { readOutputs } from '../test/support/runner-env.js'
import { bundle, LocalJob, ROOT, type LocalGitHub } from '../test/support/workflow.js'
import type { Figure } from './stats.js'

const DIR = join(ROOT, '.bench')
const MB = 1024 * 1024
const TOKEN = 'ghs_benchHostileToken0123456789abcdefXYZ'
const HMAC = `hmac-${randomBytes(24).toString('hex')}`

/** 48 MB of `{},{},…` in `shape`: `runs` wraps them as SARIF runs[0].results, `results` as a bare list. */
async function sarifBomb(shape: 'runs' | 'results'): Promise<string> {
  const file = join(DIR, `hostile-${shape}.sarif`)
  if (existsSync(file) && statSync(file).size >= 48 * MB) return file
  mkdirSync(DIR, { recursive: true })
  const out = createWriteStream(file)
  const unit = '{},'.repeat(MB / 3)
  out.write(shape === 'runs' ? '{"runs":[{"results":[' : '{"results":[')
  for (let i = 0; i < 48; i++) if (!out.write(unit)) await new Promise<void>((r) => out.once('drain', () => r()))
  out.end(shape === 'runs' ? '{}]}]}' : '{}]}')
  await finished(out)
  return file
}

interface Measured {
  /** The step's first `::error::` annotation, if any. */
  error?: string
  seconds: number
  maxRssMb: number
  code: number | null
  outputs: Record<string, string>
  summary: string
}

/** Runs `script` as a step under /usr/bin/time, without blocking this process (it serves the stand-ins). */
function timedStep(script: string, env: Record<string, string>): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'HEE-TIME %e %M', process.execPath, script], {
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stderr = ''
    let error: string | undefined
    let partial = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
    child.stdout.on('data', (c: Buffer) => {
      const lines = (partial + c.toString('utf8')).split('\n')
      partial = lines.pop() ?? ''
      error ??= lines.find((l) => l.startsWith('::error'))?.replace(/^::error[^:]*::/, '')
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const m = /HEE-TIME ([\d.]+) (\d+)/.exec(stderr)
      const exit = /Command exited with non-zero status (\d+)/.exec(stderr)
      resolve({
        ...(error ? { error } : {}),
        seconds: m ? Number(m[1]) : NaN,
        maxRssMb: m ? Number(m[2]) / 1024 : NaN,
        code: exit ? Number(exit[1]) : code,
        outputs: existsSync(env['GITHUB_OUTPUT']!) ? readOutputs(env['GITHUB_OUTPUT']!) : {},
        summary: existsSync(env['GITHUB_STEP_SUMMARY']!) ? readFileSync(env['GITHUB_STEP_SUMMARY']!, 'utf8') : ''
      })
    })
  })
}

/** The "Limits reached" lines of a job summary, shortened for a figure's note. */
function limitsOf(summary: string): string {
  const section = /### Limits reached\n\n((?:- .*\n?)+)/.exec(summary)?.[1] ?? ''
  const lines = section
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => l.replace(/^- /, '').replace(/\\(.)/g, '$1'))
  return lines.length ? lines.map((l) => (l.length > 140 ? `${l.slice(0, 139)}…` : l)).join(' | ') : 'none'
}

/** Every input's default from actions/monitor/action.yml: the runner hands them to the action as INPUT_*. */
function actionDefaults(): Record<string, string> {
  const meta = parse(readFileSync(join(ROOT, 'actions/monitor/action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(meta.inputs))
    if (spec.default !== undefined) out[name] = String(spec.default)
  return out
}

const ERROR_LINES = readFileSync(join(ROOT, 'test/fixtures/logs/cargo-build-type-error.log'), 'utf8').split('\n')

/** ~80 KB of real passing test output in GitHub's log format: the trickled log's unit. */
function logChunk(): string {
  const pass = readFileSync(join(ROOT, 'test/fixtures/logs/cargo-test-pass.log'), 'utf8').trimEnd().split('\n')
  const lines: string[] = []
  for (let size = 0, i = 0; size < 80 * 1024; i++) {
    const line = pass[i % pass.length]!
    lines.push(line)
    size += line.length + 30 // and its timestamp
  }
  return formatLog(lines)
}

export async function benchHostile(): Promise<Figure[]> {
  if (!existsSync('/usr/bin/time'))
    return [{ name: 'hostile inputs', value: NaN, unit: 'skipped: /usr/bin/time is missing (apt-get install time)' }]
  if (!existsSync(bundle('monitor')))
    return [{ name: 'hostile inputs', value: NaN, unit: 'skipped: no dist/monitor (node scripts/bundle.mjs)' }]
  const figures: Figure[] = []
  const bombs = { runs: await sarifBomb('runs'), results: await sarifBomb('results') }
  const server = new StandinServer()
  const repo = new FakeRepo('bench/app')
  repo.token = TOKEN
  registerActionsApi(server, repo, { validate: false })
  const artifacts = registerArtifactService(server)
  const origin = await server.start()
  const gh: LocalGitHub = { server, artifacts, origin, stop: () => server.stop() }
  let monitoringRunId = 70_000_000

  /** A failed run (its `build` job failing with a compiler error), monitored once with `faults` in place. */
  async function monitorFailedRun(
    faults: FaultRule[],
    prepare?: (runId: number) => Promise<string>
  ): Promise<Measured & { detail: string }> {
    const run = repo.addRun({
      workflow: 'ci.yml',
      name: 'CI',
      jobs: [
        { name: 'lint' },
        {
          name: 'build',
          conclusion: 'failure',
          steps: ['Set up job', 'Run cargo build', 'Upload SARIF', 'Complete job'],
          errorLines: ERROR_LINES
        }
      ]
    })
    const detail = prepare ? await prepare(run.id) : ''
    server.clearFaults()
    for (const f of faults) server.injectFault(f)
    const job = new LocalJob({
      gh,
      repository: repo.fullName,
      workflow: 'HEE CI Monitoring',
      runId: ++monitoringRunId,
      job: 'monitor',
      eventName: 'workflow_run',
      event: { action: 'completed', workflow_run: { id: run.id, name: 'CI' } }
    })
    const inputs = { ...actionDefaults(), 'github-token': TOKEN, 'signing-key': HMAC }
    const r = await timedStep(bundle('monitor'), job.env(inputs))
    server.clearFaults()
    return { ...r, detail }
  }

  const figure = (name: string, r: Measured & { detail: string }): Figure => ({
    name,
    value: r.maxRssMb,
    unit: 'MB peak RSS',
    note: `${r.seconds.toFixed(1)} s, exit ${r.code}${r.detail ? `, ${r.detail}` : ''}; limits reached: ${limitsOf(r.summary)}${r.code !== 0 && r.error ? `; error: ${r.error.slice(0, 160)}` : ''}`
  })

  try {
    for (const [shape, file] of Object.entries(bombs)) {
      const r = await monitorFailedRun([], async (runId) => {
        const uploader = new LocalJob({ gh, repository: repo.fullName, workflow: 'CI', runId, job: 'build' })
        const a = await uploader.uploadRaw('codeql-sarif', file)
        return `${(a.size / 1024).toFixed(0)} KB zip of ${(statSync(file).size / MB).toFixed(0)} MB`
      })
      const label = shape === 'runs' ? '{"runs":[{"results":[{},{},…]}]}' : '{"results":[{},{},…]}'
      figures.push(figure(`monitor, SARIF artifact ${label}`, r))
    }

    figures.push(
      figure(
        'monitor, endless Link: rel=next on the job list',
        await monitorFailedRun([
          { path: /\/actions\/runs\/\d+\/jobs$/, times: Infinity, fault: { kind: 'endless-pages' } }
        ])
      )
    )

    // ~8 MB/s: 80 KB every 10 ms, for as long as the monitor reads.
    const chunk = logChunk()
    const head = formatLog(['##[group]Run cargo test --workspace', 'cargo test --workspace', '##[endgroup]'])
    const trickled = await monitorFailedRun([
      {
        path: /^\/_standin\/job-logs\//,
        times: Infinity,
        fault: { kind: 'trickle', head, chunk, intervalMs: 10 }
      }
    ])
    trickled.detail = `${((chunk.length * 100) / MB).toFixed(1)} MB/s offered`
    figures.push(figure('monitor, endless job log trickling', trickled))

    figures.push(
      figure(
        'monitor, API that never answers',
        await monitorFailedRun([{ path: /^\/repos\//, times: Infinity, fault: { kind: 'silent' } }])
      )
    )
  } finally {
    await server.stop()
  }

  // The classifier on adversarial lines: each built-in regex on its own lines, then the whole pass.
  let worst = { name: '', mbps: Infinity }
  let bytes = 0
  let seconds = 0
  const all: string[] = []
  for (const [name, re] of builtInRegexes()) {
    const lines = adversarialLines(re)
    const size = lines.reduce((n, l) => n + l.length + 1, 0)
    // Best of 5: each regex takes milliseconds, and the shared machine's noise is as large.
    let s = Infinity
    for (let rep = 0; rep < 5; rep++) {
      const t0 = performance.now()
      for (const l of lines) re.test(l)
      s = Math.min(s, (performance.now() - t0) / 1000)
    }
    bytes += size
    seconds += s
    const mbps = size / MB / s
    if (mbps < worst.mbps) worst = { name, mbps }
    all.push(...lines.slice(0, 12))
  }
  figures.push({
    name: `slowest built-in regex on its adversarial lines`,
    value: worst.mbps,
    unit: 'MB/s',
    note: `${worst.name}, best of 5; all ${builtInRegexes().length} regexes: ${(bytes / MB).toFixed(1)} MB in ${seconds.toFixed(2)} s`
  })
  const log = `##[group]Run make lint\n${all.join('\n')}\n##[error]Process completed with exit code 1.\n`
  let s = Infinity
  let result = classifyText(log)
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now()
    result = classifyText(log)
    s = Math.min(s, (performance.now() - t0) / 1000)
  }
  figures.push({
    name: 'classification pass on a log of adversarial lines',
    value: log.length / MB / s,
    unit: 'MB/s',
    note: `${(log.length / MB).toFixed(1)} MB, ${result.lines} lines in ${s.toFixed(2)} s (best of 3), ${result.findings.length} finding(s)`
  })
  return figures
}
