/**
 * The repository's own monitoring workflow file, run by the workflow harness against the local
 * GitHub stand-ins: the YAML as shipped is what is tested, job by job, from a failed CI run to
 * the next job of the same run that loads the capsule the monitor wrote.
 */
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { fixableRun } from '../support/fixable-run.js'
import { git } from '../support/git-repo.js'
import { FakeRepo } from '../support/github-api.js'
import { ROOT, startLocalGitHub, type LocalGitHub } from '../support/workflow.js'
import { ExpressionFailure } from './harness/expressions.js'
import { runWorkflow, type WorkflowRun } from './harness/workflow-runner.js'

const WORKFLOW = join(ROOT, '.github', 'workflows', 'hee-monitor.yml')
const TOKEN = 'ghs_workflowHarnessToken0123456789abcdef'
const { privateKey } = generateKeyPairSync('ed25519')
const KEY = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()

let repo: FakeRepo
let gh: LocalGitHub

beforeEach(async () => {
  repo = new FakeRepo('hee-it/self')
  repo.token = TOKEN
  gh = await startLocalGitHub({ repo })
})

afterEach(async () => {
  await gh.stop()
})

/** A completed CI run whose `build` job failed with the fixture log `file` (real tool output). */
function ciRun(file: string) {
  const log = readFileSync(join(ROOT, 'test/fixtures/logs', file), 'utf8')
  return repo.addRun({
    workflow: 'ci.yml',
    jobs: [
      { name: 'lint' },
      { name: 'build', conclusion: 'failure', steps: ['Set up job', 'Run cargo', 'Complete job'], log }
    ]
  })
}

function workflowRun(runId: number, ciRunId: number, extra: Partial<WorkflowRun> = {}): WorkflowRun {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
  return {
    gh,
    repository: repo.fullName,
    runId,
    eventName: 'workflow_run',
    event: { action: 'completed', workflow_run: { id: ciRunId, name: 'CI', head_branch: 'main', event: 'push' } },
    secrets: { HEE_CAPSULE_KEY: KEY },
    tokenFor: () => TOKEN,
    checkoutFrom: ROOT,
    sha: head,
    ...extra
  }
}

/** The Rust project `tally`, whose `cargo fmt --check` failed; the workflow checks it out at `target`. */
function fixable(runId: number) {
  const f = fixableRun(repo, { project: 'tally', check: 'cargo fmt --check', job: 'fmt', projectPath: 'target' })
  const base = workflowRun(runId, f.failed.id)
  return { ...f, run: f.run(runId, base) }
}

describe('the shipped monitoring workflow', () => {
  test('a compile error is analysed and the capsule stays with the monitor job: no fix job runs', async () => {
    const failed = ciRun('gha-cargo-build-type-error.log')
    const result = await runWorkflow(WORKFLOW, workflowRun(5001, failed.id))
    const monitor = result.jobs['monitor']!
    expect(monitor.result).toBe('success')
    expect(monitor.steps.map((s) => s.kind)).toEqual([
      'emulated actions/checkout',
      'action capsule-load',
      'action monitor'
    ])
    expect(monitor.outputs['status']).toBe('failed')
    expect(monitor.outputs['fix_required']).toBe('false')
    expect(monitor.summary).toContain('PAT-001')
    const next = Object.values(result.jobs).filter((j) => j.id !== 'monitor')
    expect(next.length).toBeGreaterThan(0)
    for (const j of next) expect(j.result).toBe('skipped')
  })

  test('a fixable format failure: the auto-fix job loads the capsule the monitor wrote, opens a pull request and hands the updated capsule on', async () => {
    const { failed, c, run, remote } = fixable(5007)
    const result = await runWorkflow(WORKFLOW, run)
    const monitor = result.jobs['monitor']!
    expect(monitor.outputs['fix_required']).toBe('true')
    expect(monitor.summary).toContain('PAT-007')
    const fix = result.jobs['auto-fix']!
    expect(
      fix.result,
      fix.steps.map((s) => `${s.name}: ${s.stdout.slice(-2000)}${s.stderr.slice(-1000)}`).join('\n')
    ).toBe('success')
    expect(fix.permissions).toEqual({ actions: 'read', contents: 'write', 'pull-requests': 'write', issues: 'write' })
    expect(fix.steps.map((s) => s.kind)).toEqual([
      'emulated actions/checkout',
      'emulated actions/checkout',
      'action capsule-load',
      'action auto-fix',
      'run'
    ])
    const load = fix.steps.find((s) => s.kind === 'action capsule-load')!
    expect(load.outputs['source-run-id']).toBe('5007')
    expect(load.outputs['version']).toBe(monitor.steps.find((s) => s.kind === 'action monitor')!.outputs['version'])
    const step = fix.steps.find((s) => s.kind === 'action auto-fix')!
    const branch = `hee/auto-fix/${failed.id}-pat-007`
    expect(step.outputs).toMatchObject({
      fixed: 'true',
      changes_made: 'true',
      branch,
      status: 'operational',
      'ci-triggered': 'false'
    })
    expect(Number(step.outputs['version'])).toBe(Number(load.outputs['version']) + 1)
    expect(repo.pulls.map((p) => [p.head.ref, p.base.ref])).toEqual([[branch, 'main']])
    expect(step.outputs['pr-url']).toBe(`https://github.com/hee-it/self/pull/${repo.pulls[0]!.number}`)
    expect(git(remote, 'rev-parse', branch).trim()).toBe(step.outputs['commit'])
    expect(git(remote, 'rev-parse', 'main').trim()).toBe(c.head)
    expect(gh.artifacts.artifacts().map((a) => a.name)).toContain(`hee-state-capsule-v${step.outputs['version']}`)
    expect(fix.summary).toContain('CI will not re-run')
    expect(fix.summary).toContain('Auto-Fix Successful')
  })

  test('the checkout of every job leaves no token in the repository configuration', async () => {
    const { run } = fixable(5002)
    const result = await runWorkflow(WORKFLOW, run)
    const configs = Object.values(result.jobs)
      .filter((j) => j.workspace)
      .flatMap((j) => [join(j.workspace, '.git', 'config'), join(j.workspace, 'target', '.git', 'config')])
      .filter((f) => existsSync(f))
    expect(configs.length).toBeGreaterThanOrEqual(3)
    for (const f of configs) expect(readFileSync(f, 'utf8')).not.toContain('extraheader')
  })
})

