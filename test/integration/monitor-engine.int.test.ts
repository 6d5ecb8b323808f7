/**
 * The monitoring engine with a real RunsReader (the GitHub client against the REST stand-in
 * on 127.0.0.1) and a real console channel writing into a recording sink. Capsule updates
 * are applied with the capsule engine, so every status step must be a legal one.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  consoleChannel,
  type AnnotationLevel,
  type AnnotationProps,
  type ConsoleSink
} from '../../packages/core/src/alerts/console.js'
import { DEFAULT_MATRIX } from '../../packages/core/src/alerts/escalation.js'
import { withConfiguredExtras } from '../../packages/core/src/alerts/from-settings.js'
import type { Channel } from '../../packages/core/src/alerts/types.js'
import { githubIssueChannel } from '../../packages/core/src/alerts/github-issue.js'
import { webhookChannel } from '../../packages/core/src/alerts/webhook.js'
import { applyUpdate, createCapsule } from '../../packages/core/src/capsule/update.js'
import type { Capsule, MonitoringState } from '../../packages/core/src/capsule/types.js'
import {
  createGitHubClient,
  createGitHubWriter,
  createRunsReader,
  type GitHubClient,
  type GitHubClientOptions
} from '../../packages/core/src/github/index.js'
import {
  runMonitor,
  type MonitorConfig,
  type MonitorOutcome,
  type MonitorTrigger
} from '../../packages/core/src/monitor/engine.js'
import { outcomeJson, outcomeMarkdown } from '../../packages/core/src/monitor/report.js'
import { registerArtifactService } from '../support/artifact-service.js'
import {
  FakeRepo,
  formatLog,
  registerActionsApi,
  type ActionsApi,
  type JobSpec,
  type RunSpec
} from '../support/github-api.js'
import { StandinServer } from '../support/http-server.js'
import { httpReceiver, type Receiver } from '../support/receivers.js'

const TOKEN = 'ghs_engineTestTokenNeverPrinted0123456789'
const T0 = new Date('2025-03-01T10:00:00.000Z')
const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000)
const LOGS = join(import.meta.dirname, '..', 'fixtures', 'logs')
const fixture = (name: string): string => readFileSync(join(LOGS, name), 'utf8')
// Complete job logs of real tool runs on small broken projects (see the corpus README).
const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'dev', 'logs')
const corpusLog = (name: string): string => readFileSync(join(CORPUS, name), 'utf8')

/**
 * A docker/build-push-action step whose image build fails in a `RUN` (BuildKit's output as the
 * action prints it: `#N` step prefixes, the failed command's output block, the Dockerfile
 * excerpt, the action's `buildx failed with:` error).
 */
const DOCKER_BUILD_LOG = formatLog([
  '##[group]Run docker/build-push-action@v6',
  'with:',
  '  context: .',
  '  push: false',
  '  tags: app:ci',
  '##[endgroup]',
  '##[group]Docker info',
  '[command]/usr/bin/docker version',
  'Client: Docker Engine - Community',
  ' Version:           28.0.4',
  '##[endgroup]',
  '##[group]Buildx version',
  '[command]/usr/bin/docker buildx version',
  'github.com/docker/buildx v0.22.0 18ccba0',
  '##[endgroup]',
  '[command]/usr/bin/docker buildx build --iidfile /home/runner/work/_temp/docker-actions-toolkit-Ab12/build-iidfile-3c4d.txt --tag app:ci --metadata-file /home/runner/work/_temp/docker-actions-toolkit-Ab12/build-metadata-5e6f.json .',
  '#0 building with "builder-3f0c" instance using docker-container driver',
  '',
  '#1 [internal] load build definition from Dockerfile',
  '#1 transferring dockerfile: 289B done',
  '#1 DONE 0.0s',
  '',
  '#2 [internal] load metadata for docker.io/library/node:22-alpine',
  '#2 DONE 0.8s',
  '',
  '#6 [4/6] RUN npm ci',
  '#6 4.102 added 1 package, and audited 2 packages in 3s',
  '#6 4.103 found 0 vulnerabilities',
  '#6 DONE 4.4s',
  '',
  '#8 [6/6] RUN npm run build',
  '#8 0.412 > app@1.0.0 build',
  '#8 0.412 > tsc -p tsconfig.json',
  "#8 2.873 src/index.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
  '#8 ERROR: process "/bin/sh -c npm run build" did not complete successfully: exit code: 2',
  '------',
  ' > [6/6] RUN npm run build:',
  '0.412 > app@1.0.0 build',
  '0.412 > tsc -p tsconfig.json',
  "2.873 src/index.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
  '------',
  'Dockerfile:8',
  '--------------------',
  '   7 |     COPY . .',
  '   8 | >>> RUN npm run build',
  '--------------------',
  'ERROR: failed to solve: process "/bin/sh -c npm run build" did not complete successfully: exit code: 2',
  '##[error]buildx failed with: ERROR: failed to solve: process "/bin/sh -c npm run build" did not complete successfully: exit code: 2'
])

let server: StandinServer
let repo: FakeRepo
let api: ActionsApi

beforeEach(async () => {
  server = new StandinServer()
  repo = new FakeRepo('octo-org/app')
  repo.token = TOKEN
  api = registerActionsApi(server, repo)
  // GitHub's artifact endpoints, as a failed run's artifact list is read for security reports.
  registerArtifactService(server)
  await server.start()
})

afterEach(async () => {
  await server.stop()
  expect(api.violations).toEqual([])
})

interface Note {
  level: AnnotationLevel
  message: string
  props: AnnotationProps
}

/** A capsule, a client and a console channel whose output is recorded. */
class Harness {
  capsule: Capsule
  readonly client: GitHubClient
  readonly notes: Note[] = []
  readonly summaries: string[] = []
  /** Channels beyond the console (a webhook to a receiver), in the matrix for every severity. */
  extraChannels: Channel[] = []

  constructor(limits: Pick<GitHubClientOptions, 'maxPages' | 'requestTimeoutMs' | 'downloadMs'> = {}) {
    this.capsule = createCapsule({ repository: repo.fullName, workflow: 'monitor', runId: 1, now: T0 })
    this.client = createGitHubClient({ token: TOKEN, baseUrl: server.origin, retryBaseMs: 5, ...limits })
  }

  get state(): MonitoringState {
    return this.capsule.body.monitoring_state
  }

  /** One engine pass at `now`; its updates are applied to the capsule (legal steps only). */
  async pass(
    trigger: MonitorTrigger,
    now: Date = T0,
    over: Partial<MonitorConfig> = {},
    state = this.state
  ): Promise<MonitorOutcome> {
    const sink: ConsoleSink = {
      annotate: (level, message, props) => void this.notes.push({ level, message, props }),
      summary: (md) => void this.summaries.push(md)
    }
    const channels = [consoleChannel({ sink, knownSecrets: [TOKEN] }), ...this.extraChannels]
    const outcome = await runMonitor(
      state,
      trigger,
      { ...config(over), matrix: withConfiguredExtras(config(over).matrix, channels) },
      { reader: createRunsReader(this.client, repo.fullName), channels, now: () => now }
    )
    for (const u of outcome.updates) this.capsule = applyUpdate(this.capsule, u, { now })
    return outcome
  }

