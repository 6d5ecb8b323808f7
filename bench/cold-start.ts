/**
 * Cold start of each action bundle: from process spawn to the first request the stand-in
 * receives (the first thing an action does on GitHub that costs time). The CLI has no
 * request; its figure is the whole `hee --version` run.
 */
import { spawn } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { bundle, LocalJob, startLocalGitHub, type LocalGitHub } from '../test/support/workflow.js'
import { runnerEnv } from '../test/support/runner-env.js'
import { median, type Figure } from './stats.js'

async function firstRequestMs(
  entry: string,
  env: Record<string, string>,
  server: LocalGitHub['server']
): Promise<number> {
  let first = NaN
  const t0 = performance.now()
  server.onRequest = () => {
    if (Number.isNaN(first)) first = performance.now() - t0
  }
  const child = spawn(process.execPath, [entry], { env, stdio: 'ignore' })
  await new Promise((r) => child.on('exit', r))
  server.onRequest = undefined
  return first
}

export async function benchColdStart(): Promise<Figure[]> {
  const gh = await startLocalGitHub()
  const figures: Figure[] = []
  try {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519')
    const signing = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const verify = publicKey.export({ type: 'spki', format: 'pem' }).toString()
    const steps: Array<[string, Record<string, string>]> = [
      ['capsule-update', { 'signing-key': signing, status: 'operational' }],
      ['capsule-load', { 'verify-key': verify, 'github-token': 'bench', source: 'run' }]
    ]
    for (const [action, inputs] of steps) {
      const times: number[] = []
      for (let i = 0; i < 7; i++) {
        const job = new LocalJob({
          gh,
          repository: 'bench/repo',
          workflow: 'CI',
          runId: 5000 + i * 10 + times.length,
          job: 'bench'
        })
        const env = runnerEnv({
          origin: gh.origin,
          workspace: job.workspace,
          runId: 5000 + i * 10 + times.length,
          repository: 'bench/repo',
          runBackendId: `run-backend-bench/repo-${5000 + i * 10 + times.length}`,
          jobBackendId: `bench-${i}`,
          inputs
        })
        times.push(await firstRequestMs(bundle(action), env, gh.server))
      }
      figures.push({
        name: `cold start ${action}`,
        value: median(times),
        unit: 'ms spawn → first request (median of 7)'
      })
    }
    const cli: number[] = []
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now()
      const child = spawn(process.execPath, [bundle('cli'), '--version'], { stdio: 'ignore' })
      await new Promise((r) => child.on('exit', r))
      cli.push(performance.now() - t0)
    }
    figures.push({ name: 'cold start hee --version (whole run)', value: median(cli), unit: 'ms (median of 7)' })
  } finally {
    await gh.stop()
  }
  return figures
}