describe('the workflow harness', () => {
  test('refuses an expression that uses a context it does not provide', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const dir = mkdtempSync(join(tmpdir(), 'hee-wf-'))
    const file = join(dir, 'bad.yml')
    writeFileSync(
      file,
      'on: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ nonsense.value }}\n'
    )
    await expect(runWorkflow(file, { ...workflowRun(5003, 1), eventName: 'workflow_dispatch' })).rejects.toBeInstanceOf(
      ExpressionFailure
    )
  })

  test('refuses a third-party action that is not pinned by a commit SHA', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const dir = mkdtempSync(join(tmpdir(), 'hee-wf-'))
    const file = join(dir, 'unpinned.yml')
    writeFileSync(
      file,
      'on: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n'
    )
    await expect(runWorkflow(file, { ...workflowRun(5004, 1), eventName: 'workflow_dispatch' })).rejects.toThrow(
      /pinned by a full commit SHA/
    )
  })

  test('passes step outputs to job outputs and needs, and skips a job whose condition is false', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const dir = mkdtempSync(join(tmpdir(), 'hee-wf-'))
    const file = join(dir, 'chain.yml')
    writeFileSync(
      file,
      [
        'on:',
        '  workflow_dispatch:',
        '    inputs:',
        '      go:',
        '        type: boolean',
        '        default: false',
        'jobs:',
        '  first:',
        '    runs-on: ubuntu-latest',
        '    outputs:',
        '      word: ${{ steps.say.outputs.word }}',
        '    steps:',
        '      - id: say',
        '        run: echo "word=hello-$GREETING" >> "$GITHUB_OUTPUT"',
        '        env:',
        "          GREETING: ${{ format('{0}', 'world') }}",
        '  second:',
        '    needs: first',
        "    if: needs.first.outputs.word == 'hello-world' && inputs.go",
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "got ${{ needs.first.outputs.word }}" >> "$GITHUB_STEP_SUMMARY"',
        '  third:',
        '    needs: second',
        '    if: always()',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "second was ${{ needs.second.result }}" >> "$GITHUB_STEP_SUMMARY"'
      ].join('\n')
    )
    const off = await runWorkflow(file, { ...workflowRun(5005, 1), eventName: 'workflow_dispatch' })
    expect(off.jobs['first']!.outputs['word']).toBe('hello-world')
    expect(off.jobs['second']!.result).toBe('skipped')
    expect(off.jobs['third']!.summary).toContain('second was skipped')
    const on = await runWorkflow(file, {
      ...workflowRun(5006, 1),
      eventName: 'workflow_dispatch',
      inputs: { go: 'true' }
    })
    expect(on.jobs['second']!.summary).toContain('got hello-world')
    expect(on.jobs['third']!.summary).toContain('second was success')
  })
})
