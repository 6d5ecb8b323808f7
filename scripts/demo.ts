/**
 * `npm run demo`: HEE CI's main job on this machine, no GitHub account needed. A local
 * stand-in of GitHub (REST API, artifact service) listens on 127.0.0.1 and holds a repository
 * whose CI run failed with real `cargo build` output. The committed action bundles run as
 * processes with a runner's env, exactly as on GitHub:
 *   run 2001 / monitor   capsule-load → monitor (workflow_run of the failed CI run)
 *   run 2001 / follow-up capsule-load from the same run (what an auto-fix job receives)
 *   run 2002 / monitor   CI passed again → the failure is reported fixed
 * then `hee capsule validate` (also on a tampered copy) and `hee capsule report`.
 */
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeRepo } from '../test/support/github-api.js'
import type { ActionResult } from '../test/support/runner-env.js'
import { bundle, LocalJob, ROOT, startLocalGitHub } from '../test/support/workflow.js'

const repository = 'hee-demo/app'
const workflow = 'HEE CI Monitoring'
const token = 'ghs_demo0000000000000000000000000000000'
const { privateKey, publicKey } = generateKeyPairSync('ed25519')
const signingKey = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const verifyKey = publicKey.export({ type: 'spki', format: 'pem' }).toString()
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)

function show(title: string, r: ActionResult, keys: string[]): void {
  const out = keys
    .filter((k) => r.outputs[k] !== undefined)
    .map((k) => `${k}=${r.outputs[k]}`)
    .join(' ')
  console.log(`${r.code === 0 ? '✔' : '✘'} ${title.padEnd(52)} ${out}`)
  if (r.code !== 0) {
    console.log(
      r.stdout
        .split('\n')
        .filter((l) => l.startsWith('::error'))
        .join('\n')
    )
    process.exitCode = 1
  }
}

const repo = new FakeRepo(repository)
repo.token = token
const gh = await startLocalGitHub({ repo })
try {
  console.log(`GitHub stand-in on ${gh.origin}: ${repository}\n`)
  const cargoLog = readFileSync(join(ROOT, 'test/fixtures/logs/gha-cargo-build-type-error.log'), 'utf8')
  const failed = repo.addRun({
    workflow: 'ci.yml',
    jobs: [
      { name: 'lint' },
      {
        name: 'build',
        conclusion: 'failure',
        steps: ['Set up job', 'Run actions/checkout@v4', 'Run cargo build --locked', 'Complete job'],
        log: cargoLog
      },
      { name: 'test' }
    ]
  })
  console.log(bold(`CI run ${failed.id} failed. The monitoring workflow runs:`))
  const job = (runId: number, name: string, ciRun: number) =>
    new LocalJob({
      gh,
      repository,
      workflow,
      runId,
      job: name,
      eventName: 'workflow_run',
      event: { workflow_run: { id: ciRun } }
    })
  const load = { 'verify-key': verifyKey, 'github-token': token }
  const monitorInputs = { 'github-token': token, 'signing-key': signingKey, workflows: 'CI' }

  const a = job(2001, 'monitor', failed.id)
  show('run 2001 / monitor  : capsule-load', await a.step('capsule-load', load), ['status', 'version', 'found'])
  const m1 = await a.step('monitor', monitorInputs)
  show('run 2001 / monitor  : monitor', m1, ['status', 'severity', 'patterns', 'fix_required', 'version'])
  const b = job(2001, 'follow-up', failed.id)
  show('run 2001 / follow-up: capsule-load (same run)', await b.step('capsule-load', { ...load, source: 'run' }), [
    'status',
    'version',
    'source-run-id'
  ])

  console.log(`\n${bold('The monitor job summary, as GitHub shows it:')}\n`)
  console.log(m1.summary.trim())
  const annotation = m1.stdout.split('\n').find((l) => l.startsWith('::error'))
  if (annotation) console.log(`\n${bold('Annotation at the evidence line:')} ${annotation.slice(0, 160)}…`)

  const fixed = repo.addRun({ workflow: 'ci.yml', jobs: [{ name: 'lint' }, { name: 'build' }, { name: 'test' }] })
  console.log(`\n${bold(`CI run ${fixed.id} passed. The monitoring workflow runs again:`)}`)
  const c = job(2002, 'monitor', fixed.id)
  show('run 2002 / monitor  : capsule-load (earlier run)', await c.step('capsule-load', load), [
    'status',
    'version',
    'source-run-id'
  ])
  const m2 = await c.step('monitor', monitorInputs)
  show('run 2002 / monitor  : monitor', m2, ['status', 'severity', 'fix_required', 'version'])
  const notice = m2.stdout.split('\n').find((l) => l.startsWith('::notice'))
  if (notice) console.log(`  ${notice.slice(0, 140)}`)

  const cli = bundle('cli')
  const file = c.capsuleFile
  const keyFile = join(mkdtempSync(join(tmpdir(), 'hee-demo-')), 'hee.pub')
  writeFileSync(keyFile, verifyKey)
  console.log(`\n$ hee capsule validate --input hee-state-capsule.json --verify-key hee.pub`)
  process.stdout.write(
    execFileSync(process.execPath, [cli, 'capsule', 'validate', '--input', file, '--verify-key', keyFile], {
      encoding: 'utf8'
    })
  )
  const tampered = file.replace(/\.json$/, '.tampered.json')
  writeFileSync(tampered, readFileSync(file, 'utf8').replace('"operational"', '"maintenance"'))
  console.log('\n$ hee capsule validate --input tampered.json --verify-key hee.pub   # one field changed by hand')
  try {
    execFileSync(process.execPath, [cli, 'capsule', 'validate', '--input', tampered, '--verify-key', keyFile], {
      encoding: 'utf8',
      stdio: 'pipe'
    })
    console.log('the tampered capsule was accepted: this is a bug')
    process.exitCode = 1
  } catch (e) {
    const err = e as { status: number; stderr: string }
    process.stdout.write(`${err.stderr.trim()}\n(exit ${err.status})\n`)
  }
  console.log('\n$ hee capsule report --input hee-state-capsule.json\n')
  process.stdout.write(
    execFileSync(process.execPath, [cli, 'capsule', 'report', '--input', file, '--verify-key', keyFile], {
      encoding: 'utf8'
    })
  )
} finally {
  await gh.stop()
}
