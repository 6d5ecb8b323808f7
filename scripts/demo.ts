/**
 * `npm run demo [-- --keep DIR]`: the whole of HEE CI on this machine, no GitHub account, no
 * network. A local stand-in of GitHub (REST API, artifact service) listens on 127.0.0.1 and
 * holds a sample Rust repository (a real bare git repository behind it) whose CI run just failed
 * three ways with real tool output: clippy, a missing license header, and a test that caught a
 * real bug. The workflow a user installs, docs/examples/hee-ci.yml, runs on that failure as
 * shipped, through the workflow harness of the e2e tests: it calls .github/workflows/hee.yml, whose
 * jobs run in `needs` order with their `if:` and `${{ }}` evaluated, each of our actions as the
 * committed bundle in a process with a runner's env, as on GitHub:
 *   monitor   capsule-load → monitor (the cause of each failed job, alerts, issues, coverage)
 *   auto-fix  checkout → capsule-load (same run) → auto-fix (real clippy and header fixes in a
 *             scratch worktree, proved by re-running the failing checks, one pull request; the
 *             test failure left alone, with the reason)
 * then `hee capsule validate` (also on a tampered copy) and `hee capsule report`.
 * With --keep DIR the sample repository, its remote, the stand-in's records and the capsule stay.
 */
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { FakeRepo } from '../test/support/github-api.js'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { runWorkflow, type JobRecord } from '../test/e2e/harness/workflow-runner.js'
import { bundle, LocalJob, ROOT, startLocalGitHub } from '../test/support/workflow.js'
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
const token = 'ghs_demo0000000000000000000000000000000'
const { privateKey, publicKey } = generateKeyPairSync('ed25519')
const signingKey = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const verifyKey = publicKey.export({ type: 'spki', format: 'pem' }).toString()
const tty = process.stdout.isTTY
const bold = (s: string) => (tty ? `\x1b[1m${s}\x1b[0m` : s)
const dim = (s: string) => (tty ? `\x1b[2m${s}\x1b[0m` : s)
const started = Date.now()
const elapsed = () => dim(`[${((Date.now() - started) / 1000).toFixed(1)} s]`)

/** A job's summary as GitHub shows it: each step's part on its own, in step order. */
function summaryOf(job: JobRecord): string {
  return job.steps
    .map((s) => s.summary.trim())
    .filter(Boolean)
    .join('\n\n')
}

/** One line per job and step of the workflow as it goes (the harness's progress lines). */
function progress(line: string): void {
  const short = line
    .replace(/Run hee-ci\/hee-ci\/actions\/([a-z-]+)@v1/, '$1')
    .replace(/Run actions\/checkout@[0-9a-f]{40}/, 'checkout')
  const job = /^job (\S+): (\S+)/.exec(short)
  if (job) {
    if (job[2] === 'started') console.log(`  job ${bold(job[1]!)} ${elapsed()}`)
    else if (job[2] === 'skipped') console.log(`  job ${job[1]} skipped ${elapsed()}`)
    return
  }
  const step = /^ {2}step (.+): (started|success|failure|skipped)(.*)$/.exec(short)
  if (!step) return
  if (step[2] === 'started') return
  const mark = step[2] === 'success' ? '✔' : step[2] === 'skipped' ? '–' : '✘'
  console.log(`    ${mark} ${step[1]!.padEnd(40)} ${step[2]}${step[3]} ${elapsed()}`)
  if (step[2] === 'failure') process.exitCode = 1
}

