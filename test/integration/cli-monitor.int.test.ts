/**
 * `hee monitor` from the committed CLI bundle, as a process, against the REST stand-in on
 * 127.0.0.1: one run by id, and a short `--watch` loop whose unchanged poll costs nothing.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { openCapsule, parseCapsuleText, parseKey } from '../../packages/core/src/capsule/index.js'
import { registerArtifactService } from '../support/artifact-service.js'
import { FakeRepo, registerActionsApi, type ActionsApi } from '../support/github-api.js'
import { StandinServer, type Handler } from '../support/http-server.js'
import { smtpReceiver } from '../support/receivers.js'
import { runAction, type ActionResult } from '../support/runner-env.js'
import { ROOT } from '../support/workflow.js'
import { EXCERPT_WITH_EVERY_SECRET, SECRET_EXAMPLES } from '../support/secret-examples.js'

const CLI = join(ROOT, 'dist', 'cli', 'index.js')
const TOKEN = 'ghs_cliMonitorToken0123456789abcdefGHIJ'
const HMAC = `hmac-${randomBytes(24).toString('hex')}`
const LOGS = join(ROOT, 'test', 'fixtures', 'logs')
const STEPS = (failing: string) => ['Set up job', 'Run actions/checkout@v4', failing, 'Complete job']

let server: StandinServer
let repo: FakeRepo
let api: ActionsApi
let dir: string
/** Called before the stand-in answers a request, with the route it matched. */
let onRequest: (method: string, template: string) => void

beforeEach(async () => {
  server = new StandinServer()
  onRequest = () => {}
  // Every route the REST stand-in registers passes through here first, so a test can change
  // the repository between two polls of a running CLI.
  const tap = new Proxy(server, {
    get(target, prop, receiver) {
      if (prop !== 'route') return Reflect.get(target, prop, receiver) as unknown
      return (method: string, template: string, handler: Handler) =>
        target.route(method, template, (ctx) => {
          onRequest(method, template)
          return handler(ctx)
        })
    }
  })
  repo = new FakeRepo('hee-it/cli')
  repo.token = TOKEN
  api = registerActionsApi(tap, repo)
  // A failed run's artifact list is read for security reports (security-artifacts).
  registerArtifactService(server)
  await server.start()
  dir = mkdtempSync(join(tmpdir(), 'hee-cli-monitor-'))
  writeFileSync(join(dir, 'capsule.key'), `${HMAC}\n`)
})

afterEach(async () => {
  await server.stop()
  expect(api.violations).toEqual([])
})

/** A run whose `test` job failed in `step` with the log fixture `fixture`. */
function failedRun({ fixture, step, createdAt }: { fixture: string; step: string; createdAt?: string }) {
  return repo.addRun({
    workflow: 'ci.yml',
    ...(createdAt ? { createdAt } : {}),
    jobs: [
      { name: 'lint' },
      { name: 'test', conclusion: 'failure', steps: STEPS(step), log: readFileSync(join(LOGS, fixture), 'utf8') },
      { name: 'build' }
    ]
  })
}

function hee(args: string[], extra: Record<string, string> = {}): Promise<ActionResult> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_TOKEN: TOKEN,
    ...extra
  }
  return runAction(CLI, env, {
    cwd: dir,
    args: [
      'monitor',
      '--repo',
      repo.fullName,
      '--key',
      'capsule.key',
      '--state-capsule',
      'state.json',
      '--api-url',
      server.origin,
      ...args
    ]
  })
}

function capsuleState() {
  const c = parseCapsuleText(readFileSync(join(dir, 'state.json'), 'utf8'), 'state.json')
  return openCapsule(c, { verifyKeys: [parseKey(HMAC)], requireSignature: true }).capsule
}