  titles(): string[] {
    return this.notes.map((n) => n.props.title ?? '')
  }
}

function config(over: Partial<MonitorConfig> = {}): MonitorConfig {
  return {
    repository: repo.fullName,
    workflows: [],
    maxRuns: 20,
    matrix: DEFAULT_MATRIX,
    fixablePatterns: ['PAT-004', 'PAT-006', 'PAT-007'],
    // As the action passes it from the event payload; the tests of branches leave it out.
    defaultBranch: 'main',
    ...over
  }
}

const STEPS = (failing: string) => ['Set up job', 'Run actions/checkout@v4', failing, 'Complete job']

/** A completed run of `CI` with lint and build passing and one failed job with a real tool's log. */
function failedRun(log = fixture('gha-vitest-failure.log'), job: Partial<JobSpec> = {}, spec: RunSpec = {}) {
  return repo.addRun({
    workflow: 'ci.yml',
    ...spec,
    jobs: [
      { name: 'lint' },
      { name: 'test', conclusion: 'failure', steps: STEPS('Run npx vitest run'), log, ...job },
      { name: 'build' }
    ]
  })
}

const passedRun = () =>
  repo.addRun({ workflow: 'ci.yml', jobs: [{ name: 'lint' }, { name: 'test' }, { name: 'build' }] })

