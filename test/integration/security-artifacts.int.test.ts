/**
 * PAT-003 from an artifact the run uploaded: the REST stand-in and the artifact service on one
 * stand-in server, the report uploaded by the real `@actions/artifact` client (LocalJob), read
 * back through the real GitHub client (list, 302 to the signed blob URL, zip) by the engine.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_MATRIX } from '../../packages/core/src/alerts/escalation.js'
import { MAX_REPORT_RESULTS } from '../../packages/core/src/artifacts/security-report.js'
import { createCapsule } from '../../packages/core/src/capsule/update.js'
import { createGitHubClient, createRunsReader, type GitHubClient } from '../../packages/core/src/github/index.js'
import { runMonitor, type MonitorConfig, type MonitorOutcome } from '../../packages/core/src/monitor/engine.js'
import { outcomeMarkdown } from '../../packages/core/src/monitor/report.js'
import { ArtifactStore, registerArtifactService } from '../support/artifact-service.js'
import { FakeRepo, formatLog, registerActionsApi, type ActionsApi } from '../support/github-api.js'
import { StandinServer } from '../support/http-server.js'
import { LocalJob, ROOT, type LocalGitHub } from '../support/workflow.js'

const TOKEN = 'ghs_securityArtifactsToken0123456789abcd'
const T0 = new Date('2025-03-01T10:00:00.000Z')
const NPM_AUDIT = join(ROOT, 'test', 'fixtures', 'security', 'npm-audit.json')

let server: StandinServer
let repo: FakeRepo
let api: ActionsApi
let artifacts: ArtifactStore
let gh: LocalGitHub
let client: GitHubClient

beforeEach(async () => {
  server = new StandinServer()
  repo = new FakeRepo('hee-it/app')
  repo.token = TOKEN
  // The Actions API first: it answers for the runs it holds, the artifact service for the rest.
  api = registerActionsApi(server, repo)
  artifacts = registerArtifactService(server)
  const origin = await server.start()
  gh = { server, artifacts, origin, stop: () => server.stop() }
  client = createGitHubClient({ token: TOKEN, baseUrl: origin, retryBaseMs: 5 })
})

afterEach(async () => {
  await server.stop()
  expect(api.violations).toEqual([])
})

const AUDIT_LOG = formatLog([
  '##[group]Run npm audit --audit-level=high',
  'npm audit --audit-level=high',
  '##[endgroup]',
  '##[error]Process completed with exit code 1.'
])

async function pass(runId: number, over: Partial<MonitorConfig> = {}): Promise<MonitorOutcome> {
  const state = createCapsule({ repository: repo.fullName, workflow: 'monitor', runId: 1, now: T0 }).body
    .monitoring_state
  return runMonitor(
    state,
    { kind: 'run', runId },
    {
      repository: repo.fullName,
      workflows: [],
      maxRuns: 20,
      matrix: DEFAULT_MATRIX,
      fixablePatterns: [],
      defaultBranch: 'main',
      ...over
    },
    { reader: createRunsReader(client, repo.fullName), channels: [], now: () => T0 }
  )
}

/** Uploads `file` as artifact `name` of the FakeRepo run `runId`, with the real artifact client. */
async function upload(
  runId: number,
  name: string,
  file: string,
  as = 'npm-audit.json'
): Promise<{ id: number; size: number }> {
  const job = new LocalJob({ gh, repository: repo.fullName, workflow: 'CI', runId, job: 'audit' })
  const dir = mkdtempSync(join(tmpdir(), 'hee-sec-'))
  const copy = join(dir, as)
  copyFileSync(file, copy)
  return job.uploadRaw(name, copy)
}

const paths = (re: RegExp) => server.requests.filter((r) => re.test(r.path.replace(/\?.*$/, '')))

