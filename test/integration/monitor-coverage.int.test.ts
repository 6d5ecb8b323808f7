/**
 * Coverage in the monitor action: reports made by a real tool (node's test runner writing lcov)
 * in the job's workspace and as an artifact of the analysed run, read by the committed bundle
 * against the REST and artifact stand-ins; figures into the capsule with their trend, the spec's
 * table in the summary, and the gate.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { registerArtifactService } from '../support/artifact-service.js'
import { readCapsule } from '../support/capsule-file.js'
import { FakeRepo, registerActionsApi, type ActionsApi } from '../support/github-api.js'
import { StandinServer } from '../support/http-server.js'
import { expectOk } from '../support/step-result.js'
import { LocalJob, ROOT, type LocalGitHub } from '../support/workflow.js'

const TOKEN = 'ghs_coverageMonitorToken0123456789abcdef'
const KEY = 'hmac-coverage-monitor-key-0123456789abcdef'
const SAMPLE = join(ROOT, 'test', 'fixtures', 'coverage', 'js-sample')

let lcov: string
/** Line coverage of the lcov, from its own LH/LF records (percent). */
let lineFigure: number

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'hee-cov-sample-'))
  cpSync(SAMPLE, dir, { recursive: true })
  const r = spawnSync(
    process.execPath,
    [
      '--test',
      '--experimental-test-coverage',
      '--test-reporter=lcov',
      '--test-reporter-destination=lcov.info',
      'grade.test.mjs'
    ],
    { cwd: dir, encoding: 'utf8' }
  )
  expect(r.status, r.stderr).toBe(0)
  lcov = readFileSync(join(dir, 'lcov.info'), 'utf8')
  const sum = (tag: string) => [...lcov.matchAll(new RegExp(`^${tag}:(\\d+)$`, 'gm'))].reduce((n, m) => n + +m[1]!, 0)
  lineFigure = (100 * sum('LH')) / sum('LF')
  expect(lineFigure).toBeGreaterThan(0)
  expect(lineFigure).toBeLessThan(100)
})

let server: StandinServer
let repo: FakeRepo
let api: ActionsApi
let gh: LocalGitHub
let runSeq = 70_000_000

beforeEach(async () => {
  server = new StandinServer()
  const artifacts = registerArtifactService(server)
  repo = new FakeRepo('hee-it/app')
  repo.token = TOKEN
  api = registerActionsApi(server, repo)
  const origin = await server.start()
  gh = { server, artifacts, origin, stop: () => server.stop() }
})

afterEach(async () => {
  await server.stop()
  expect(api.violations).toEqual([])
})

const passedRun = () => repo.addRun({ workflow: 'ci.yml', name: 'CI', jobs: [{ name: 'test' }] })

function monitorJob(watched: number): LocalJob {
  return new LocalJob({
    gh,
    repository: repo.fullName,
    workflow: 'HEE CI Monitoring',
    runId: ++runSeq,
    job: 'monitor',
    eventName: 'workflow_run',
    event: { action: 'completed', workflow_run: { id: watched, name: 'CI' } }
  })
}

/** The sample's sources and its lcov in `job`'s workspace, as after checkout and a test step. */
function seedWorkspace(job: LocalJob, extra: Record<string, string> = {}): void {
  cpSync(SAMPLE, job.workspace, { recursive: true })
  mkdirSync(join(job.workspace, 'coverage'), { recursive: true })
  writeFileSync(join(job.workspace, 'coverage', 'lcov.info'), lcov)
  for (const [p, text] of Object.entries(extra)) {
    mkdirSync(join(job.workspace, p, '..'), { recursive: true })
    writeFileSync(join(job.workspace, p), text)
  }
}

const BASE = { 'github-token': TOKEN, 'signing-key': KEY }