describe('hee monitor (CLI bundle)', () => {
  test('sends the broke alert by email through --smtp-url without printing the password, and issues through --github-issues', async () => {
    const password = `smtp-${randomBytes(12).toString('hex')}`
    const smtp = await smtpReceiver('hee', password)
    try {
      const run = failedRun({ fixture: 'gha-cargo-test-failure.log', step: 'Run cargo test --all' })
      const r = await hee([
        '--run-id',
        String(run.id),
        '--smtp-url',
        `smtp://hee:${password}@127.0.0.1:${smtp.port}`,
        '--email-from',
        'ci@example.com',
        '--email-to',
        'team@example.com',
        '--github-issues'
      ])
      expect(r.code, r.stderr).toBe(0)
      expect(smtp.mails).toHaveLength(1)
      expect(smtp.mails[0]!.to).toEqual(['team@example.com'])
      expect(smtp.mails[0]!.raw).toContain('Test failure')
      expect(`${r.stdout}${r.stderr}${smtp.mails[0]!.raw}`).not.toContain(password)
      expect(repo.issues.map((i) => i.title)).toEqual(['[HEE CI] CI: Test failure'])
      expect(capsuleState().body.monitoring_state.incidents?.['CI::PAT-002::main']?.issue_number).toBe(
        repo.issues[0]!.number
      )
    } finally {
      await smtp.close()
    }
  })

  test('analyses one run by id: prints the located finding and the new status, and writes a signed capsule', async () => {
    const run = failedRun({ fixture: 'gha-cargo-test-failure.log', step: 'Run cargo test --all' })

    const r = await hee(['--run-id', String(run.id)])

    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('error: HEE CI: CI broke: Test failure (src/lib.rs:11)')
    expect(r.stdout).toContain(
      `started failing in run ${run.id} with Test failure (PAT-002, high) at job test › step Run cargo test --all › src/lib.rs:11`
    )
    expect(r.stdout).toMatch(
      new RegExp(`^run ${run.id} \\(CI, attempt 1\\): failure, 1 finding\\(s\\), first PAT-002$`, 'm')
    )
    // The default branch (the branch watched when none is named), the run, its jobs, the log.
    expect(r.stdout).toMatch(
      /^poll 1: status degraded \(was operational\); 1 run\(s\) analysed; 4 request\(s\), 0 not modified so far$/m
    )
    expect(r.stdout).not.toContain(TOKEN)
    expect(r.stderr).not.toContain(TOKEN)
    const state = capsuleState().body.monitoring_state
    expect(state).toMatchObject({ current_status: 'degraded', last_run_id: run.id, consecutive_failures: 1 })
  })

  test('--watch with fractional intervals detects a run added between polls, and an unchanged poll costs no rate limit', async () => {
    const first = failedRun({ fixture: 'gha-cargo-test-failure.log', step: 'Run cargo test --all' })
    let lists = 0
    let added: ReturnType<typeof failedRun> | undefined
    let usedAtPoll3 = -1
    onRequest = (method, template) => {
      if (method !== 'GET' || template !== '/repos/:owner/:repo/actions/runs') return
      lists++
      // Poll 2 lists the runs: a new failure has just completed. Poll 3 finds nothing new.
      if (lists === 1)
        added = failedRun({
          fixture: 'gha-vitest-failure.log',
          step: 'Run npx vitest run',
          createdAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
        })
      if (lists === 2) usedAtPoll3 = repo.rateLimit.used
    }

    const r = await hee([
      '--run-id',
      String(first.id),
      '--watch',
      '--max-polls',
      '3',
      '--interval',
      '0.01',
      '--degraded-interval',
      '0.01'
    ])

    expect(r.code, r.stderr).toBe(0)
    expect(lists).toBe(2)
    expect(r.stdout).toMatch(new RegExp(`^detected failure of run ${added!.id} \\d+\\.\\d s after it completed$`, 'm'))
    // The runs list, the job list, the log and the artifact list.
    expect(r.stdout).toMatch(/^poll 2: status degraded; 1 run\(s\) analysed; 3 request\(s\)/m)
    expect(r.stdout).toMatch(/^poll 3: status degraded; 0 run\(s\) analysed; 1 request\(s\), 1 not modified so far$/m)

    // The third poll's one request was answered 304 and cost no rate limit.
    const listed = server.requests.filter((q) => q.path.replace(/\?.*$/, '') === '/repos/hee-it/cli/actions/runs')
    expect(listed.map((q) => q.status)).toEqual([200, 304])
    expect(listed[1]!.headers['if-none-match']).toMatch(/^W\/"/)
    expect(server.requests.at(-1)).toBe(listed[1])
    expect(repo.rateLimit.used).toBe(usedAtPoll3)

    const state = capsuleState().body.monitoring_state
    expect(state.last_run_id).toBe(added!.id)
    expect(state.seen_jobs).toEqual([`${first.id}:1`, `${added!.id}:1`])
    expect(Object.keys(state.incidents ?? {}).sort()).toEqual(['CI::PAT-002::main'])
  })

  test('--watch reports a poll that could not read GitHub, leaves the capsule as it was and carries on', async () => {
    const first = failedRun({ fixture: 'gha-cargo-test-failure.log', step: 'Run cargo test --all' })
    let lists = 0
    let capsuleAtPoll2 = ''
    onRequest = (method, template) => {
      if (method !== 'GET' || template !== '/repos/:owner/:repo/actions/runs') return
      // Reached only by poll 3: poll 2's answer is garbled before any route runs.
      lists++
      capsuleAtPoll2 = readFileSync(join(dir, 'state.json'), 'utf8')
    }
    server.injectFault({
      method: 'GET',
      path: /^\/repos\/hee-it\/cli\/actions\/runs$/,
      fault: { kind: 'malformed', body: '{"total_count": 1, "workflow_r' }
    })
    const r = await hee([
      '--run-id',
      String(first.id),
      '--watch',
      '--max-polls',
      '3',
      '--interval',
      '0.01',
      '--degraded-interval',
      '0.01'
    ])

    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(
      /^poll 2: GET \/repos\/hee-it\/cli\/actions\/runs\S* answered 200 with a body that is not valid JSON/m
    )
    expect(r.stdout).toMatch(/^poll 3: status degraded; 0 run\(s\) analysed; 1 request\(s\)/m)
    expect(lists).toBe(1)
    // What poll 3 started from is what poll 1 wrote (fresh v1 → degraded v2): poll 2 wrote nothing.
    expect(parseCapsuleText(capsuleAtPoll2, 'state.json')).toMatchObject({
      version: 2,
      body: { monitoring_state: { last_run_id: first.id } }
    })
    expect(capsuleState().version).toBe(3)
  })

  test('text and --format json: secrets of every rule and of HEE_REDACT_VALUES redacted, workflow commands inert', async () => {
    const own = 'plain-deploy-word-of-this-job'
    const leak = [
      '##[group]Run ./deploy.sh',
      ...EXCERPT_WITH_EVERY_SECRET.split('\n').map((l) => `Error: ${l}`),
      `Error: deploy with ${own} refused`,
      '::add-mask::nothing-to-mask',
      '##[set-output name=leaked]yes',
      '##[error]Process completed with exit code 1.'
    ].join('\n')
    const run = repo.addRun({
      workflow: 'ci.yml',
      jobs: [{ name: 'deploy', conclusion: 'failure', steps: STEPS('Run ./deploy.sh'), log: leak }]
    })
    for (const format of ['text', 'json']) {
      rmSync(join(dir, 'state.json'), { force: true })
      const r = await hee(['--run-id', String(run.id), '--format', format, '--detailed'], {
        HEE_REDACT_VALUES: JSON.stringify({ DEPLOY_WORD: own })
      })
      expect(r.code, r.stderr).toBe(0)
      const out = `${r.stdout}\n${r.stderr}`
      expect(out).toContain('***')
      for (const e of SECRET_EXAMPLES) expect(out, `${format}: ${e.rule}`).not.toContain(e.secret)
      expect(out).not.toContain(own)
      // Nothing in the output is a workflow command the runner would execute.
      const commands = r.stdout.split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l) || l.includes('##['))
      expect(commands, format).toEqual([])
    }
  })

  test('--help lists the cap flags and --no-last-green-baseline with their ranges and defaults', async () => {
    const r = await hee(['--help'])

    expect(r.code).toBe(0)
    for (const line of [
      /^ {2}--max-pages N +pages of 100 read at most of any list \(1-1000, default 10\)$/m,
      /^ {2}--request-timeout-seconds S +longest wait for one request to answer \(1-600, default 30\)$/m,
      /^ {2}--download-seconds S +.*\(1-3600, default 120\)$/m,
      /^ {2}--run-deadline-seconds S +.*\(10-21600, default 300\)$/m,
      /^ {2}--no-last-green-baseline +do not read an unsure failed job's last green run/m
    ])
      expect(r.stdout).toMatch(line)
  })

  test('a bad cap value is one line naming the flag and its range, exit 2, before any request', async () => {
    const cases: Array<[string[], string]> = [
      [['--max-pages', '0'], '--max-pages "0": expected a whole number from 1 to 1000'],
      [['--request-timeout-seconds', '1.5'], '--request-timeout-seconds "1.5": expected a whole number from 1 to 600'],
      [['--download-seconds', 'soon'], '--download-seconds "soon": expected a whole number from 1 to 3600'],
      [['--run-deadline-seconds', '5'], '--run-deadline-seconds "5": expected a whole number from 10 to 21600'],
      [['--max-pages='], '--max-pages "": expected a whole number from 1 to 1000']
    ]
    for (const [args, message] of cases) {
      const r = await hee(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).toBe(`hee monitor: ${message}\n`)
      expect(r.stdout).toBe('')
    }
    expect(server.requests).toEqual([])
  })

  test('--max-pages and --download-seconds cap the pass: each cap reached is reported and the run is still analysed', async () => {
    const run = failedRun({ fixture: 'gha-cargo-test-failure.log', step: 'Run cargo test --all' })
    server.injectFault({ path: /\/actions\/runs\/\d+\/jobs$/, times: Infinity, fault: { kind: 'endless-pages' } })
    server.injectFault({
      path: /^\/_standin\/job-logs\//,
      fault: {
        kind: 'trickle',
        head: readFileSync(join(LOGS, 'gha-cargo-test-failure.log'), 'utf8'),
        chunk: '2025-03-01T10:00:00.0000000Z still running\n',
        intervalMs: 20
      }
    })

    const r = await hee(['--run-id', String(run.id), '--max-pages', '2', '--download-seconds', '1', '--format', 'json'])

    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout) as { limits_reached: string[]; patterns: string[] }
    expect(out.patterns).toEqual(['PAT-002'])
    expect(out.limits_reached).toEqual([
      `limit reached: list the jobs of run ${run.id}: only the first 2 page(s) were read (max-pages 2); the rest was left out`,
      expect.stringMatching(
        /limit reached: log of job \d+: still coming after 1 s \(download time limit\), \d+ bytes read/
      )
    ])
    expect(
      server.requests.filter((q) => q.path.startsWith(`/repos/hee-it/cli/actions/runs/${run.id}/jobs`))
    ).toHaveLength(2)
  })

  test('--request-timeout-seconds gives up a request that is never answered, and says so', async () => {
    const run = failedRun({ fixture: 'gha-cargo-test-failure.log', step: 'Run cargo test --all' })
    server.injectFault({ path: /\/actions\/runs\/\d+\/jobs$/, times: Infinity, fault: { kind: 'silent' } })

    const r = await hee(['--run-id', String(run.id), '--request-timeout-seconds', '1'])

    expect(r.stdout).toMatch(
      new RegExp(
        `^could not read jobs of run ${run.id}: limit reached: GET \\S+ had no answer within 1 s \\(request timeout\\)`,
        'm'
      )
    )
  })

  test('--no-last-green-baseline reads no green run for an unsure failed job and keeps no baseline', async () => {
    const baseline = join(ROOT, 'test', 'fixtures', 'baseline')
    const passed = readFileSync(join(baseline, 'smoke-passed.log'), 'utf8')
    const failed = readFileSync(join(baseline, 'smoke-failed.log'), 'utf8')
    repo.addRun({ workflow: 'ci.yml', jobs: [{ name: 'smoke', log: passed }] })
    const red = () =>
      repo.addRun({
        workflow: 'ci.yml',
        jobs: [{ name: 'smoke', conclusion: 'failure', steps: STEPS('Run ./scripts/smoke.sh'), log: failed }]
      })
    const greenReads = (from: number) =>
      server.requests.slice(from).filter((q) => q.path.startsWith('/repos/hee-it/cli/actions/workflows/')).length

    const off = await hee(['--run-id', String(red().id), '--no-last-green-baseline'])
    expect(off.code, off.stderr).toBe(0)
    expect(greenReads(0)).toBe(0)
    expect(capsuleState().body.monitoring_state.baselines).toBeUndefined()

    // Without the flag the same kind of run is read against its last green run.
    const mark = server.requests.length
    const on = await hee(['--run-id', String(red().id)])
    expect(on.code, on.stderr).toBe(0)
    expect(greenReads(mark)).toBe(1)
    expect(capsuleState().body.monitoring_state.baselines).toHaveLength(1)
  })
})