const work = mkdtempSync(join(tmpdir(), 'hee-demo-'))
// Everything the run makes in the temp folder (the stand-in runner's workspaces and runner
// folders, the jobs' own temp files) goes below `work`, which is removed at the end.
for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = work
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
  // The workflow a user installs (docs/examples/hee-ci.yml), calling the shipped reusable
  // workflow (.github/workflows/hee.yml) as published; the sample's CI uploads coverage, and its
  // tools (cargo) are on this machine, so the caller names the artifact and needs no setup.
  const caller = parseYaml(readFileSync(join(ROOT, 'docs', 'examples', 'hee-ci.yml'), 'utf8')) as {
    jobs: { hee: { with: Record<string, unknown> } }
  }
  caller.jobs.hee.with['coverage-artifacts'] = 'coverage'
  delete caller.jobs.hee.with['setup']
  const callerFile = join(work, 'hee-ci.yml')
  writeFileSync(callerFile, stringifyYaml(caller))

  console.log(bold(`CI run ${ci.id} failed. HEE CI runs (docs/examples/hee-ci.yml → .github/workflows/hee.yml):`))
  const result = await runWorkflow(callerFile, {
    gh,
    repository,
    runId: 3001,
    eventName: 'workflow_run',
    event,
    sha: sample.head,
    secrets: { HEE_CAPSULE_KEY: signingKey },
    tokenFor: () => token,
    checkoutFrom: bare,
    // git of the auto-fix job pushes to github.com: here, to the sample's bare remote.
    env: {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `url.${bare}.insteadOf`,
      GIT_CONFIG_VALUE_0: `https://github.com/${repository}.git`
    },
    log: progress
  })
  const called = result.jobs['hee']?.called ?? {}
  const monitorJob = called['hee/monitor']
  const fixJob = called['hee/auto-fix']
  const mon = monitorJob?.steps.find((s) => s.kind === 'action monitor')
  const fix = fixJob?.steps.find((s) => s.kind === 'action auto-fix')
  if (result.conclusion !== 'success' || !mon || !fix) {
    for (const j of Object.values(called))
      for (const st of j.steps.filter((x) => x.outcome === 'failure'))
        console.log(
          `${j.id} › ${st.name}:\n${(st.stdout + st.stderr)
            .split('\n')
            .filter((l) => /^::error/.test(l) || !l.startsWith('::'))
            .slice(-20)
            .join('\n')}`
        )
    throw new Error('the workflow did not run through: this is a bug in the demo')
  }

  const outputs = (r: { outputs: Record<string, string> }, keys: string[]) =>
    keys
      .filter((k) => r.outputs[k] !== undefined && r.outputs[k] !== '')
      .map((k) => `${k}=${r.outputs[k]}`)
      .join(' ')
  console.log(
    `  monitor  outputs: ${outputs(mon, ['status', 'severity', 'patterns', 'fix_required', 'coverage-total', 'version'])}`
  )
  console.log(
    `  auto-fix outputs: ${outputs(fix, ['fixed', 'rolled-back', 'branch', 'pr-url', 'status', 'ci-triggered', 'version'])}`
  )

  console.log(`\n${bold('The monitor job summary, as GitHub shows it:')}\n`)
  console.log(summaryOf(monitorJob!))
  const alert = mon.annotations.find((l) => l.startsWith('::error'))
  if (alert) console.log(`\n${bold('The alert, as an annotation at the evidence line:')}\n${alert.slice(0, 200)}`)
  const issue = repo.issues[0]
  if (issue) {
    console.log(
      `\n${bold(`…and as GitHub issue #${issue.number}: ${issue.title}`)} (${repo.issues.length} opened, one per failure)\n`
    )
    console.log((issue.body ?? '').trim())
  }

  console.log(`\n${bold('The auto-fix job summary:')}\n`)
  console.log(summaryOf(fixJob!))

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
  const file = fix.outputs['capsule-path'] || join(fixJob!.tempDir, 'hee-state-capsule.json')
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
    writeFileSync(join(keepAt, 'monitor-summary.md'), monitorJob!.summary)
    writeFileSync(join(keepAt, 'auto-fix-summary.md'), fixJob!.summary)
    cpSync(callerFile, join(keepAt, 'hee-ci.yml'))
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
    console.log('hee-ci.yml (the workflow that ran), hee-state-capsule.json and hee.pub, both job summaries,')
    console.log('standin-records.json (pull requests, issues, every API request).')
  }
  console.log(`\n${bold('Done')} ${elapsed()}`)
} finally {
  await gh.stop()
  rmSync(work, { recursive: true, force: true })
}
