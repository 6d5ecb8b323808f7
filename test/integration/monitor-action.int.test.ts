/**
 * The monitor action as GitHub runs it: the committed bundle `dist/monitor/index.js` as a
 * process with a runner's env, against one stand-in server that is both the REST API and the
 * artifact service. Job logs are real tool output (tsc run during the test, or the fixtures
 * made by test/fixtures/logs/make-fixtures.sh) served in GitHub's log format.
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { verifyWebhookSignature } from '../../packages/core/src/alerts/webhook.js'
import { formatCapsule, parseKey, signCapsule } from '../../packages/core/src/capsule/index.js'
import { createCapsule } from '../../packages/core/src/capsule/update.js'
import { registerArtifactService } from '../support/artifact-service.js'
import { readCapsule } from '../support/capsule-file.js'
import { FakeRepo, formatLog, registerActionsApi, type ActionsApi, type JobSpec } from '../support/github-api.js'
import { StandinServer } from '../support/http-server.js'
import { httpReceiver, smtpReceiver } from '../support/receivers.js'
import type { ActionResult } from '../support/runner-env.js'
import { annotations, expectOk } from '../support/step-result.js'
import { LocalJob, ROOT, type LocalGitHub } from '../support/workflow.js'

const MONITORING = 'HEE CI Monitoring and Auto-Fix'
const WATCHED = 'HEE CI/CD Pipeline'
const TOKEN = 'ghs_monitorActionToken0123456789abcdefXYZ'
const HMAC = `hmac-${randomBytes(24).toString('hex')}`
const SLACK_PATH = '/services/T0HEE0000/B0HEE0000/slackPathSecret0123456789'
const WEBHOOK_PATH = '/hooks/webhookPathSecret9876543210'
const WEBHOOK_SECRET = 'whsec-monitor-0123456789-hmac-key'
const SMTP_USER = 'hee-bot'
const SMTP_PASS = 'smtpPa55wordNeverShown42'
const TWILIO_SID = 'AC0123456789abcdef0123456789abcdef'
const TWILIO_TOKEN = 'twilioAuthToken0123456789abcdef'
const SECRETS = [TOKEN, HMAC, SLACK_PATH, WEBHOOK_PATH, WEBHOOK_SECRET, SMTP_PASS, TWILIO_TOKEN]
const LOGS = join(ROOT, 'test', 'fixtures', 'logs')

// ---------- a real compiler's output, in GitHub's log format ----------

let tscOutput: string[] = []
let tscExit = 0

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'hee-tsc-'))
  mkdirSync(join(dir, 'src'))
  writeFileSync(
    join(dir, 'src', 'broken.ts'),
    "export const answer: number = 'forty-two'\n\nexport function twice(n: number): number {\n  return n * 2\n}\n\nexport const label: string = twice(2)\n"
  )
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc')
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '--strict', 'src/broken.ts'], {
    cwd: dir,
    encoding: 'utf8'
  })
  tscOutput = `${r.stdout}${r.stderr}`.trimEnd().split(/\r?\n/)
  tscExit = r.status ?? 1
  expect(tscExit).toBe(2)
  expect(tscOutput).toHaveLength(2)
})

/** One failing step `Run <title>` around `lines`, as GitHub serves a job log; `exit` defaults to tsc's. */
function ghaLog({ title, lines, exit = tscExit }: { title: string; lines: string[]; exit?: number }): string {
  return formatLog([
    `##[group]Run ${title}`,
    title,
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    ...lines,
    `##[error]Process completed with exit code ${exit}.`
  ])
}

const tscLog = (): string => ghaLog({ title: 'npx tsc --noEmit', lines: tscOutput })
const STEPS = (failing: string) => ['Set up job', 'Run actions/checkout@v4', failing, 'Complete job']

// ---------- one stand-in per test: REST API + artifact service on one origin ----------

interface Standin {
  server: StandinServer
  repo: FakeRepo
  api: ActionsApi
  gh: LocalGitHub
}

let s: Standin
let monitoringRunId = 90_000_000

beforeEach(async () => {
  const server = new StandinServer()
  const artifacts = registerArtifactService(server)
  const repo = new FakeRepo('hee-it/app')
  repo.token = TOKEN
  const api = registerActionsApi(server, repo)
  const origin = await server.start()
  s = { server, repo, api, gh: { server, artifacts, origin, stop: () => server.stop() } }
})

afterEach(async () => {
  await s.server.stop()
  expect(s.api.violations).toEqual([])
})

