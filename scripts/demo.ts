/**
 * `npm run demo [-- --keep DIR]`: the whole of HEE CI on this machine, no GitHub account, no
 * network. A local stand-in of GitHub (REST API, artifact service) listens on 127.0.0.1 and
 * holds a sample Rust repository (a real bare git repository behind it) whose CI run just failed
 * three ways with real tool output: clippy, a missing license header, and a test that caught a
 * real bug. The committed action bundles run as processes with a runner's env, as on GitHub:
 *   run 3001 / monitor   capsule-load → monitor (the cause of each failed job, alert, coverage)
 *   run 3001 / auto-fix  capsule-load (same run) → auto-fix (real clippy and header fixes in a
 *                        scratch worktree, proved by re-running the failing checks, one pull
 *                        request; the test failure left alone, with the reason)
 * then `hee capsule validate` (also on a tampered copy) and `hee capsule report`.
 * With --keep DIR the sample repository, its remote, the stand-in's records and the capsule stay.
 */
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { FakeRepo } from '../test/support/github-api.js'
import type { ActionResult } from '../test/support/runner-env.js'
import { bundle, LocalJob, startLocalGitHub } from '../test/support/workflow.js'
import { jobLog, makeSample } from './demo-sample.js'

const keepAt = (() => {
  const i = process.argv.indexOf('--keep')
  if (i < 0) return undefined
  const dir = process.argv[i + 1]
  if (!dir) {
    console.error('usage: npm run demo -- [--keep DIR]')
    process.exit(2)
  }
  return resolve(dir)
})()

const repository = 'hee-demo/ledger'
const workflow = 'HEE CI Monitoring and Auto-Fix'
const token = 'ghs_demo0000000000000000000000000000000'
const { privateKey, publicKey } = generateKeyPairSync('ed25519')
const signingKey = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const verifyKey = publicKey.export({ type: 'spki', format: 'pem' }).toString()
const tty = process.stdout.isTTY
const bold = (s: string) => (tty ? `\x1b[1m${s}\x1b[0m` : s)
const dim = (s: string) => (tty ? `\x1b[2m${s}\x1b[0m` : s)
const started = Date.now()
const elapsed = () => dim(`[${((Date.now() - started) / 1000).toFixed(1)} s]`)

