/**
 * `npm run demo`: the state capsule's round trip between jobs and runs, on this machine.
 * A local stand-in of GitHub's artifact service and REST API listens on 127.0.0.1; the
 * committed action bundles run as processes with a runner's env, exactly as on GitHub.
 */
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundle, LocalJob, startLocalGitHub } from '../test/support/workflow.js'
import type { ActionResult } from '../test/support/runner-env.js'

const repository = 'hee-demo/app'
const workflow = 'HEE CI Monitoring and Auto-Fix'
const { privateKey, publicKey } = generateKeyPairSync('ed25519')
const signingKey = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const verifyKey = publicKey.export({ type: 'spki', format: 'pem' }).toString()

function show(title: string, r: ActionResult): void {
  const ok = r.code === 0
  const out = Object.entries(r.outputs)
    .filter(([k]) => ['status', 'version', 'found', 'fallback-used', 'artifact-name', 'source-run-id'].includes(k))
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')
  console.log(`${ok ? '✔' : '✘'} ${title.padEnd(58)} ${out}`)
  if (!ok) {
    console.log(r.stdout.split('\n').filter((l) => l.startsWith('::error')).join('\n'))
    process.exitCode = 1
  }
}

const gh = await startLocalGitHub()
try {
  console.log(`GitHub stand-in on ${gh.origin}\n`)
  const job = (runId: number, name: string) => new LocalJob({ gh, repository, workflow, runId, job: name })

  const a = job(1001, 'monitor')
  show('run 1001 / monitor : capsule-load (nothing yet)', await a.step('capsule-load', { 'verify-key': verifyKey, 'github-token': 'demo-token' }))
  show(
    'run 1001 / monitor : capsule-update → degraded',
    await a.step('capsule-update', {
      'signing-key': signingKey,
      update: JSON.stringify({ status: 'degraded', last_run_id: 1001 })
    })
  )

  const b = job(1001, 'auto-fix')
  show('run 1001 / auto-fix: capsule-load from this run (public key)', await b.step('capsule-load', { source: 'run', 'verify-key': verifyKey }))
  show(
    'run 1001 / auto-fix: capsule-update → operational + history',
    await b.step('capsule-update', {
      'signing-key': signingKey,
      update: JSON.stringify({
        status: 'operational',
        append_history: [{ pattern_id: 'PAT-007', success: true, rollback: false }]
      })
    })
  )

  const c = job(1002, 'monitor')
  show(
    'run 1002 / monitor : capsule-load from an earlier run',
    await c.step('capsule-load', { source: 'latest', 'verify-key': verifyKey, 'github-token': 'demo-token' })
  )

  const cli = bundle('cli')
  const file = join(c.workspace, 'hee-state-capsule.json')
  const keyFile = join(mkdtempSync(join(tmpdir(), 'hee-demo-')), 'hee.pub')
  writeFileSync(keyFile, verifyKey)

  console.log('\n$ hee capsule validate --input hee-state-capsule.json --verify-key hee.pub')
  process.stdout.write(execFileSync(process.execPath, [cli, 'capsule', 'validate', '--input', file, '--verify-key', keyFile], { encoding: 'utf8' }))

  const tampered = file.replace(/\.json$/, '.tampered.json')
  writeFileSync(tampered, readFileSync(file, 'utf8').replace('"operational"', '"maintenance"'))
  console.log('\n$ hee capsule validate --input tampered.json --verify-key hee.pub   # one field changed by hand')
  try {
    execFileSync(process.execPath, [cli, 'capsule', 'validate', '--input', tampered, '--verify-key', keyFile], { encoding: 'utf8', stdio: 'pipe' })
    console.log('tampered capsule was accepted: this is a bug')
    process.exitCode = 1
  } catch (e) {
    const err = e as { status: number; stderr: string }
    process.stdout.write(`${err.stderr.trim()}\n(exit ${err.status})\n`)
  }

  console.log('\n$ hee capsule report --input hee-state-capsule.json\n')
  process.stdout.write(execFileSync(process.execPath, [cli, 'capsule', 'report', '--input', file, '--verify-key', keyFile], { encoding: 'utf8' }))
} finally {
  await gh.stop()
}