/** A completed run of the watched workflow: lint and test pass, `build` fails with `log`. */
function failedRun(log = tscLog(), job: Partial<JobSpec> = {}) {
  return s.repo.addRun({
    workflow: 'ci.yml',
    name: WATCHED,
    jobs: [
      { name: 'lint' },
      { name: 'build', conclusion: 'failure', steps: STEPS('Run npx tsc --noEmit'), log, ...job },
      { name: 'test' }
    ]
  })
}

const passedRun = () =>
  s.repo.addRun({ workflow: 'ci.yml', name: WATCHED, jobs: [{ name: 'lint' }, { name: 'build' }, { name: 'test' }] })

/** The monitor job (`job`, default `monitor`) of a monitoring run (default: a new one), started by `workflow_run` for `watchedRunId`. */
function monitorJob(
  watchedRunId: number,
  { runId = ++monitoringRunId, job: name = 'monitor' }: { runId?: number; job?: string } = {}
): LocalJob {
  return new LocalJob({
    gh: s.gh,
    repository: s.repo.fullName,
    workflow: MONITORING,
    runId,
    job: name,
    eventName: 'workflow_run',
    event: { action: 'completed', workflow_run: { id: watchedRunId, name: WATCHED } }
  })
}

const BASE = { 'github-token': TOKEN, 'signing-key': HMAC }

function monitor(job: LocalJob, inputs: Record<string, string> = {}): Promise<ActionResult> {
  return job.step('monitor', { ...BASE, ...inputs })
}

interface FindingsJson {
  status: string
  status_path: string[]
  fix_required: boolean
  severity: string | null
  patterns: string[]
  runs: Array<{
    id: number
    workflow: string
    jobs: Array<{
      name: string
      failed_step: string | null
      log_error: string | null
      findings: Array<{ pattern: string; line: number; step: string | null; excerpt: string }>
    }>
  }>
  alerts: Array<{ kind: string; severity: string }>
  deliveries: Array<{ channel: string; kind: string; ok: boolean; error: string | null }>
  unreadable: string[]
}

function findings(r: ActionResult): FindingsJson {
  return JSON.parse(readFileSync(r.outputs['findings-path']!, 'utf8')) as FindingsJson
}

const capsuleFile = (job: LocalJob): string => job.capsuleFile

/** A signed capsule already in the job's workspace, as capsule-load leaves it. */
function seedCapsule(job: LocalJob): Buffer {
  const c = signCapsule(
    createCapsule({ repository: s.repo.fullName, workflow: MONITORING, runId: 1, now: new Date() }),
    parseKey(HMAC)
  )
  writeFileSync(capsuleFile(job), formatCapsule(c))
  return readFileSync(capsuleFile(job))
}

const requests = (re: RegExp) => s.server.requests.filter((r) => re.test(r.path.replace(/\?.*$/, '')))

/** Asserts no secret value is in any of `texts`; `::add-mask::` lines (the runner's masking protocol) excepted. */
function expectNoSecrets(texts: Record<string, string>): void {
  for (const [where, text] of Object.entries(texts)) {
    const visible = text
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    for (const secret of SECRETS) expect(visible.includes(secret), `${where} contains a secret`).toBe(false)
  }
}

function stepTexts(r: ActionResult, job: LocalJob, label: string): Record<string, string> {
  return {
    [`${label} stdout`]: r.stdout,
    [`${label} stderr`]: r.stderr,
    [`${label} summary`]: r.summary,
    [`${label} findings`]: r.outputs['findings-path'] ? readFileSync(r.outputs['findings-path'], 'utf8') : '',
    [`${label} capsule`]: readFileSync(capsuleFile(job), 'utf8')
  }
}

// ---------- local receivers ----------

/** Subject of a raw mail, RFC 2047 words decoded. */
function subjectOf(raw: string): string {
  const line = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? ''
  return line
    .replace(/\r\n[ \t]+/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1'
          ).toString('utf8')
    )
}

// ---------- tests ----------