describe('monitor action: coverage', () => {
  test('reports in the workspace: the spec table in the summary, figures and a growing trend in the capsule', async () => {
    const first = monitorJob(passedRun().id)
    seedWorkspace(first)
    const r1 = await first.step('monitor', { ...BASE, 'coverage-reports': 'coverage/*.info' })
    expectOk(r1)
    expect(Number(r1.outputs['coverage-total'])).toBeGreaterThan(0)
    expect(r1.outputs['coverage-gate']).toBe('passed')
    expect(r1.summary).toContain('| Metric | HEE Target | Current | Gap | Priority |')
    expect(r1.summary).toContain('`coverage/lcov.info`')
    const c1 = readCapsule(first.capsuleFile)
    const state1 = c1.body.monitoring_state
    expect(state1.coverage_metrics?.line).toBeCloseTo(lineFigure, 1)
    // Not measured is not written as 0.
    expect(state1.coverage_metrics?.integration).toBeUndefined()
    expect(state1.coverage_trend).toHaveLength(1)

    const second = monitorJob(passedRun().id)
    seedWorkspace(second)
    writeFileSync(second.capsuleFile, readFileSync(first.capsuleFile))
    const r2 = await second.step('monitor', { ...BASE, 'coverage-reports': 'coverage/*.info' })
    expectOk(r2)
    const state2 = readCapsule(second.capsuleFile).body.monitoring_state
    expect(state2.coverage_trend).toHaveLength(2)
    expect(state2.coverage_trend?.[1]?.run_id).toBeGreaterThan(0)
  })

  test('reports the analysed run uploaded as an artifact count as integration coverage', async () => {
    const run = passedRun()
    const uploader = new LocalJob({ gh, repository: repo.fullName, workflow: 'CI', runId: run.id, job: 'test' })
    const dir = mkdtempSync(join(tmpdir(), 'hee-cov-art-'))
    writeFileSync(join(dir, 'lcov.info'), lcov)
    await uploader.uploadRaw('coverage-integration', join(dir, 'lcov.info'))

    const job = monitorJob(run.id)
    seedWorkspace(job)
    const r = await job.step('monitor', {
      ...BASE,
      'coverage-reports': 'coverage/*.info',
      'coverage-artifacts': 'coverage-*'
    })
    expectOk(r)
    const metrics = readCapsule(job.capsuleFile).body.monitoring_state.coverage_metrics
    expect(metrics?.integration).toBeCloseTo(lineFigure, 1)
    expect(r.summary).toMatch(/lcov\.info \(artifact\)/)
  })

  test('a Stryker report among the reports gives the mutation score beside coverage, not an unreadable report', async () => {
    const job = monitorJob(passedRun().id)
    const mutation = readFileSync(join(ROOT, 'test/fixtures/coverage/stryker/mutation.json'), 'utf8')
    seedWorkspace(job, { 'coverage/mutation.json': mutation })
    const r = await job.step('monitor', { ...BASE, 'coverage-reports': 'coverage/*' })
    expectOk(r)
    expect(r.summary).toContain('**Mutation score (stryker):** 44.12% (15/34), 19 surviving.')
    expect(r.summary).toContain('`coverage/lcov.info`')
    expect(readCapsule(job.capsuleFile).body.monitoring_state.coverage_metrics?.line).toBeCloseTo(lineFigure, 1)
  })

  test('a failing gate fails the step only after the capsule and the summary are written', async () => {
    const job = monitorJob(passedRun().id)
    seedWorkspace(job, { '.github/hee-coverage.yml': 'gate:\n  targets: true\n' })
    const r = await job.step('monitor', { ...BASE, 'coverage-reports': 'coverage/lcov.info', 'coverage-gate': 'true' })
    expect(r.code).not.toBe(0)
    expect(r.stdout).toMatch(/::error::coverage gate failed: line coverage [\d.]+%25 is below its target/)
    expect(r.outputs['coverage-gate']).toBe('failed')
    expect(r.summary).toContain('| Metric | HEE Target | Current | Gap | Priority |')
    expect(readCapsule(job.capsuleFile).body.monitoring_state.coverage_metrics?.line).toBeCloseTo(lineFigure, 1)
  })

  test('a coverage config named but missing is a clear error; the capsule is not written', async () => {
    const job = monitorJob(passedRun().id)
    seedWorkspace(job)
    const r = await job.step('monitor', {
      ...BASE,
      'coverage-reports': 'coverage/lcov.info',
      'coverage-config': 'ci/coverage.yml'
    })
    expect(r.code).not.toBe(0)
    expect(r.stdout).toMatch(/::error::coverage config ci\/coverage\.yml does not exist/)
    expect(existsSync(job.capsuleFile)).toBe(false)
    // Refused before any request: nothing was read from the API.
    expect(server.requests.filter((q) => q.path.startsWith('/repos/'))).toEqual([])
  })
})
