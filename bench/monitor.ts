/**
 * API cost of monitoring: requests per analysed failed run, and the requests and rate-limit
 * cost of a poll that finds nothing new; plus the monitor bundle's cold start (spawn → first
 * API request), all against the REST stand-in.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  buildMatrix,
  createGitHubClient,
  createRunsReader,
  runMonitor,
  type MonitoringState
} from '../packages/core/src/index.js'
import { StandinServer } from '../test/support/http-server.js'
import { FakeRepo, registerActionsApi } from '../test/support/github-api.js'
import { registerArtifactService } from '../test/support/artifact-service.js'
import { runnerEnv } from '../test/support/runner-env.js'
import { bundle, ROOT } from '../test/support/workflow.js'
import { median, type Figure } from './stats.js'

const TOKEN = 'ghs_benchtoken000000000000000000000000'

export async function benchMonitor(): Promise<Figure[]> {
  const server = new StandinServer()
  const repo = new FakeRepo('bench/app')
  registerActionsApi(server, repo, { validate: false })
  registerArtifactService(server)
  const origin = await server.start()
  const figures: Figure[] = []
  try {
    const errorLines = readFileSync(join(ROOT, 'test/fixtures/logs/cargo-build-type-error.log'), 'utf8').split('\n')
    const client = createGitHubClient({ token: TOKEN, baseUrl: origin })
    const reader = createRunsReader(client, 'bench/app')
    const config = {
      repository: 'bench/app',
      workflows: [],
      maxRuns: 20,
      matrix: buildMatrix({}),
      fixablePatterns: ['PAT-007']
    }
    let state: MonitoringState = { current_status: 'operational', last_run_id: 0 }

    for (const failedJobs of [1, 3]) {
      const jobs = [
        ...Array.from({ length: failedJobs }, (_, i) => ({
          name: `build-${i}`,
          conclusion: 'failure' as const,
          errorLines
        })),
        { name: 'lint' },
        { name: 'docs' }
      ]
      const run = repo.addRun({ workflow: 'ci.yml', jobs })
      const before = server.requests.length
      const clientBefore = client.stats.requests
      await runMonitor(state, { kind: 'run', runId: run.id }, config, { reader, channels: [], now: () => new Date() })
      figures.push({
        name: `API requests, failed run with ${failedJobs} failed job(s) of ${jobs.length}`,
        value: client.stats.requests - clientBefore,
        unit: 'requests to the API',
        note: `${server.requests.length - before} HTTP requests incl. the log redirect${failedJobs > 1 ? 's' : ''}`
      })
    }

    state = { current_status: 'operational', last_run_id: repo.addRun({ workflow: 'ci.yml' }).id }
    await runMonitor(state, { kind: 'since-last' }, config, { reader, channels: [], now: () => new Date() })
    const used = repo.rateLimit.used
    const before = server.requests.length
    await runMonitor(state, { kind: 'since-last' }, config, { reader, channels: [], now: () => new Date() })
    const polled = server.requests.slice(before)
    figures.push({
      name: 'unchanged poll (schedule / --watch)',
      value: polled.length,
      unit: 'requests',
      note: `${polled.filter((r) => r.status === 304).length} answered 304; rate limit spent ${repo.rateLimit.used - used}`
    })

    // Cold start: spawn → the first request the stand-in sees (GET the run).
    const times: number[] = []
    const failed = repo.addRun({ workflow: 'ci.yml', jobs: [{ name: 'build', conclusion: 'failure', errorLines }] })
    for (let i = 0; i < 5; i++) {
      const env = runnerEnv({
        origin,
        workspace: join(ROOT, '.bench'),
        runId: 9000 + i,
        repository: 'bench/app',
        runBackendId: `bench-${i}`,
        jobBackendId: 'monitor',
        eventName: 'workflow_dispatch',
        inputs: {
          'github-token': TOKEN,
          'run-id': String(failed.id),
          'allow-unsigned': 'true',
          'upload-capsule': 'false',
          'capsule-path': `.bench/cold-${i}.json`
        }
      })
      const t0 = performance.now()
      let first = NaN
      server.onRequest = () => {
        if (Number.isNaN(first)) first = performance.now() - t0
      }
      const child = spawn(process.execPath, [bundle('monitor')], { env, stdio: 'ignore' })
      await new Promise((r) => child.on('exit', r))
      server.onRequest = undefined
      times.push(first)
    }
    figures.push({
      name: 'cold start monitor (spawn → first API request)',
      value: median(times),
      unit: 'ms (median of 5)'
    })
  } finally {
    await server.stop()
  }
  return figures
}