describe('monitor action bundle: one failed run', () => {
  test('locates a real tsc error: outputs, findings JSON, summary, annotation and a capsule the next job loads', async () => {
    const run = failedRun()
    const build = s.repo.jobsOf(run.id).find((j) => j.name === 'build')!
    const job = monitorJob(run.id)

    const r = await monitor(job)

    expectOk(r, { allowErrorAnnotations: true })
    const version = Number(r.outputs['version'])
    expect(r.outputs).toMatchObject({
      fix_required: 'false',
      'fix-required': 'false',
      status: 'failed',
      severity: 'critical',
      patterns: 'PAT-001',
      'runs-analyzed': '1',
      'artifact-name': `hee-state-capsule-v${version}`
    })
    // A fresh capsule (v1), then operational → degraded → failed: one version per legal step.
    expect(version).toBe(3)

    const f = findings(r)
    const logLine =
      tscLog()
        .split('\n')
        .findIndex((l) => l.includes('src/broken.ts(1,')) + 1
    expect(f).toMatchObject({
      status: 'failed',
      status_path: ['operational', 'degraded', 'failed'],
      fix_required: false,
      severity: 'critical',
      unreadable: []
    })
    expect(f.runs).toHaveLength(1)
    expect(f.runs[0]!).toMatchObject({ id: run.id, workflow: WATCHED })
    expect(f.runs[0]!.jobs.map((j) => [j.name, j.failed_step, j.log_error])).toEqual([
      ['build', 'Run npx tsc --noEmit', null]
    ])
    const first = f.runs[0]!.jobs[0]!.findings[0]!
    expect(first).toMatchObject({ pattern: 'PAT-001', step: 'Run npx tsc --noEmit', line: logLine })
    expect(first.excerpt).toContain(
      "src/broken.ts(1,14): error TS2322: Type 'string' is not assignable to type 'number'."
    )

    // The summary names the job, the step, the pattern, the log line and the evidence.
    expect(r.summary).toContain('## HEE CI monitor: **failed**')
    const row = r.summary.split('\n').find((l) => l.startsWith(`| [${run.id}]`))!
    expect(row).toContain(`| ${WATCHED} | build | Run npx tsc --noEmit | PAT-001 Compilation failure | ${logLine} |`)
    expect(row).toContain('error TS2322')

    // The annotation points at the source line the compiler named.
    const error = r.stdout.split('\n').find((l) => l.startsWith('::error '))!
    expect(error).toMatch(
      /^::error title=HEE CI%3A HEE CI\/CD Pipeline broke%3A Compilation failure,file=src\/broken.ts,line=1::/
    )
    expect(annotations(r, 'error')[0]).toContain(
      `started failing in run ${run.id} with Compilation failure (PAT-001, critical)`
    )

    // 2 + 1 failed job API requests, plus the log's signed URL.
    expect(requests(/^\/repos\/hee-it\/app\/actions\/(runs|jobs)\//).map((q) => q.path.replace(/\?.*$/, ''))).toEqual([
      `/repos/hee-it/app/actions/runs/${run.id}`,
      `/repos/hee-it/app/actions/runs/${run.id}/jobs`,
      `/repos/hee-it/app/actions/jobs/${build.id}/logs`
    ])
    expect(requests(/^\/_standin\/job-logs\//)).toHaveLength(1)

    const capsule = readCapsule(job.capsuleFile)
    expect(capsule.version).toBe(version)
    expect(capsule.body.monitoring_state).toMatchObject({
      current_status: 'failed',
      last_run_id: run.id,
      consecutive_failures: 1
    })
    const uploaded = s.gh.artifacts.artifacts().filter((a) => a.finalized && a.repository === s.repo.fullName)
    expect(uploaded.map((a) => a.name)).toEqual([`hee-state-capsule-v${version}`])

    // The spec's chain: the next job of the same run loads what the monitor uploaded.
    const next = new LocalJob({
      gh: s.gh,
      repository: s.repo.fullName,
      workflow: MONITORING,
      runId: monitoringRunId,
      job: 'auto-fix'
    })
    const load = await next.step('capsule-load', { source: 'run', 'verify-key': HMAC })
    expectOk(load)
    expect(load.outputs).toMatchObject({
      found: 'true',
      version: String(version),
      status: 'failed',
      'fallback-used': 'false'
    })
    expect(readFileSync(next.capsuleFile, 'utf8')).toBe(readFileSync(capsuleFile(job), 'utf8'))

    expectNoSecrets(stepTexts(r, job, 'monitor'))
  })

  test('sets fix_required for a lint failure (real eslint output) and stays degraded', async () => {
    const run = failedRun(readFileSync(join(LOGS, 'gha-eslint-errors.log'), 'utf8'), {
      steps: STEPS('Run npx eslint .')
    })

    const r = await monitor(monitorJob(run.id))

    expectOk(r, { allowErrorAnnotations: true })
    expect(r.outputs).toMatchObject({
      fix_required: 'true',
      'fix-required': 'true',
      status: 'degraded',
      severity: 'medium',
      patterns: 'PAT-007'
    })
    expect(r.summary).toContain('Next: the auto-fix job will try the fixable patterns')
  })

  test("reads an unsure failed job against its last green run, remembers it in the capsule, and not with last-green-baseline 'false'", async () => {
    const dir = join(ROOT, 'test', 'fixtures', 'baseline')
    const smoke = (log: string): JobSpec => ({
      name: 'smoke',
      steps: STEPS('Run ./scripts/smoke.sh'),
      log: readFileSync(join(dir, log), 'utf8')
    })
    const green = s.repo.addRun({ workflow: 'ci.yml', name: WATCHED, jobs: [smoke('smoke-passed.log')] })
    const greenLog = `/repos/hee-it/app/actions/jobs/${s.repo.jobsOf(green.id)[0]!.id}/logs`
    const red = () =>
      s.repo.addRun({
        workflow: 'ci.yml',
        name: WATCHED,
        jobs: [{ ...smoke('smoke-failed.log'), conclusion: 'failure' }]
      })

    const quiet = monitorJob(red().id)
    const off = await monitor(quiet, { 'last-green-baseline': 'false' })
    expectOk(off, { allowErrorAnnotations: true })
    expect(findings(off).runs[0]!.jobs[0]!.findings[0]).toMatchObject({ line: 9 })
    expect(requests(/\/workflows\//)).toEqual([])
    expect(readCapsule(capsuleFile(quiet)).body.monitoring_state.baselines).toBeUndefined()

    const run = red()
    const job = monitorJob(run.id)
    const r = await monitor(job)
    expectOk(r, { allowErrorAnnotations: true })
    const found = findings(r).runs[0]!.jobs[0]!.findings[0]!
    expect(found).toMatchObject({ line: 14 })
    expect(found.excerpt).toContain('smoke check failed: GET /ready answered 503, want 200')
    expect(requests(/\/workflows\//)).toHaveLength(1)
    expect(requests(/\/actions\/jobs\/\d+\/logs$/).filter((q) => q.path === greenLog)).toHaveLength(1)
    expect(readCapsule(capsuleFile(job)).body.monitoring_state.baselines).toEqual([
      { job: 'smoke', sha: run.headSha, run_id: green.id, keys: expect.any(Array) }
    ])
  })
})

describe('monitor action bundle: faults on the way', () => {
  test('retries a 500 on the job list and then reads it', async () => {
    const run = failedRun()
    s.server.injectFault({ path: /\/actions\/runs\/\d+\/jobs$/, fault: { kind: 'status', status: 500 } })
    const job = monitorJob(run.id)

    const r = await monitor(job)

    expectOk(r, { allowErrorAnnotations: true })
    expect(requests(/\/jobs$/).map((q) => q.status)).toEqual([500, 200])
    expect(r.outputs).toMatchObject({ patterns: 'PAT-001', status: 'failed' })
    expect(findings(r).unreadable).toEqual([])
    expect(readCapsule(job.capsuleFile).body.monitoring_state.current_status).toBe('failed')
  })

  test('retries a 502 and a connection reset on the job list, then reads it', async () => {
    const run = failedRun()
    s.server.injectFault({ path: /\/actions\/runs\/\d+\/jobs$/, fault: { kind: 'status', status: 502 } })
    s.server.injectFault({ path: /\/actions\/runs\/\d+\/jobs$/, fault: { kind: 'reset' } })

    const r = await monitor(monitorJob(run.id))

    expectOk(r, { allowErrorAnnotations: true })
    expect(requests(/\/jobs$/).map((q) => q.status)).toEqual([502, 0, 200])
    expect(r.outputs['patterns']).toBe('PAT-001')
  })

  test('waits out a 403 rate limit (remaining 0, retry-after 1) on the run and a 429 on the job list, then reads both', async () => {
    const run = failedRun()
    s.server.injectFault({
      path: /\/actions\/runs\/\d+$/,
      fault: {
        kind: 'status',
        status: 403,
        headers: { 'x-ratelimit-remaining': 0, 'retry-after': 1 },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest'
        }
      }
    })
    s.server.injectFault({
      path: /\/actions\/runs\/\d+\/jobs$/,
      fault: {
        kind: 'status',
        status: 429,
        headers: {
          'retry-after': 1,
          'x-ratelimit-remaining': 0,
          'x-ratelimit-reset': Math.floor(Date.now() / 1000) + 3000
        },
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest'
        }
      }
    })

    const r = await monitor(monitorJob(run.id))

    expectOk(r, { allowErrorAnnotations: true })
    expect(requests(/\/actions\/runs\/\d+$/).map((q) => q.status)).toEqual([403, 200])
    expect(requests(/\/jobs$/).map((q) => q.status)).toEqual([429, 200])
    const warnings = annotations(r, 'warning')
    expect(warnings.some((w) => /secondary rate limit; waiting 1 s/.test(w))).toBe(true)
    expect(warnings.some((w) => /primary rate limit; waiting 1 s/.test(w))).toBe(true)
    expect(r.outputs['patterns']).toBe('PAT-001')
  })

  test('reports a cut-off log and still uses the part it read', async () => {
    const log = tscLog()
    // Cut after the first compiler error, before the second one and the exit line.
    const cut = Buffer.byteLength(log.slice(0, log.indexOf('src/broken.ts(7,')))
    const run = failedRun(log)
    const build = s.repo.jobsOf(run.id).find((j) => j.name === 'build')!
    s.server.injectFault({ path: /^\/_standin\/job-logs\//, fault: { kind: 'truncate', bytes: cut } })
    const job = monitorJob(run.id)

    const r = await monitor(job)

    expectOk(r, { allowErrorAnnotations: true })
    expect(r.outputs).toMatchObject({ patterns: 'PAT-001', status: 'failed' })
    const f = findings(r)
    expect(f.runs[0]!.jobs[0]!.findings[0]!.excerpt).toContain('src/broken.ts(1,14)')
    expect(f.runs[0]!.jobs[0]!.log_error).toMatch(
      new RegExp(`log of job ${build.id} ended early after ${cut} bytes of ${Buffer.byteLength(log)}`)
    )
    expect(f.unreadable).toHaveLength(1)
    expect(f.unreadable[0]).toMatch(
      new RegExp(`^log of job "build" \\(${build.id}\\): log of job ${build.id} ended early`)
    )
    expect(r.summary).toContain('**Could not read:**')
    expect(r.summary).toMatch(/- log of job "build" \(\d+\): log of job \d+ ended early/)
    expect(annotations(r, 'warning').some((w) => w.startsWith('could not read log of job "build"'))).toBe(true)
    expect(readCapsule(job.capsuleFile).body.monitoring_state).toMatchObject({
      current_status: 'failed',
      last_run_id: run.id
    })
  })

  test('stops an endless job list at max-pages and gives up a silent log URL at the request timeout: summary, findings JSON, outputs and capsule say so', async () => {
    const run = failedRun()
    const build = s.repo.jobsOf(run.id).find((j) => j.name === 'build')!
    s.server.injectFault({ path: /\/actions\/runs\/\d+\/jobs$/, times: Infinity, fault: { kind: 'endless-pages' } })
    s.server.injectFault({ path: /^\/_standin\/job-logs\//, times: Infinity, fault: { kind: 'silent' } })
    const job = monitorJob(run.id)

    const r = await monitor(job, { 'max-pages': '2', 'request-timeout-seconds': '5' })

    expectOk(r, { allowErrorAnnotations: true })
    expect(requests(/\/jobs$/)).toHaveLength(2)
    expect(requests(/^\/_standin\/job-logs\//)).toHaveLength(1)
    const limits = [
      `limit reached: list the jobs of run ${run.id}: only the first 2 page(s) were read (max-pages 2); the rest was left out`,
      expect.stringMatching(
        new RegExp(
          `^log of job "build" \\(${build.id}\\): limit reached: download the log of job ${build.id} \\(GET 127\\.0\\.0\\.1:\\d+\\) had no answer within 5 s \\(request timeout\\)`
        )
      )
    ]
    expect((findings(r) as FindingsJson & { limits_reached: string[] }).limits_reached).toEqual(limits)
    expect(r.outputs['limits-reached']).toBe('2')
    expect(r.summary).toContain('### Limits reached')
    expect(r.summary).toContain(`only the first 2 page(s) were read (max-pages 2)`)
    expect(r.summary).toContain('had no answer within 5 s (request timeout)')
    expect(annotations(r, 'warning').filter((w) => w.includes('limit reached: '))).toHaveLength(2)
    expect(readCapsule(job.capsuleFile).body.monitoring_state).toMatchObject({ last_run_id: run.id })
    expect(s.gh.artifacts.artifacts().map((a) => a.name)).toEqual([r.outputs['artifact-name']])
  })

  test('fails clearly on a malformed JSON answer for the run and leaves the capsule byte for byte', async () => {
    const run = failedRun()
    const job = monitorJob(run.id)
    const before = seedCapsule(job)
    s.server.injectFault({
      method: 'GET',
      path: /\/actions\/runs\/\d+$/,
      fault: { kind: 'malformed', body: '{"id": 1, "name": "CI", "status": "comp' }
    })

    const r = await monitor(job)

    expect(r.code).toBe(1)
    const errors = annotations(r, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/answered 200 with a body that is not valid JSON/)
    expect(errors[0]).toContain(`/actions/runs/${run.id}`)
    expect(readFileSync(capsuleFile(job)).equals(before)).toBe(true)
    expect(s.gh.artifacts.artifacts()).toEqual([])
    expect(requests(/\/jobs$/)).toEqual([])
  })

  test('fails on a rejected token with a message naming github-token and leaves the capsule byte for byte', async () => {
    const run = failedRun()
    const job = monitorJob(run.id)
    const before = seedCapsule(job)
    const wrong = 'ghs_wrongTokenThatIsAlsoSecret0123456789'

    const r = await monitor(job, { 'github-token': wrong })

    expect(r.code).toBe(1)
    const errors = annotations(r, 'error')
    expect(errors).toEqual([expect.stringMatching(/the token was rejected \(401\): check the `github-token` input/)])
    expect(requests(/\/actions\/runs\/\d+$/).map((q) => q.status)).toEqual([401])
    expect(readFileSync(capsuleFile(job)).equals(before)).toBe(true)
    expect(s.gh.artifacts.artifacts()).toEqual([])
    for (const text of [r.stdout, r.stderr, r.summary]) {
      expect(
        text
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n')
      ).not.toContain(wrong)
    }
  })
})

describe('monitor action bundle: alert channels end to end', () => {
  test('broke, still failing and fixed reach Slack, email, SMS, a signed webhook and one GitHub issue, with no secret anywhere', async () => {
    const [slack, hook, sms, smtp] = await Promise.all([
      httpReceiver(),
      httpReceiver(),
      httpReceiver({
        status: 201,
        reply: JSON.stringify({ sid: 'SM0123456789abcdef0123456789abcdef', status: 'queued' })
      }),
      smtpReceiver(SMTP_USER, SMTP_PASS)
    ])
    try {
      const inputs = {
        'slack-webhook-url': `${slack.url}${SLACK_PATH}`,
        'smtp-url': `smtp://${SMTP_USER}:${SMTP_PASS}@127.0.0.1:${smtp.port}`,
        'email-from': 'hee-ci@example.com',
        'email-to': 'oncall@example.com',
        'sms-account-sid': TWILIO_SID,
        'sms-auth-token': TWILIO_TOKEN,
        'sms-from': '+15005550006',
        'sms-to': '+15005550001',
        'sms-api-url': sms.url,
        'webhook-url': `${hook.url}${WEBHOOK_PATH}`,
        'webhook-secret': WEBHOOK_SECRET,
        'github-issues': 'true',
        // Re-alert on every run, so the second failing run comments on the issue.
        escalation: JSON.stringify({ minimumRealert: 0, critical: { realert: 0 } })
      }
      const texts: Record<string, string> = {}

      // Run 1: the build breaks.
      const broke = failedRun()
      const j1 = monitorJob(broke.id)
      const r1 = await monitor(j1, inputs)
      expectOk(r1, { allowErrorAnnotations: true })
      expect(r1.outputs['status']).toBe('failed')
      expect(
        findings(r1)
          .deliveries.map((d) => `${d.channel}:${d.kind}:${d.ok}`)
          .sort()
      ).toEqual(['console', 'email', 'github-issue', 'slack', 'sms', 'webhook'].map((c) => `${c}:broke:true`))
      expect(s.repo.issues.map((i) => [i.title, i.state, i.labels])).toEqual([
        [`[HEE CI] ${WATCHED}: Compilation failure`, 'open', ['hee-ci']]
      ])
      expect(
        readCapsule(j1.capsuleFile).body.monitoring_state.incidents?.[`${WATCHED}::PAT-001::main`]?.issue_number
      ).toBe(s.repo.issues[0]!.number)
      Object.assign(texts, stepTexts(r1, j1, 'run 1'))

      // Run 2, a later monitoring run: the capsule comes back through the artifact service.
      const still = failedRun()
      const j2 = monitorJob(still.id)
      const load2 = await j2.step('capsule-load', { source: 'latest', 'verify-key': HMAC, 'github-token': TOKEN })
      expectOk(load2)
      expect(load2.outputs['version']).toBe(r1.outputs['version'])
      const r2 = await monitor(j2, inputs)
      expectOk(r2, { allowErrorAnnotations: true })
      expect(findings(r2).alerts.map((a) => a.kind)).toEqual(['still-failing'])
      expect(s.repo.issues).toHaveLength(1)
      expect(s.repo.issues[0]!.comments).toHaveLength(1)
      expect(s.repo.issues[0]!.comments[0]!.body).toContain('still failing: Compilation failure (2 runs)')
      Object.assign(texts, stepTexts(r2, j2, 'run 2'))

      // Run 3: the build passes again.
      const fixed = passedRun()
      const j3 = monitorJob(fixed.id)
      expectOk(await j3.step('capsule-load', { source: 'latest', 'verify-key': HMAC, 'github-token': TOKEN }))
      const r3 = await monitor(j3, inputs)
      expectOk(r3, { allowErrorAnnotations: true })
      expect(r3.outputs).toMatchObject({ status: 'operational', severity: 'none', patterns: '' })
      expect(findings(r3).status_path).toEqual(['failed', 'operational'])
      expect(s.repo.issues[0]!.state).toBe('closed')
      expect(s.repo.issues[0]!.comments).toHaveLength(2)
      expect(readCapsule(j3.capsuleFile).body.monitoring_state.incidents).toEqual({})
      Object.assign(texts, stepTexts(r3, j3, 'run 3'))

      // Slack: Block Kit.
      expect(slack.received.map((m) => m.url)).toEqual([SLACK_PATH, SLACK_PATH, SLACK_PATH])
      const blocks = slack.received.map(
        (m) => JSON.parse(m.body) as { text: string; blocks: Array<{ type: string; text?: { text: string } }> }
      )
      expect(blocks.map((b) => b.blocks[0]!.type)).toEqual(['header', 'header', 'header'])
      expect(blocks.map((b) => b.blocks[0]!.text!.text)).toEqual([
        expect.stringContaining(`${WATCHED} broke: Compilation failure`),
        expect.stringContaining(`${WATCHED} still failing: Compilation failure (2 runs)`),
        expect.stringContaining(`${WATCHED} fixed: Compilation failure`)
      ])
      expect(blocks[0]!.blocks.some((b) => b.type === 'section' && b.text?.text.includes('error TS2322'))).toBe(true)

      // Webhook: signed with the secret, one event per alert.
      expect(hook.received.map((m) => m.headers['x-hee-event'])).toEqual([
        'alert.broke',
        'alert.still-failing',
        'alert.fixed'
      ])
      for (const m of hook.received) {
        expect(verifyWebhookSignature(WEBHOOK_SECRET, m.body, m.headers['x-hee-signature-256'] as string)).toBe(true)
        expect(
          verifyWebhookSignature('another-secret-0123456789', m.body, m.headers['x-hee-signature-256'] as string)
        ).toBe(false)
      }
      expect(JSON.parse(hook.received[0]!.body)).toMatchObject({
        kind: 'broke',
        severity: 'critical',
        pattern: 'PAT-001',
        evidence: { file: 'src/broken.ts', line: 1, job: 'build' }
      })

      // SMS: Twilio's form, basic auth with the account SID.
      expect(sms.received).toHaveLength(3)
      expect(sms.received[0]!.url).toBe(`/2010-04-01/Accounts/${TWILIO_SID}/Messages.json`)
      const form = new URLSearchParams(sms.received[0]!.body)
      expect(form.get('To')).toBe('+15005550001')
      expect(form.get('Body')).toMatch(
        /^\[HEE CI\] CRITICAL: HEE CI\/CD Pipeline broke: Compilation failure at src\/broken.ts:1/
      )
      expect(sms.received[0]!.headers.authorization).toBe(
        `Basic ${Buffer.from(`${TWILIO_SID}:${TWILIO_TOKEN}`).toString('base64')}`
      )

      // Email through the local SMTP server, logged in with the URL's user.
      expect(smtp.mails.map((m) => m.to)).toEqual([
        ['oncall@example.com'],
        ['oncall@example.com'],
        ['oncall@example.com']
      ])
      expect(smtp.mails.map((m) => subjectOf(m.raw))).toEqual([
        `[HEE CI] critical broke: ${WATCHED} — Compilation failure`,
        `[HEE CI] critical still-failing: ${WATCHED} — Compilation failure`,
        `[HEE CI] critical fixed: ${WATCHED} — Compilation failure`
      ])

      // No secret in any output, file or alert body received.
      for (const [i, m] of slack.received.entries()) texts[`slack ${i}`] = m.body
      for (const [i, m] of hook.received.entries()) texts[`webhook ${i}`] = m.body
      for (const [i, m] of sms.received.entries()) texts[`sms ${i}`] = decodeURIComponent(m.body.replace(/\+/g, ' '))
      for (const [i, m] of smtp.mails.entries()) texts[`mail ${i}`] = m.raw
      for (const issue of s.repo.issues) {
        texts[`issue ${issue.number}`] = issue.body ?? ''
        for (const c of issue.comments) texts[`comment ${c.id}`] = c.body
      }
      expectNoSecrets(texts)
    } finally {
      await Promise.all([slack.close(), hook.close(), sms.close(), smtp.close()])
    }
  })

  test('warns once about a token that expires in 10 days, not again on a second run the same day', async () => {
    const hook = await httpReceiver()
    try {
      s.repo.tokenExpiration = new Date(Date.now() + 10 * 24 * 3600 * 1000)
      const inputs = {
        'webhook-url': `${hook.url}${WEBHOOK_PATH}`,
        'webhook-secret': WEBHOOK_SECRET,
        'token-name': 'HEE_GITHUB_TOKEN'
      }
      const job = monitorJob(passedRun().id)

      const first = await monitor(job, inputs)
      expectOk(first, { allowErrorAnnotations: true })
      expect(
        first.stdout
          .split('\n')
          .filter((l) => l.startsWith('::warning') && l.includes('HEE_GITHUB_TOKEN expires soon')),
        first.stdout
      ).toHaveLength(1)
      expect(hook.received.map((m) => m.headers['x-hee-event'])).toEqual(['alert.token-expiry'])
      const notice = readCapsule(job.capsuleFile).body.monitoring_state.notices?.['token-expiry']
      expect(notice).toBeDefined()

      // A second monitoring run later that day, with the capsule the first one left.
      const again = await monitor(job, inputs)
      expectOk(again, { allowErrorAnnotations: true })
      expect(again.stdout).not.toContain('expires soon')
      expect(hook.received).toHaveLength(1)
      expect(readCapsule(job.capsuleFile).body.monitoring_state.notices?.['token-expiry']).toBe(notice)
      expect(readCapsule(job.capsuleFile).version).toBe(Number(first.outputs['version']) + 1)
    } finally {
      await hook.close()
    }
  })
})

describe('monitor action bundle: log text is data', () => {
  test('runner commands inside a job log never reach the runner as commands', async () => {
    const hostile = [
      '::set-output name=x::pwned',
      '::add-mask::abc',
      '::stop-commands::x',
      '##[error]fake',
      '  ::warning::from the log'
    ]
    const log = ghaLog({ title: 'npx tsc --noEmit', lines: [...hostile, ...tscOutput, ...hostile] })
    // The workflow's name is the repository's text too (it is printed in progress lines and alerts).
    const run = s.repo.addRun({
      workflow: 'evil.yml',
      name: 'CI\n::set-output name=y::pwned\r::stop-commands::z\n##[error]fake',
      jobs: [
        { name: 'build\n::set-output name=z::pwned', conclusion: 'failure', steps: STEPS('Run npx tsc --noEmit'), log }
      ]
    })
    const job = monitorJob(run.id)

    const r = await monitor(job, { 'findings-path': 'out/findings.json' })

    expectOk(r, { allowErrorAnnotations: true })
    expect(r.outputs['patterns']).toBe('PAT-001')
    // The evidence shown to people does include the hostile lines (as text).
    expect(findings(r).runs[0]!.jobs[0]!.findings[0]!.excerpt).toContain('set-output name=x::pwned')

    const own = /^::(error|warning|notice|debug|add-mask|group|endgroup)(?: [^:]*)?::/
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`)
    // The runner splits a step's output on CR as well as LF.
    for (const line of r.stdout.split(/\r\n|\r|\n/)) {
      const trimmed = line.trimStart()
      if (trimmed.startsWith('::')) {
        expect(trimmed, 'a runner command in stdout').toMatch(own)
        // Masks come from the action's secret inputs and the artifact client's signed URLs, never from the log.
        if (trimmed.startsWith('::add-mask::'))
          expect(['abc', ...hostile]).not.toContain(trimmed.slice('::add-mask::'.length))
      }
      expect(line).not.toMatch(/##\[/)
      expect(line).not.toMatch(/^\s*::(set-output|stop-commands|save-state|set-env|add-path)/)
    }
    // Escaped messages: no raw newline can smuggle a command after one of ours.
    for (const kind of ['error', 'warning', 'notice'] as const) {
      for (const message of annotations(r, kind)) expect(message).not.toMatch(/[\r\n]\s*::/)
    }
    expect(Object.keys(r.outputs).filter((k) => ['x', 'y', 'z'].includes(k))).toEqual([])
    expect(r.stdout).not.toMatch(/^::(set-output|stop-commands)/m)
  })
})