function show(title: string, r: ActionResult, keys: string[]): void {
  const out = keys
    .filter((k) => r.outputs[k] !== undefined && r.outputs[k] !== '')
    .map((k) => `${k}=${r.outputs[k]}`)
    .join(' ')
  console.log(`${r.code === 0 ? '✔' : '✘'} ${title.padEnd(46)} ${out} ${elapsed()}`)
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

const work = mkdtempSync(join(tmpdir(), 'hee-demo-'))
console.log(bold('A sample repository whose CI just failed'))
console.log(`  making ${repository} and running its CI checks (cargo clippy, a header check, cargo test) …`)
const sample = makeSample(join(work, 'ledger'))
for (const c of sample.checks) console.log(`  ✘ ${c.job.padEnd(8)} ${c.command}  (exit ${c.exitCode})`)
const bare = join(work, 'ledger.git')
execFileSync('git', ['clone', '-q', '--bare', sample.dir, bare])

const repo = new FakeRepo(repository)
repo.token = token
repo.linkGit(bare)
const gh = await startLocalGitHub({ repo })
try {
  console.log(`  GitHub stand-in on ${gh.origin} ${elapsed()}\n`)
  const ci = repo.addRun({
    workflow: 'ci.yml',
    name: 'CI',
    headSha: sample.head,
    branch: 'main',
    jobs: sample.checks.map((c) => ({
      name: c.job,
      conclusion: 'failure' as const,
      steps: ['Set up job', 'Run actions/checkout@v4', `Run ${c.command}`, 'Complete job'],
      log: jobLog(c)
    }))
  })
  // CI uploaded its coverage report, as `actions/upload-artifact` does.
  const uploader = new LocalJob({ gh, repository, workflow: 'CI', runId: ci.id, job: 'test' })
  await uploader.uploadRaw('coverage', sample.lcovPath)

  const event = {
    action: 'completed',
    workflow_run: {
      id: ci.id,
      name: 'CI',
      head_sha: sample.head,
      head_branch: 'main',
      event: 'push',
      html_url: `https://github.com/${repository}/actions/runs/${ci.id}`,
      head_repository: { full_name: repository },
      repository: { full_name: repository },
      pull_requests: []
    }
  }
  const job = (name: string) =>
    new LocalJob({ gh, repository, workflow, runId: 3001, job: name, eventName: 'workflow_run', event })
  const load = { 'verify-key': verifyKey, 'github-token': token }

  console.log(bold(`CI run ${ci.id} failed. The monitoring workflow runs:`))
  const m = job('monitor')
  show('monitor  : capsule-load', await m.step('capsule-load', load), ['status', 'version', 'found'])
  const mon = await m.step('monitor', {
    'github-token': token,
    'signing-key': signingKey,
    workflows: 'CI',
    'coverage-artifacts': 'coverage'
  })
  show('monitor  : monitor', mon, ['status', 'severity', 'patterns', 'fix_required', 'coverage-total', 'version'])

  const f = job('auto-fix')
  show('auto-fix : capsule-load (same run)', await f.step('capsule-load', { ...load, source: 'run' }), [
    'status',
    'version',
    'source-run-id'
  ])
  console.log(dim('  auto-fix : running the fixers and re-running the failing checks …'))
  const checkout = join(work, 'checkout')
  execFileSync('git', ['clone', '-q', bare, checkout])
  const fix = await f.step('auto-fix', {
    'github-token': token,
    'working-directory': checkout,
    'remote-url': bare,
    'signing-key': signingKey,
    'verify-key': verifyKey
  })
  show('auto-fix : auto-fix', fix, ['fixed', 'rolled-back', 'branch', 'pr-url', 'status', 'ci-triggered', 'version'])

  console.log(`\n${bold('The monitor job summary, as GitHub shows it:')}\n`)
  console.log(mon.summary.trim())
  const alert = mon.stdout.split('\n').find((l) => l.startsWith('::error'))
  if (alert) console.log(`\n${bold('The alert, as an annotation at the evidence line:')}\n${alert.slice(0, 200)}`)

  console.log(`\n${bold('The auto-fix job summary:')}\n`)
  console.log(fix.summary.trim())

  const pr = repo.pulls.at(-1)
  if (pr) {
    console.log(`\n${bold(`Pull request #${pr.number}: ${pr.title}`)}  (${pr.head.ref} → ${pr.base.ref})\n`)
    console.log(pr.body)
    console.log(`\n$ git diff main ${pr.head.ref} --stat   # in the remote`)
    process.stdout.write(execFileSync('git', ['diff', '--stat', 'main', pr.head.ref], { cwd: bare, encoding: 'utf8' }))
  } else {
    console.log('\nno pull request was opened: this is a bug in the demo')
    process.exitCode = 1
  }

  const cli = bundle('cli')
  const file = f.capsuleFile
  const keyFile = join(work, 'hee.pub')
  writeFileSync(keyFile, verifyKey)
  console.log(`\n$ hee capsule validate --input hee-state-capsule.json --verify-key hee.pub`)
  process.stdout.write(
    execFileSync(process.execPath, [cli, 'capsule', 'validate', '--input', file, '--verify-key', keyFile], {
      encoding: 'utf8'
    })
  )
  const tampered = join(work, 'tampered.json')
  writeFileSync(
    tampered,
    readFileSync(file, 'utf8').replace(/"current_status": "(\w+)"/, '"current_status": "maintenance"')
  )
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

  if (keepAt) {
    mkdirSync(keepAt, { recursive: true })
    cpSync(sample.dir, join(keepAt, 'ledger'), { recursive: true })
    cpSync(bare, join(keepAt, 'ledger.git'), { recursive: true })
    cpSync(file, join(keepAt, 'hee-state-capsule.json'))
    cpSync(keyFile, join(keepAt, 'hee.pub'))
    writeFileSync(join(keepAt, 'monitor-summary.md'), mon.summary)
    writeFileSync(join(keepAt, 'auto-fix-summary.md'), fix.summary)
    writeFileSync(
      join(keepAt, 'standin-records.json'),
      JSON.stringify(
        {
          pulls: repo.pulls,
          issues: repo.issues,
          requests: gh.server.requests.map((r) => ({ method: r.method, path: r.path, status: r.status }))
        },
        null,
        2
      ) + '\n'
    )
    console.log(`\nKept in ${keepAt}: ledger/ (the sample), ledger.git/ (its remote with the fix branch),`)
    console.log('hee-state-capsule.json and hee.pub, both job summaries, standin-records.json.')
  }
  console.log(`\n${bold('Done')} ${elapsed()}`)
} finally {
  await gh.stop()
  rmSync(work, { recursive: true, force: true })
}