describe('runMonitor with the REST stand-in and a console channel', () => {
  it('turns a first failure into status degraded and one "broke" alert at the evidence', async () => {
    const h = new Harness()
    const run = failedRun()

    const o = await h.pass({ kind: 'run', runId: run.id })

    expect(o.decision).toMatchObject({ from: 'operational', to: 'degraded', path: ['operational', 'degraded'] })
    expect(o.alerts.map((a) => [a.kind, a.pattern])).toEqual([['broke', 'PAT-002']])
    expect(o.deliveries.map((d) => [d.channel, d.ok])).toEqual([['console', true]])
    expect(h.titles()).toEqual(['HEE CI: CI broke: Test failure'])
    expect(h.notes[0]!.level).toBe('error')
    expect(h.summaries[0]).toContain('job `test` › step `Run npx vitest run`')
    expect(h.state).toMatchObject({
      current_status: 'degraded',
      last_run_id: run.id,
      consecutive_failures: 1,
      pattern_counts: { 'PAT-002': 1 }
    })
    expect(Object.keys(h.state.incidents ?? {})).toEqual(['CI::PAT-002::main'])
    expect(h.state.seen_jobs).toEqual([`${run.id}:1`])
  })

  it('changes no counter and sends no alert when the same run is delivered again', async () => {
    const h = new Harness()
    const run = failedRun()
    await h.pass({ kind: 'run', runId: run.id })
    const before = structuredClone(h.state)
    const requestsBefore = server.requests.length

    const o = await h.pass({ kind: 'run', runId: run.id }, at(30))

    expect(o.analyses).toEqual([])
    expect(o.skipped).toEqual([{ runId: run.id, reason: 'attempt 1 was analysed already' }])
    expect(o.alerts).toEqual([])
    expect(h.notes).toHaveLength(1)
    const { status_since: _a, ...after } = h.state
    const { status_since: _b, ...expected } = before
    expect(after).toEqual(expected)
    // Only the run itself was read again: no job list, no log.
    expect(server.requests.slice(requestsBefore).map((r) => r.path)).toEqual([
      `/repos/octo-org/app/actions/runs/${run.id}`
    ])
  })

  it('reads a counted run again when a person asks for it, reporting its findings without counting it twice', async () => {
    const h = new Harness()
    const run = failedRun()
    await h.pass({ kind: 'run', runId: run.id })
    const before = structuredClone(h.state)

    const o = await h.pass({ kind: 'run', runId: run.id, reread: true }, at(30))

    expect(o.analyses.map((a) => a.run.id)).toEqual([run.id])
    expect(o.patterns).toEqual(['PAT-002'])
    expect(o.alerts).toEqual([])
    expect(o.decision).toMatchObject({ from: 'degraded', to: 'degraded' })
    const { status_since: _a, ...after } = h.state
    const { status_since: _b, ...expected } = before
    expect(after).toEqual(expected)
  })

  it('counts each run once when a schedule window overlaps runs already handled', async () => {
    const h = new Harness()
    const baseline = passedRun()
    await h.pass({ kind: 'run', runId: baseline.id })
    const a = failedRun()
    await h.pass({ kind: 'run', runId: a.id }, at(1))
    const b = failedRun()

    // The schedule's window starts before `a` (its capsule's last_run_id lags behind).
    const o = await h.pass({ kind: 'since-last' }, at(2), {}, { ...h.state, last_run_id: baseline.id })

    expect(o.analyses.map((x) => x.run.id)).toEqual([b.id])
    expect(o.skipped).toEqual([{ runId: a.id, reason: 'attempt 1 was analysed already' }])
    expect(h.state).toMatchObject({ consecutive_failures: 2, pattern_counts: { 'PAT-002': 2 }, last_run_id: b.id })
    expect(h.state.incidents?.['CI::PAT-002::main']).toMatchObject({ runs: 2, first_run_id: a.id, last_run_id: b.id })
    expect(h.state.seen_jobs).toEqual([`${baseline.id}:1`, `${a.id}:1`, `${b.id}:1`])
  })

  it('stays quiet inside the re-alert window and says "still failing (n runs)" after it', async () => {
    const h = new Harness()
    await h.pass({ kind: 'run', runId: failedRun().id }, at(0))

    const inside = await h.pass({ kind: 'run', runId: failedRun().id }, at(1))
    expect(inside.alerts).toEqual([])
    expect(h.state.incidents?.['CI::PAT-002::main']).toMatchObject({ runs: 2, last_alert_at: at(0).toISOString() })

    // High severity re-alerts after 5 minutes (the spec's response time).
    const after = await h.pass({ kind: 'run', runId: failedRun().id }, at(6))
    expect(after.alerts.map((a) => a.kind)).toEqual(['still-failing'])
    expect(h.titles()).toEqual(['HEE CI: CI broke: Test failure', 'HEE CI: CI still failing: Test failure (3 runs)'])
    expect(h.state.incidents?.['CI::PAT-002::main']).toMatchObject({ runs: 3, last_alert_at: at(6).toISOString() })
  })

  it('announces "fixed", closes the incidents and returns to operational along a legal path on success', async () => {
    const h = new Harness()
    await h.pass({ kind: 'run', runId: failedRun().id })
    expect(h.state.current_status).toBe('degraded')

    const o = await h.pass({ kind: 'run', runId: passedRun().id }, at(3))

    expect(o.alerts.map((a) => [a.kind, a.pattern])).toEqual([['fixed', 'PAT-002']])
    expect(h.notes.at(-1)).toMatchObject({ level: 'notice', props: { title: 'HEE CI: CI fixed: Test failure' } })
    expect(o.decision.path).toEqual(['degraded', 'operational'])
    expect(h.state).toMatchObject({ current_status: 'operational', incidents: {}, consecutive_failures: 0 })
  })

  it('moves a critical compile error to failed through degraded', async () => {
    const h = new Harness()
    const run = failedRun(fixture('gha-cargo-build-type-error.log'), {
      name: 'build',
      steps: STEPS('Run cargo build --locked')
    })

    const o = await h.pass({ kind: 'run', runId: run.id })

    expect(o.severity).toBe('critical')
    expect(o.patterns).toEqual(['PAT-001'])
    expect(o.decision.path).toEqual(['operational', 'degraded', 'failed'])
    expect(o.updates.map((u) => u.status)).toEqual(['degraded', 'failed'])
    expect(h.state.current_status).toBe('failed')
    expect(h.notes[0]!.props).toMatchObject({ file: 'src/main.rs', startLine: 6 })
  })

  it('moves to failed after failed-after consecutive failed runs of a high-severity pattern', async () => {
    const h = new Harness()
    const policy = { failedAfter: 3, failOnSeverity: 'critical' as const }
    const statuses: string[] = []
    for (let i = 0; i < 3; i++) {
      const o = await h.pass({ kind: 'run', runId: failedRun().id }, at(i), { policy })
      statuses.push(o.decision.to)
    }
    expect(statuses).toEqual(['degraded', 'degraded', 'failed'])
    expect(h.state).toMatchObject({ current_status: 'failed', consecutive_failures: 3 })
  })

  // gha-cargo-clippy-two-lints.log: clippy 1.95 on the demo's sample crate (scripts/demo-sample.ts).
  it("opens only the lint incident for clippy's lints: cargo's closing 'could not compile' is their summary", async () => {
    const h = new Harness()
    const run = failedRun(fixture('gha-cargo-clippy-two-lints.log'), {
      steps: STEPS('Run cargo clippy -- -D warnings')
    })

    const o = await h.pass({ kind: 'run', runId: run.id }, at(1))

    expect(o.patterns).toEqual(['PAT-007'])
    expect(o.severity).toBe('medium')
    expect(o.decision.to).toBe('degraded')
    expect(o.fixRequired).toBe(true)
  })

  it('leaves the maintenance status alone and asks for no fix while in maintenance', async () => {
    const h = new Harness()
    h.capsule = applyUpdate(h.capsule, { status: 'maintenance' }, { now: T0 })
    const run = failedRun(fixture('gha-cargo-clippy-deny.log'), { steps: STEPS('Run cargo clippy -- -D warnings') })

    const o = await h.pass({ kind: 'run', runId: run.id }, at(1))

    expect(o.decision).toMatchObject({ from: 'maintenance', to: 'maintenance', path: ['maintenance'] })
    expect(o.updates.every((u) => u.status === undefined)).toBe(true)
    expect(o.patterns).toEqual(['PAT-007'])
    expect(o.fixRequired).toBe(false)
    expect(h.state.current_status).toBe('maintenance')
    expect(h.state.last_run_id).toBe(run.id)
  })

  it('reports a job cancelled after its timeout-minutes as PAT-005', async () => {
    const h = new Harness()
    const run = repo.addRun({ workflow: 'ci.yml', conclusion: 'cancelled', jobs: [{ name: 'lint' }] })
    const job = repo.addJob(run.id, { name: 'e2e', conclusion: 'cancelled', steps: STEPS('Run npm run e2e') })
    job.completedAt = new Date(Date.parse(job.startedAt) + 31 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    job.log = Buffer.from(
      formatLog(['##[group]Run npm run e2e', 'npm run e2e', '##[endgroup]', 'waiting for the browser…'])
    )

    const o = await h.pass({ kind: 'run', runId: run.id }, T0, { timeoutMinutes: 30 })

    expect(o.patterns).toEqual(['PAT-005'])
    expect(o.analyses[0]!.findings[0]).toMatchObject({ pattern: 'PAT-005', job: 'e2e', severity: 'medium' })
    expect(o.analyses[0]!.findings[0]!.excerpt).toMatch(/ran 31 min and was stopped at its time limit \(30 min\)/)
    expect(o.alerts.map((a) => [a.kind, a.pattern])).toEqual([['broke', 'PAT-005']])
    expect(h.state.current_status).toBe('degraded')
  })

  it('opens no incident for a run a person cancelled', async () => {
    const h = new Harness()
    const run = repo.addRun({ workflow: 'ci.yml', conclusion: 'cancelled', jobs: [{ name: 'lint' }] })
    repo.addJob(run.id, { name: 'e2e', conclusion: 'cancelled', steps: STEPS('Run npm run e2e') })

    const o = await h.pass({ kind: 'run', runId: run.id }, T0, { timeoutMinutes: 30 })

    expect(o.analyses[0]!.jobs).toEqual([])
    expect(o.alerts).toEqual([])
    expect(o.decision.to).toBe('operational')
    expect(h.state).toMatchObject({ incidents: {}, consecutive_failures: 0, last_run_id: run.id })
  })

  it("attributes a finding to the job's failed step, by the log's section or else by the step that failed", async () => {
    const h = new Harness()
    const bySection = failedRun(fixture('gha-cargo-build-type-error.log'), {
      name: 'build',
      steps: STEPS('Run cargo build --locked')
    })
    // Step names that match nothing in the log: the failed step is the answer.
    const byFailure = failedRun(fixture('gha-cargo-build-type-error.log'), {
      name: 'build',
      steps: ['Set up job', 'Checkout', 'Build', 'Complete job']
    })

    const o = await h.pass({ kind: 'since-last' }, T0, {}, { ...h.state, last_run_id: bySection.id - 1 })

    const step = (id: number) => o.analyses.find((a) => a.run.id === id)!.findings[0]!.step
    expect(step(bySection.id)).toBe('Run cargo build --locked')
    expect(step(byFailure.id)).toBe('Build')
    expect(o.analyses.find((a) => a.run.id === byFailure.id)!.jobs[0]!.failedStep).toBe('Build')
  })

  it('requires a fix for a lint finding (PAT-007) and none for a test failure (PAT-002) alone', async () => {
    const lint = failedRun(fixture('gha-eslint-errors.log'), { steps: STEPS('Run npx eslint .') })
    const tests = failedRun()

    const a = await new Harness().pass({ kind: 'run', runId: lint.id })
    const b = await new Harness().pass({ kind: 'run', runId: tests.id })

    expect([a.patterns, a.fixRequired]).toEqual([['PAT-007'], true])
    expect([b.patterns, b.fixRequired]).toEqual([['PAT-002'], false])
  })

  it('processes the runs of the schedule window oldest first and at most max-runs of them', async () => {
    const h = new Harness()
    const baseline = passedRun()
    await h.pass({ kind: 'run', runId: baseline.id })
    const runs = Array.from({ length: 5 }, () => failedRun())

    const o = await h.pass({ kind: 'since-last' }, at(1), { maxRuns: 3 })

    expect(o.analyses.map((a) => a.run.id)).toEqual(runs.slice(2).map((r) => r.id))
    expect(h.state.last_run_id).toBe(runs[4]!.id)
    expect(h.state.incidents?.['CI::PAT-002::main']).toMatchObject({ first_run_id: runs[2]!.id, runs: 3 })
    expect(o.alerts.map((a) => a.kind)).toEqual(['broke'])
  })

  it('keeps the findings of the part of a log it read when the log is cut off, and says so', async () => {
    const h = new Harness()
    const log = fixture('gha-cargo-build-type-error.log')
    const run = failedRun(log, { name: 'build', steps: STEPS('Run cargo build --locked') })
    const build = repo.jobsOf(run.id).find((j) => j.name === 'build')!
    // Cut after the compiler error, before `##[error]Process completed …`.
    const cut = Buffer.byteLength(log.slice(0, log.indexOf('For more information about this error')))
    server.injectFault({ path: /^\/_standin\/job-logs\//, fault: { kind: 'truncate', bytes: cut } })

    const o = await h.pass({ kind: 'run', runId: run.id })

    expect(o.patterns).toEqual(['PAT-001'])
    expect(o.analyses[0]!.jobs[0]!.logError).toMatch(
      new RegExp(`^log of job ${build.id} ended early after ${cut} bytes`)
    )
    expect(o.unreadable).toEqual([expect.stringMatching(new RegExp(`^log of job "build" \\(${build.id}\\): `))])
    expect(h.state.current_status).toBe('failed')
  })

  it('throws and returns no update when the run itself cannot be read', async () => {
    const h = new Harness()
    const run = failedRun()
    server.injectFault({
      method: 'GET',
      path: /\/actions\/runs\/\d+$/,
      fault: { kind: 'malformed', body: '{"id": 1, "status": "compl' }
    })

    await expect(h.pass({ kind: 'run', runId: run.id })).rejects.toMatchObject({ code: 'github.malformed-response' })
    expect(h.capsule.version).toBe(1)
    expect(server.requests.filter((r) => r.path.includes('/jobs'))).toEqual([])
  })

  it('names a cause in the summary row of every failed job of a run with four (pytest, go build, npm ci, docker build)', async () => {
    const steps = (failing: string) => [
      { name: 'Set up job' },
      { name: 'Run actions/checkout@v4' },
      { name: failing, conclusion: 'failure' as const },
      { name: 'Complete job' }
    ]
    const run = repo.addRun({
      workflow: 'ci.yml',
      jobs: [
        {
          name: 'pytest',
          conclusion: 'failure',
          steps: steps('Run python -m pytest -v --color=no'),
          log: corpusLog('r-py-pytest-assert-gha.log')
        },
        {
          name: 'go',
          conclusion: 'failure',
          steps: steps('Run go build ./...'),
          log: corpusLog('r-go-build-undefined-min-gha.log')
        },
        {
          name: 'node',
          conclusion: 'failure',
          steps: steps('Run npm ci'),
          log: corpusLog('r-js-npm-ci-out-of-sync-gha.log')
        },
        { name: 'image', conclusion: 'failure', steps: steps('Build and push'), log: DOCKER_BUILD_LOG },
        { name: 'docs' }
      ]
    })

    const o = await new Harness().pass({ kind: 'run', runId: run.id })

    const jobs = o.analyses[0]!.jobs
    expect(jobs.map((j) => [j.name, j.findings[0]?.pattern])).toEqual([
      ['pytest', 'PAT-002'],
      ['go', 'PAT-001'],
      ['node', 'PAT-006'],
      ['image', 'PAT-001']
    ])
    const lineOf = (log: string, text: string) => log.split('\n').findIndex((l) => l.includes(text)) + 1
    expect(jobs.map((j) => j.findings[0]!.line)).toEqual([
      lineOf(corpusLog('r-py-pytest-assert-gha.log'), 'E       AssertionError: assert 4 == 7'),
      lineOf(corpusLog('r-go-build-undefined-min-gha.log'), 'bucket/bucket.go:34:13: undefined: min'),
      lineOf(corpusLog('r-js-npm-ci-out-of-sync-gha.log'), '`npm ci` can only install packages'),
      lineOf(DOCKER_BUILD_LOG, '#8 2.873 src/index.ts(3,7): error TS2322')
    ])
    const md = outcomeMarkdown(o)
    const rows = md.split('\n').filter((l) => l.startsWith(`| [${run.id}]`))
    expect(rows.map((r) => r.split(' | ')[2])).toEqual(['pytest', 'go', 'node', 'image'])
    expect(rows.map((r) => r.split(' | ')[4])).toEqual([
      'PAT-002 Test failure',
      'PAT-001 Compilation failure',
      'PAT-006 Dependency issue',
      'PAT-001 Compilation failure'
    ])
    expect(md).not.toContain('no known pattern')
    const json = outcomeJson(o) as { runs: { jobs: { findings: { pattern: string; confidence: string }[] }[] }[] }
    expect(json.runs[0]!.jobs.map((j) => j.findings[0]!.confidence)).toEqual(['high', 'high', 'high', 'high'])
  })

  it('gives a failed job whose log shows no known failure a cause of low confidence, never an empty row, and asks no fix on it', async () => {
    const run = failedRun(undefined, {
      name: 'deploy',
      steps: STEPS('Run ./scripts/deploy.sh'),
      log: undefined,
      errorLines: ['deployment "web" rollout status: 0 of 3 updated replicas are available']
    })

    const every = ['PAT-001', 'PAT-002', 'PAT-003', 'PAT-004', 'PAT-005', 'PAT-006', 'PAT-007', 'PAT-008']
    const o = await new Harness().pass({ kind: 'run', runId: run.id }, T0, { fixablePatterns: every })

    expect(o.fixRequired).toBe(false)
    const job = o.analyses[0]!.jobs.find((j) => j.name === 'deploy')!
    expect(job.findings).toHaveLength(1)
    expect(job.findings[0]).toMatchObject({ confidence: 'low', step: 'Run ./scripts/deploy.sh' })
    const row = outcomeMarkdown(o)
      .split('\n')
      .find((l) => l.includes('| deploy |'))!
    expect(row).toContain(`${job.findings[0]!.pattern} ${job.findings[0]!.name} (confidence: low)`)
    expect(row).toContain('0 of 3 updated replicas are available')
  })

  it('reads one failed run with 1 failed job of 3 in 2 + 1 API requests and the log redirect, asking for no artifact list when no step uploads or scans', async () => {
    const h = new Harness()
    const run = failedRun()
    const test = repo.jobsOf(run.id).find((j) => j.name === 'test')!

    await h.pass({ kind: 'run', runId: run.id })

    expect(server.requests.map((r) => `${r.method} ${r.path.replace(/\?.*$/, '')} ${r.status}`)).toEqual([
      `GET /repos/octo-org/app/actions/runs/${run.id} 200`,
      `GET /repos/octo-org/app/actions/runs/${run.id}/jobs 200`,
      `GET /repos/octo-org/app/actions/jobs/${test.id}/logs 302`,
      `GET /_standin/job-logs/${test.id}/signedlogcontent 200`
    ])
    expect(h.client.stats.requests).toBe(3)
    expect(repo.rateLimit.used).toBe(3)
  })
})

describe('branches and forks: which runs may change which state', () => {
  let hook: Receiver
  beforeEach(async () => {
    hook = await httpReceiver()
  })
  afterEach(async () => hook.close())

  const withWebhook = (): Harness => {
    const h = new Harness()
    h.extraChannels = [webhookChannel({ url: hook.url, secret: 'webhook-secret-for-tests' })]
    return h
  }
  const FORK = { event: 'pull_request', headRepository: 'mallory/app', branch: 'main' }

  it("keeps main's incident open when a fork's pull request passes: no fixed alert, no status change", async () => {
    const h = withWebhook()
    const broke = await h.pass({ kind: 'run', runId: failedRun().id }, at(0), { defaultBranch: undefined })
    expect(broke.alerts.map((a) => a.kind)).toEqual(['broke'])
    expect(h.state.current_status).toBe('degraded')
    const sent = hook.received.length
    expect(sent).toBe(1)

    const pr = repo.addRun({
      workflow: 'ci.yml',
      ...FORK,
      jobs: [{ name: 'lint' }, { name: 'test' }, { name: 'build' }]
    })
    const o = await h.pass({ kind: 'run', runId: pr.id }, at(3), { defaultBranch: undefined })

    expect(o.analyses.map((a) => [a.run.id, a.fork, a.branch])).toEqual([[pr.id, 'mallory/app', 'mallory/app:main']])
    expect(o.alerts).toEqual([])
    expect(o.decision).toMatchObject({ from: 'degraded', to: 'degraded' })
    expect(h.state.current_status).toBe('degraded')
    expect(Object.keys(h.state.incidents ?? {})).toEqual(['CI::PAT-002::main'])
    expect(h.state.consecutive_failures).toBe(1)
    expect(hook.received).toHaveLength(sent)
    // The default branch was read from the repository, once per pass.
    expect(server.requests.filter((r) => r.path === '/repos/octo-org/app')).toHaveLength(2)
  })

  it("does not close main's incident with a passing run of another branch of the repository", async () => {
    const h = new Harness()
    await h.pass({ kind: 'run', runId: failedRun().id })
    const feature = repo.addRun({
      workflow: 'ci.yml',
      event: 'pull_request',
      branch: 'feature/x',
      jobs: [{ name: 'lint' }, { name: 'test' }, { name: 'build' }]
    })

    const o = await h.pass({ kind: 'run', runId: feature.id }, at(3))

    expect(o.analyses).toEqual([])
    expect(o.skipped).toEqual([{ runId: feature.id, reason: 'branch "feature/x" is not watched (watched: main)' }])
    expect(o.alerts).toEqual([])
    expect(h.state).toMatchObject({ current_status: 'degraded', consecutive_failures: 1 })
    expect(Object.keys(h.state.incidents ?? {})).toEqual(['CI::PAT-002::main'])
  })

  it("analyses a failing fork's pull request and tells only the console: no incident, status or webhook", async () => {
    const h = withWebhook()
    const pr = failedRun(undefined, {}, FORK)

    const o = await h.pass({ kind: 'run', runId: pr.id })

    expect(o.analyses.map((a) => [a.fork, a.findings[0]?.pattern])).toEqual([['mallory/app', 'PAT-002']])
    expect(o.deliveries.map((d) => [d.channel, d.ok])).toEqual([['console', true]])
    expect(o.alerts.map((a) => [a.kind, a.fork, a.branch])).toEqual([['broke', 'mallory/app', 'mallory/app:main']])
    expect(hook.received).toEqual([])
    expect(o.decision).toMatchObject({ from: 'operational', to: 'operational' })
    expect(o.fixRequired).toBe(false)
    expect(o.severity).toBeUndefined()
    expect(h.state).toMatchObject({ current_status: 'operational', incidents: {}, consecutive_failures: 0 })
  })

  it("alerts every channel about a fork's failing run with fork-alerts, still changing no incident or status", async () => {
    const h = withWebhook()
    const pr = failedRun(undefined, {}, FORK)

    const o = await h.pass({ kind: 'run', runId: pr.id }, T0, { forkAlerts: true })

    expect(o.deliveries.map((d) => d.channel).sort()).toEqual(['console', 'webhook'])
    expect(hook.received).toHaveLength(1)
    expect(JSON.parse(hook.received[0]!.body)).toMatchObject({ kind: 'broke', branch: 'mallory/app:main' })
    expect(h.state).toMatchObject({ current_status: 'operational', incidents: {} })
    // Delivered again: counted once, no second alert.
    const again = await h.pass({ kind: 'run', runId: pr.id }, at(1), { forkAlerts: true })
    expect(again.alerts).toEqual([])
    expect(hook.received).toHaveLength(1)
  })

  it("keys incidents by branch: a watched release branch's failure and main's are two incidents, each closed by its own branch", async () => {
    const h = new Harness()
    const watched = { branches: ['main', 'release'] }
    await h.pass({ kind: 'run', runId: failedRun().id }, at(0), watched)
    await h.pass({ kind: 'run', runId: failedRun(undefined, {}, { branch: 'release' }).id }, at(1), watched)
    expect(Object.keys(h.state.incidents ?? {}).sort()).toEqual(['CI::PAT-002::main', 'CI::PAT-002::release'])

    const fixRelease = repo.addRun({ workflow: 'ci.yml', branch: 'release', jobs: [{ name: 'test' }] })
    const o = await h.pass({ kind: 'run', runId: fixRelease.id }, at(2), watched)

    expect(o.alerts.map((a) => [a.kind, a.branch])).toEqual([['fixed', 'release']])
    expect(Object.keys(h.state.incidents ?? {})).toEqual(['CI::PAT-002::main'])
    expect(h.state.current_status).toBe('degraded')
  })

  it('moves incidents stored without a branch to the default branch when the capsule is read', async () => {
    const h = new Harness()
    await h.pass({ kind: 'run', runId: failedRun().id })
    const { branch: _b, ...old } = h.state.incidents!['CI::PAT-002::main']!
    const legacy = { ...h.state, incidents: { 'CI::PAT-002': old } }

    const o = await h.pass({ kind: 'run', runId: passedRun().id }, at(3), { defaultBranch: undefined }, legacy)

    expect(o.alerts.map((a) => [a.kind, a.branch])).toEqual([['fixed', 'main']])
    expect(h.state.incidents).toEqual({})
  })

  it('watches the newest run of the watched branch on a first pass, not a newer pull request', async () => {
    const h = new Harness()
    const main = failedRun()
    failedRun(undefined, {}, FORK)
    repo.addRun({ workflow: 'ci.yml', branch: 'feature/y', jobs: [{ name: 'test', conclusion: 'failure' }] })

    const o = await h.pass({ kind: 'latest' })

    expect(o.analyses.map((a) => a.run.id)).toEqual([main.id])
    expect(Object.keys(h.state.incidents ?? {})).toEqual(['CI::PAT-002::main'])
  })
})

describe('caps on work', () => {
  it('reads a log up to its byte cap, finds the failure in what was read, and reports the cap under "Limits reached"', async () => {
    const h = new Harness()
    const filler = Array.from({ length: 4000 }, (_, i) => `test tests::case_${i} ... ok`).join('\n')
    const run = failedRun(fixture('gha-vitest-failure.log') + filler + '\n')

    const o = await h.pass({ kind: 'run', runId: run.id }, T0, { maxLogBytes: 32 * 1024 })

    expect(o.analyses[0]!.findings[0]?.pattern).toBe('PAT-002')
    expect(o.analyses[0]!.jobs[0]!.logBytes).toBe(32 * 1024)
    expect(o.unreadable).toHaveLength(1)
    expect(o.unreadable[0]).toMatch(/limit reached: log of job \d+ is \d+ bytes, more than the 32768 bytes read/)
    const md = outcomeMarkdown(o)
    expect(md).toContain('### Limits reached')
    expect(md).not.toContain('Could not read')
    expect(h.state.current_status).toBe('degraded')
  })

  const jobsOf = (runId: number) =>
    server.requests.filter((r) => r.path.startsWith(`/repos/octo-org/app/actions/runs/${runId}/jobs`))
  const LOG_LINE = '2025-03-01T10:00:00.0000000Z still running\n'

  /** The pass's summary and findings JSON both list exactly `notes` as caps reached. */
  function expectLimits(o: MonitorOutcome, notes: string[]): void {
    const md = outcomeMarkdown(o)
    expect(md).toContain('### Limits reached')
    for (const n of notes) expect(md).toContain(n.slice(0, 60))
    expect((outcomeJson(o) as { limits_reached: string[] }).limits_reached).toEqual(notes)
  }

  it('stops a job list that always offers a next page at max-pages, says so, and analyses the jobs it read', async () => {
    const h = new Harness({ maxPages: 3 })
    const run = failedRun()
    server.injectFault({ path: /\/actions\/runs\/\d+\/jobs$/, times: Infinity, fault: { kind: 'endless-pages' } })

    const o = await h.pass({ kind: 'run', runId: run.id })

    expect(jobsOf(run.id)).toHaveLength(3)
    expect(o.analyses[0]!.findings[0]?.pattern).toBe('PAT-002')
    expect(o.unreadable).toEqual([
      `limit reached: list the jobs of run ${run.id}: only the first 3 page(s) were read (max-pages 3); the rest was left out`
    ])
    expectLimits(o, o.unreadable)
    expect(h.state).toMatchObject({ current_status: 'degraded', last_run_id: run.id })
  })

  it('stops the schedule run list that always offers a next page at max-pages and analyses the runs it read', async () => {
    const h = new Harness({ maxPages: 2 })
    const run = failedRun()
    server.injectFault({ path: /\/actions\/runs$/, times: Infinity, fault: { kind: 'endless-pages' } })

    const o = await h.pass({ kind: 'since-last' }, T0, {}, { ...h.state, last_run_id: 1 })

    expect(server.requests.filter((r) => /\/actions\/runs\?/.test(r.path))).toHaveLength(2)
    expect(o.analyses.map((a) => a.run.id)).toEqual([run.id])
    expect(o.unreadable).toEqual([
      'limit reached: list completed runs: only the first 2 page(s) were read (max-pages 2); the rest was left out'
    ])
    expectLimits(o, o.unreadable)
  })

  it("stops the search for an incident's issue at max-pages when the issue list never ends, reports it and opens the issue", async () => {
    const h = new Harness({ maxPages: 2 })
    h.extraChannels = [githubIssueChannel({ github: createGitHubWriter(h.client, repo.fullName) })]
    const run = failedRun()
    server.injectFault({
      method: 'GET',
      path: /^\/repos\/octo-org\/app\/issues$/,
      times: Infinity,
      fault: { kind: 'endless-pages' }
    })

    const o = await h.pass({ kind: 'run', runId: run.id })

    expect(o.deliveries).toContainEqual(expect.objectContaining({ channel: 'github-issue', ok: true }))
    expect(repo.issues.map((i) => i.title)).toEqual([expect.stringMatching(/^\[HEE CI\] CI: /)])
    expect(
      server.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/repos/octo-org/app/issues?'))
    ).toHaveLength(2)
    expect(o.unreadable).toEqual([
      expect.stringMatching(
        /^limit reached: find the open issue "\[HEE CI\] CI: [^"]+": only the first 2 page\(s\) were read \(max-pages 2\); the rest was left out$/
      )
    ])
    expect(outcomeMarkdown(o)).toMatch(/### Limits reached\n\n- limit reached: find the open issue /)
    expect((outcomeJson(o) as { limits_reached: string[] }).limits_reached).toEqual(o.unreadable)
  })

  it('cuts a log that trickles forever at its download time limit and finds the failure in what came', async () => {
    const h = new Harness({ downloadMs: 300 })
    const run = failedRun()
    const test = repo.jobsOf(run.id).find((j) => j.name === 'test')!
    server.injectFault({
      path: /^\/_standin\/job-logs\//,
      fault: { kind: 'trickle', head: fixture('gha-vitest-failure.log'), chunk: LOG_LINE, intervalMs: 5 }
    })

    const o = await h.pass({ kind: 'run', runId: run.id })

    expect(o.analyses[0]!.findings[0]?.pattern).toBe('PAT-002')
    expect(o.analyses[0]!.jobs[0]!.logBytes).toBeGreaterThan(Buffer.byteLength(fixture('gha-vitest-failure.log')))
    expect(o.unreadable).toHaveLength(1)
    expect(o.unreadable[0]).toMatch(
      new RegExp(
        `^log of job "test" \\(${test.id}\\): limit reached: log of job ${test.id}: still coming after 0\\.3 s \\(download time limit\\), \\d+ bytes read`
      )
    )
    expectLimits(o, o.unreadable)
    expect(h.state).toMatchObject({ current_status: 'degraded', last_run_id: run.id })
  })

  it('gives up a log body that goes silent after its headers at the request timeout, keeping what came', async () => {
    const h = new Harness({ requestTimeoutMs: 200 })
    const run = failedRun()
    server.injectFault({
      path: /^\/_standin\/job-logs\//,
      fault: { kind: 'trickle', head: fixture('gha-vitest-failure.log'), chunk: LOG_LINE, intervalMs: 3_600_000 }
    })

    const o = await h.pass({ kind: 'run', runId: run.id })

    expect(o.analyses[0]!.findings[0]?.pattern).toBe('PAT-002')
    expect(o.unreadable[0]).toMatch(
      /limit reached: log of job \d+: no data for 0\.2 s \(request timeout\), \d+ bytes read/
    )
    expectLimits(o, o.unreadable)
  })

  it('gives up an API request that is never answered at the request timeout, without retrying, and goes on', async () => {
    const h = new Harness({ requestTimeoutMs: 200 })
    const run = failedRun()
    server.injectFault({ path: /\/actions\/runs\/\d+\/jobs$/, times: Infinity, fault: { kind: 'silent' } })

    const o = await h.pass({ kind: 'run', runId: run.id })

    expect(jobsOf(run.id)).toHaveLength(1)
    expect(o.unreadable).toEqual([
      `jobs of run ${run.id}: limit reached: GET /repos/octo-org/app/actions/runs/${run.id}/jobs?filter=latest&per_page=100 had no answer within 0.2 s (request timeout); it was given up (GitHub or the network did not answer; the next pass tries again)`
    ])
    expectLimits(o, o.unreadable)
    // The run failed: it counts, with the cause unknown.
    expect(h.state).toMatchObject({ consecutive_failures: 1, last_run_id: run.id })
  })

  it('gives up a signed log URL that never answers at the request timeout', async () => {
    const h = new Harness({ requestTimeoutMs: 200 })
    const run = failedRun()
    const test = repo.jobsOf(run.id).find((j) => j.name === 'test')!
    server.injectFault({ path: /^\/_standin\/job-logs\//, times: Infinity, fault: { kind: 'silent' } })

    const o = await h.pass({ kind: 'run', runId: run.id })

    expect(server.requests.filter((r) => r.path.startsWith('/_standin/job-logs/'))).toHaveLength(1)
    expect(o.unreadable).toEqual([
      `log of job "test" (${test.id}): limit reached: download the log of job ${test.id} (GET ${new URL(server.origin).host}) had no answer within 0.2 s (request timeout); it was given up (the storage host did not answer; the next pass tries again)`
    ])
    expectLimits(o, o.unreadable)
  })

  it('stops at the run deadline: the log being read is cut, the next failed job is named as not analysed', async () => {
    const h = new Harness()
    const run = repo.addRun({
      workflow: 'ci.yml',
      jobs: [
        {
          name: 'test',
          conclusion: 'failure',
          steps: STEPS('Run npx vitest run'),
          log: fixture('gha-vitest-failure.log')
        },
        {
          name: 'build',
          conclusion: 'failure',
          steps: STEPS('Run cargo build'),
          log: fixture('gha-vitest-failure.log')
        }
      ]
    })
    const [test, build] = repo.jobsOf(run.id)
    server.injectFault({
      path: /^\/_standin\/job-logs\//,
      fault: { kind: 'trickle', head: fixture('gha-vitest-failure.log'), chunk: LOG_LINE, intervalMs: 5 }
    })

    const o = await h.pass({ kind: 'run', runId: run.id }, T0, { runDeadlineSeconds: 0.5 })

    // Only the first log was asked for.
    expect(server.requests.filter((r) => r.path.startsWith('/_standin/job-logs/'))).toHaveLength(1)
    expect(o.analyses[0]!.jobs.map((j) => j.name)).toEqual(['test'])
    expect(o.analyses[0]!.findings[0]?.pattern).toBe('PAT-002')
    expect(o.unreadable).toHaveLength(2)
    expect(o.unreadable[0]).toMatch(
      new RegExp(
        `^log of job "test" \\(${test!.id}\\): limit reached: .*still coming after [\\d.]+ s \\(the run's deadline\\)`
      )
    )
    expect(o.unreadable[1]).toBe(
      `limit reached: run ${run.id} passed its 0.5 s deadline (run-deadline-seconds); failed job(s) not analysed: "build" (${build!.id})`
    )
    expectLimits(o, o.unreadable)
    expect(h.state).toMatchObject({ current_status: 'degraded', last_run_id: run.id, seen_jobs: [`${run.id}:1`] })
  })
})

describe('the last green run of an unsure failed job', () => {
  // A smoke-test job whose every run prints the same loud start-up lines (a Redis it falls
  // back from among them); only the red run's check fails.
  const BASELINE = join(import.meta.dirname, '..', 'fixtures', 'baseline')
  const SMOKE_FAILED = readFileSync(join(BASELINE, 'smoke-failed.log'), 'utf8')
  const SMOKE_PASSED = readFileSync(join(BASELINE, 'smoke-passed.log'), 'utf8')
  const CAUSE_LINE = 14
  const NOISE_LINE = 9
  const SMOKE = STEPS('Run ./scripts/smoke.sh')

  const greenRun = (branch = 'main') =>
    repo.addRun({
      workflow: 'ci.yml',
      branch,
      jobs: [
        { name: 'lint' },
        { name: 'test' },
        { name: 'smoke', log: SMOKE_PASSED },
        { name: 'e2e', log: SMOKE_PASSED }
      ]
    })
  const redRun = (spec: RunSpec = {}) =>
    repo.addRun({
      workflow: 'ci.yml',
      ...spec,
      jobs: [
        { name: 'lint' },
        {
          name: 'test',
          conclusion: 'failure',
          steps: STEPS('Run npx vitest run'),
          log: fixture('gha-vitest-failure.log')
        },
        { name: 'smoke', conclusion: 'failure', steps: SMOKE, log: SMOKE_FAILED },
        { name: 'e2e', conclusion: 'failure', steps: SMOKE, log: SMOKE_FAILED }
      ]
    })
  const paths = (from: number) => server.requests.slice(from).map((r) => r.path)
  const jobOf = (run: { id: number }, name: string) => repo.jobsOf(run.id).find((j) => j.name === name)!
  const logsOf = (ids: number[], from: number) =>
    paths(from).filter((p) => ids.some((id) => p === `/repos/octo-org/app/actions/jobs/${id}/logs`))

  it('reads one green log per unsure failed job (none for a sure one), takes its lines as noise and caches it by job and commit', async () => {
    const h = new Harness()
    const green = greenRun()
    // A newer green run of another branch is not this branch's baseline.
    const other = greenRun('feature/x')
    const red = redRun()
    const greenJobs = ['lint', 'test', 'smoke', 'e2e'].map((n) => jobOf(green, n).id)

    const o = await h.pass({ kind: 'run', runId: red.id })

    const jobs = Object.fromEntries(o.analyses[0]!.jobs.map((j) => [j.name, j.findings[0]!]))
    expect(jobs.test).toMatchObject({ pattern: 'PAT-002', confidence: 'high' })
    for (const name of ['smoke', 'e2e']) {
      expect(jobs[name]).toMatchObject({ line: CAUSE_LINE })
      expect(jobs[name]!.excerpt).toContain('smoke check failed: GET /ready answered 503, want 200')
    }
    // One log of the green run per unsure failed job, the newest green run of the branch and its
    // job list once for both; nothing of the other branch's run, nothing for the sure job.
    expect(logsOf(greenJobs, 0)).toEqual([
      `/repos/octo-org/app/actions/jobs/${jobOf(green, 'smoke').id}/logs`,
      `/repos/octo-org/app/actions/jobs/${jobOf(green, 'e2e').id}/logs`
    ])
    const lists = server.requests.filter((r) => r.path.startsWith('/repos/octo-org/app/actions/workflows/'))
    expect(lists).toHaveLength(1)
    const url = new URL(lists[0]!.path, server.origin)
    expect(url.pathname).toBe(`/repos/octo-org/app/actions/workflows/${green.workflow.id}/runs`)
    expect(Object.fromEntries(url.searchParams)).toEqual({ branch: 'main', status: 'success', per_page: '1' })
    expect(paths(0).filter((p) => p.startsWith(`/repos/octo-org/app/actions/runs/${green.id}/jobs`))).toHaveLength(1)
    expect(paths(0).some((p) => p.includes(`/runs/${other.id}`))).toBe(false)

    // The capsule remembers what the green run told, by job and commit.
    expect(h.state.baselines).toEqual([
      { job: 'smoke', sha: red.headSha, run_id: green.id, keys: expect.any(Array) },
      { job: 'e2e', sha: red.headSha, run_id: green.id, keys: expect.any(Array) }
    ])
    expect(h.state.baselines![0]!.keys.length).toBeGreaterThan(0)

    // The same jobs at the same commit read again: their own logs, nothing of the green run.
    const mark = server.requests.length
    const again = await h.pass({ kind: 'run', runId: red.id, reread: true }, at(30))
    expect(paths(mark).filter((p) => p.includes('/workflows/') || p.includes(`/runs/${green.id}`))).toEqual([])
    expect(logsOf(greenJobs, mark)).toEqual([])
    expect(again.analyses[0]!.jobs.map((j) => [j.name, j.findings[0]!.line])).toEqual(
      o.analyses[0]!.jobs.map((j) => [j.name, j.findings[0]!.line])
    )
    // So does a new run of the same commit.
    const rerun = redRun({ headSha: red.headSha })
    const mark2 = server.requests.length
    const third = await h.pass({ kind: 'run', runId: rerun.id }, at(40))
    expect(paths(mark2).filter((p) => p.includes('/workflows/') || p.includes(`/runs/${green.id}`))).toEqual([])
    expect(third.analyses[0]!.jobs.find((j) => j.name === 'smoke')!.findings[0]!.line).toBe(CAUSE_LINE)
  })

  it('asks for nothing more when the failed job is sure of its cause', async () => {
    const h = new Harness()
    greenRun()
    const run = failedRun()
    const test = jobOf(run, 'test')

    await h.pass({ kind: 'run', runId: run.id })

    expect(server.requests.map((r) => r.path.replace(/\?.*$/, ''))).toEqual([
      `/repos/octo-org/app/actions/runs/${run.id}`,
      `/repos/octo-org/app/actions/runs/${run.id}/jobs`,
      `/repos/octo-org/app/actions/jobs/${test.id}/logs`,
      `/_standin/job-logs/${test.id}/signedlogcontent`
    ])
    expect(h.state.baselines).toBeUndefined()
  })

  it('remembers a branch without a green run, and reads the job as it was', async () => {
    const h = new Harness()
    const run = repo.addRun({
      workflow: 'ci.yml',
      jobs: [{ name: 'smoke', conclusion: 'failure', steps: SMOKE, log: SMOKE_FAILED }]
    })

    const o = await h.pass({ kind: 'run', runId: run.id })

    expect(o.analyses[0]!.findings[0]).toMatchObject({ line: NOISE_LINE })
    expect(paths(0).filter((p) => p.includes('/workflows/'))).toHaveLength(1)
    expect(h.state.baselines).toEqual([{ job: 'smoke', sha: run.headSha, keys: [] }])
    const mark = server.requests.length
    await h.pass({ kind: 'run', runId: run.id, reread: true }, at(30))
    expect(paths(mark).filter((p) => p.includes('/workflows/'))).toEqual([])
  })

  it('reads no green run when it is turned off, nor for a fork', async () => {
    const h = new Harness()
    greenRun()
    const run = redRun()
    await h.pass({ kind: 'run', runId: run.id }, T0, { lastGreen: false })
    const fork = redRun({ branch: 'main', headRepository: 'someone/app', event: 'pull_request' })
    await h.pass({ kind: 'run', runId: fork.id }, at(10))

    expect(paths(0).filter((p) => p.includes('/workflows/'))).toEqual([])
    expect(h.state.baselines).toBeUndefined()
  })

  it('keeps the newest few jobs in the capsule', async () => {
    const h = new Harness()
    const green = greenRun()
    const reds = Array.from({ length: 5 }, () => redRun())

    const o = await h.pass({ kind: 'since-last' }, T0, {}, { ...h.state, last_run_id: green.id })

    expect(o.analyses).toHaveLength(5)
    // Ten unsure jobs, one green log each; the runs list and the green job list once.
    expect(logsOf([jobOf(green, 'smoke').id, jobOf(green, 'e2e').id], 0)).toHaveLength(10)
    expect(paths(0).filter((p) => p.includes('/workflows/'))).toHaveLength(1)
    const kept = h.state.baselines!.map((b) => [b.job, b.sha])
    expect(kept).toHaveLength(8)
    expect(kept.at(-1)).toEqual(['e2e', reds[4]!.headSha])
    expect(kept[0]).toEqual(['smoke', reds[1]!.headSha])
  })

  it("stops the green run's job list at max-pages, reports it once, and still reads the green logs it listed", async () => {
    const h = new Harness({ maxPages: 2 })
    const green = greenRun()
    const red = redRun()
    server.injectFault({
      path: new RegExp(`/actions/runs/${green.id}/jobs$`),
      times: Infinity,
      fault: { kind: 'endless-pages' }
    })

    const o = await h.pass({ kind: 'run', runId: red.id })

    expect(o.unreadable).toEqual([
      `limit reached: list the jobs of run ${green.id}: only the first 2 page(s) were read (max-pages 2); the rest was left out`
    ])
    expect(logsOf([jobOf(green, 'smoke').id, jobOf(green, 'e2e').id], 0)).toHaveLength(2)
    expect(o.analyses[0]!.jobs.find((j) => j.name === 'smoke')!.findings[0]).toMatchObject({ line: CAUSE_LINE })
  })

  it('evicts the least recently used job from the capsule, not the first remembered one', async () => {
    const h = new Harness()
    const green = greenRun()
    const greenJobs = [jobOf(green, 'smoke').id, jobOf(green, 'e2e').id]
    const reds = Array.from({ length: 4 }, () => redRun())
    const both = (r: { headSha: string }) => [
      ['smoke', r.headSha],
      ['e2e', r.headSha]
    ]
    const kept = () => h.state.baselines!.map((b) => [b.job, b.sha])

    await h.pass({ kind: 'since-last' }, T0, {}, { ...h.state, last_run_id: green.id })
    expect(kept()).toEqual(reds.flatMap(both))

    // The first run's jobs, remembered first, are read again: from the capsule, no green log,
    // and they become the most recently used.
    const mark = server.requests.length
    await h.pass({ kind: 'run', runId: reds[0]!.id, reread: true }, at(30))
    expect(logsOf(greenJobs, mark)).toEqual([])
    expect(kept()).toEqual([...both(reds[1]!), ...both(reds[2]!), ...both(reds[3]!), ...both(reds[0]!)])

    // A new run's two jobs push out the two least recently used: the second run's.
    const newer = redRun()
    await h.pass({ kind: 'run', runId: newer.id }, at(60))
    expect(kept()).toEqual([...both(reds[2]!), ...both(reds[3]!), ...both(reds[0]!), ...both(newer)])
    const mark2 = server.requests.length
    await h.pass({ kind: 'run', runId: reds[0]!.id, reread: true }, at(90))
    expect(logsOf(greenJobs, mark2)).toEqual([])
  })
})