describe('security findings from uploaded reports', () => {
  it('turns the npm-audit.json a failed run uploaded into a PAT-003 finding naming the package', async () => {
    const run = repo.addRun({
      workflow: 'ci.yml',
      jobs: [
        { name: 'build' },
        {
          name: 'audit',
          conclusion: 'failure',
          steps: ['Set up job', 'Run npm audit --audit-level=high', 'Complete job'],
          log: AUDIT_LOG
        }
      ]
    })
    const uploaded = await upload(run.id, 'npm-audit', NPM_AUDIT)
    // Another artifact of the run that is not a report: not downloaded.
    await upload(run.id, 'coverage', NPM_AUDIT)
    const before = server.requests.length

    const o = await pass(run.id)

    const analysis = o.analyses[0]!
    expect(o.unreadable).toEqual([])
    const f = analysis.findings.find((x) => x.rule === 'PAT-003/npm-audit')
    expect(f).toMatchObject({
      pattern: 'PAT-003',
      severity: 'critical',
      job: 'artifact npm-audit',
      jobId: 0,
      line: 1,
      score: 79
    })
    expect(f!.excerpt).toMatch(
      /^npm-audit\.json — npm audit: 2 critical, 1 high\ncritical: minimist .*GHSA-xvch-5gv4-984h/
    )
    expect(analysis.findings[0]).toBe(f)
    expect(o.patterns[0]).toBe('PAT-003')
    expect(o.severity).toBe('critical')

    const sent = server.requests
      .slice(before)
      .map(
        (r) =>
          `${r.method} ${r.path.replace(/\?.*$/, '').replace(/\/actions-results\/.*/, '/actions-results/…')} ${r.status}`
      )
    expect(sent).toEqual([
      `GET /repos/hee-it/app/actions/runs/${run.id} 200`,
      `GET /repos/hee-it/app/actions/runs/${run.id}/jobs 200`,
      `GET /repos/hee-it/app/actions/jobs/${repo.jobsOf(run.id).find((j) => j.name === 'audit')!.id}/logs 302`,
      expect.stringMatching(/^GET \/_standin\/job-logs\/\d+\/signedlogcontent 200$/),
      // The log alone leaves the locator unsure: the same job's last green run is looked for (there is none).
      expect.stringMatching(/^GET \/repos\/hee-it\/app\/actions\/workflows\/\d+\/runs 200$/),
      `GET /repos/hee-it/app/actions/runs/${run.id}/artifacts 200`,
      `GET /repos/hee-it/app/actions/artifacts/${uploaded.id}/zip 302`,
      'GET /artifact-blobs/actions-results/… 200'
    ])
    // The signed blob URL is fetched without the token.
    const blob = paths(/^\/artifact-blobs\//).at(-1)!
    expect(blob.headers.authorization).toBeUndefined()
  })

  it('costs no artifact request for a successful run, nor when security-artifacts is empty', async () => {
    const ok = repo.addRun({ workflow: 'ci.yml', jobs: [{ name: 'build' }, { name: 'audit' }] })
    await upload(ok.id, 'npm-audit', NPM_AUDIT)
    const o = await pass(ok.id)
    expect(o.analyses[0]!.findings).toEqual([])
    expect(paths(/\/artifacts/).filter((r) => r.method === 'GET')).toEqual([])

    const failed = repo.addRun({ workflow: 'ci.yml', jobs: [{ name: 'audit', conclusion: 'failure', log: AUDIT_LOG }] })
    await upload(failed.id, 'npm-audit', NPM_AUDIT)
    const off = await pass(failed.id, { securityArtifacts: [] })
    expect(off.analyses[0]!.findings.some((x) => x.rule.startsWith('PAT-003/npm'))).toBe(false)
    expect(paths(/\/artifacts/).filter((r) => r.method === 'GET')).toEqual([])
  })

  it('notes an artifact it cannot download, still reads the logs, and caps the zip size', async () => {
    const run = repo.addRun({ workflow: 'ci.yml', jobs: [{ name: 'audit', conclusion: 'failure', log: AUDIT_LOG }] })
    const a = await upload(run.id, 'npm-audit', NPM_AUDIT)
    server.injectFault({
      method: 'GET',
      path: /\/actions\/artifacts\/\d+\/zip$/,
      fault: {
        kind: 'status',
        status: 410,
        body: { message: 'Artifact has expired', documentation_url: 'https://docs.github.com/rest', status: '410' }
      }
    })

    const o = await pass(run.id)
    expect(o.unreadable).toEqual([
      `artifact "npm-audit" (${a.id}): download artifact ${a.id} (GET /repos/hee-it/app/actions/artifacts/${a.id}/zip) failed with 410: Artifact has expired`
    ])
    expect(o.analyses[0]!.jobs).toHaveLength(1)

    const reader = createRunsReader(client, repo.fullName)
    await expect(reader.downloadArtifactZip(a.id, { maxBytes: 100 })).rejects.toMatchObject({
      code: 'github.artifact-too-large'
    })
    expect((await reader.downloadArtifactZip(a.id)).length).toBe(a.size)
    expect(await reader.listRunArtifacts(run.id)).toEqual([
      { id: a.id, name: 'npm-audit', sizeInBytes: a.size, expired: false }
    ])
  })

  it('makes the finding of a SARIF with 3 times the result cap from the first results, and lists the cap under Limits reached', async () => {
    const run = repo.addRun({
      workflow: 'ci.yml',
      jobs: [{ name: 'codeql', conclusion: 'failure', steps: ['Set up job', 'Upload SARIF', 'Complete job'] }]
    })
    const n = 3 * MAX_REPORT_RESULTS
    const file = join(mkdtempSync(join(tmpdir(), 'hee-sarif-')), 'big.sarif')
    writeFileSync(
      file,
      JSON.stringify({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'CodeQL' } }, results: Array(n).fill({ ruleId: 'js/xss', level: 'error' }) }]
      })
    )
    const a = await upload(run.id, 'codeql-sarif', file, 'results.sarif')

    const o = await pass(run.id)

    const f = o.analyses[0]!.findings.find((x) => x.rule === 'PAT-003/sarif')
    expect(f?.excerpt.split('\n')[0]).toBe(`results.sarif — SARIF: ${MAX_REPORT_RESULTS} high`)
    expect(o.unreadable).toEqual([
      `artifact "codeql-sarif" (${a.id}): limit reached: results.sarif holds ${n} SARIF results; only the first ${MAX_REPORT_RESULTS} were read`
    ])
    expect(outcomeMarkdown(o)).toContain('### Limits reached')
  })

  it('skips an artifact whose download trickles past the download time limit, says so, and still reads the logs', async () => {
    const run = repo.addRun({
      workflow: 'ci.yml',
      jobs: [
        {
          name: 'audit',
          conclusion: 'failure',
          steps: ['Set up job', 'Run npm audit --audit-level=high', 'Complete job'],
          log: AUDIT_LOG
        }
      ]
    })
    const a = await upload(run.id, 'npm-audit', NPM_AUDIT)
    client = createGitHubClient({ token: TOKEN, baseUrl: gh.origin, retryBaseMs: 5, downloadMs: 300 })
    server.injectFault({
      method: 'GET',
      path: /^\/artifact-blobs\//,
      fault: { kind: 'trickle', head: 'PK', chunk: '\0', intervalMs: 5 }
    })

    const o = await pass(run.id)

    expect(o.unreadable).toHaveLength(1)
    expect(o.unreadable[0]).toMatch(
      new RegExp(
        `^artifact "npm-audit" \\(${a.id}\\): limit reached: download artifact ${a.id}: still coming after 0\\.3 s \\(download time limit\\), \\d+ bytes read; it was skipped`
      )
    )
    expect(o.analyses[0]!.jobs.map((j) => j.name)).toEqual(['audit'])
    expect(o.analyses[0]!.findings.some((f) => f.rule.startsWith('PAT-003/npm'))).toBe(false)
    expect(outcomeMarkdown(o)).toContain('### Limits reached')
  })
})
