/**
 * The workflows a user copies (docs/examples/) and the reusable workflow they call
 * (.github/workflows/hee.yml), run as shipped by the workflow harness against the local GitHub
 * stand-ins; our actions are resolved from their published name to the committed bundles.
 */
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { cloneAt, run as sh } from '../support/fix-corpus.js'
import { fixableRun } from '../support/fixable-run.js'
import { git } from '../support/git-repo.js'
import { FakeRepo } from '../support/github-api.js'
import { ROOT, startLocalGitHub, type LocalGitHub } from '../support/workflow.js'
import { runWorkflow, type WorkflowRun } from './harness/workflow-runner.js'

const EXAMPLE = join(ROOT, 'docs', 'examples', 'hee-ci.yml')
const TOKEN = 'ghs_shippedExamplesToken0123456789abcdef'
const { privateKey } = generateKeyPairSync('ed25519')
const KEY = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()

let repo: FakeRepo
let gh: LocalGitHub

beforeEach(async () => {
  repo = new FakeRepo('hee-it/app')
  repo.token = TOKEN
  gh = await startLocalGitHub({ repo })
})

afterEach(async () => {
  await gh.stop()
})

function ciRun(file: string) {
  const log = readFileSync(join(ROOT, 'test/fixtures/logs', file), 'utf8')
  return repo.addRun({
    workflow: 'ci.yml',
    name: 'CI',
    jobs: [{ name: 'lint', conclusion: 'failure', steps: ['Set up job', 'Run cargo', 'Complete job'], log }]
  })
}

function workflowRun(runId: number, ciRunId: number, headRepository = repo.fullName): WorkflowRun {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
  return {
    gh,
    repository: repo.fullName,
    runId,
    eventName: 'workflow_run',
    event: {
      action: 'completed',
      workflow_run: {
        id: ciRunId,
        name: 'CI',
        head_branch: 'main',
        head_sha: head,
        event: headRepository === repo.fullName ? 'push' : 'pull_request',
        head_repository: { full_name: headRepository }
      }
    },
    secrets: { HEE_CAPSULE_KEY: KEY },
    tokenFor: () => TOKEN,
    checkoutFrom: ROOT,
    sha: head
  }
}

describe('docs/examples/hee-ci.yml through the reusable workflow', () => {
  test('a compile error is analysed by the called monitor job; no fix is tried', async () => {
    const failed = ciRun('gha-cargo-build-type-error.log')
    const result = await runWorkflow(EXAMPLE, workflowRun(6001, failed.id))
    const called = result.jobs['hee']!.called!
    const monitor = called['hee/monitor']!
    expect(monitor.result).toBe('success')
    expect(monitor.steps.map((s) => s.kind)).toEqual(['action capsule-load', 'action monitor'])
    expect(monitor.outputs['status']).toBe('failed')
    expect(monitor.outputs['fix_required']).toBe('false')
    expect(monitor.summary).toContain('PAT-001')
    expect(called['hee/auto-fix']!.result).toBe('skipped')
    expect(result.jobs['hee']!.outputs['status']).toBe('failed')
  })

  test("a fixable failure of a fork's pull request is analysed, but the fix job never runs its code", async () => {
    const failed = ciRun('gha-cargo-clippy-deny.log')
    const result = await runWorkflow(EXAMPLE, workflowRun(6002, failed.id, 'someone/app-fork'))
    const called = result.jobs['hee']!.called!
    expect(called['hee/monitor']!.outputs['fix_required']).toBe('true')
    expect(called['hee/auto-fix']!.result).toBe('skipped')
  })
})

describe('docs/examples/hee-ci.yml from a failed run to the next run that sees CI fixed', () => {
  test("a prettier failure: the called auto-fix job installs the project's tools, opens a pull request whose check passes, and the next green run closes the failure", async () => {
    const f = fixableRun(repo, {
      project: 'handbook',
      check: 'npx prettier --check .',
      setup: 'npm ci --no-audit --no-fund',
      job: 'format'
    })
    const first = await runWorkflow(EXAMPLE, f.run(6003, workflowRun(6003, f.failed.id)))
    const called = first.jobs['hee']!.called!
    const monitor = called['hee/monitor']!
    expect(monitor.outputs['fix_required']).toBe('true')
    expect(monitor.outputs['status']).not.toBe('operational')
    const fix = called['hee/auto-fix']!
    expect(
      fix.result,
      fix.steps.map((s) => `${s.name}: ${s.stdout.slice(-1500)}${s.stderr.slice(-800)}`).join('\n')
    ).toBe('success')
    expect(fix.steps.map((s) => s.kind)).toEqual([
      'emulated actions/checkout',
      'action capsule-load',
      'run',
      'action auto-fix'
    ])
    const step = fix.steps.find((s) => s.kind === 'action auto-fix')!
    const branch = `hee/auto-fix/${f.failed.id}-pat-007`
    expect(step.outputs).toMatchObject({ fixed: 'true', branch, status: 'operational' })
    expect(repo.pulls.map((p) => [p.head.ref, p.base.ref])).toEqual([[branch, 'main']])
    expect(first.jobs['hee']!.outputs['pr-url']).toBe(step.outputs['pr-url'])
    const body = repo.pulls[0]!.body ?? ''
    expect(body).toContain('prettier --check')
    expect(body).toMatch(/passed/i)
    expect(fix.summary).toContain('Auto-Fix Successful')

    // The pull request holds: its branch passes the check that failed.
    const fixed = cloneAt(f.remote, branch)
    symlinkSync(join(f.c.dir, 'node_modules'), join(fixed, 'node_modules'))
    expect(sh(fixed, 'npx prettier --check .').code).toBe(0)

    // The maintainer merges it; CI passes on main; the next HEE CI run loads the capsule the
    // auto-fix job handed on and sees the failure gone.
    const merged = git(f.remote, 'rev-parse', branch).trim()
    git(f.remote, 'update-ref', 'refs/heads/main', merged)
    const green = repo.addRun({
      workflow: 'ci.yml',
      headSha: merged,
      branch: 'main',
      jobs: [{ name: 'lint' }, { name: 'format' }]
    })
    const next = f.run(6004, workflowRun(6004, green.id))
    const wr = (next.event as { workflow_run: Record<string, unknown> }).workflow_run
    Object.assign(wr, { id: green.id, head_sha: merged, conclusion: 'success' })
    const second = await runWorkflow(EXAMPLE, next)
    const again = second.jobs['hee']!.called!
    const load = again['hee/monitor']!.steps.find((s) => s.kind === 'action capsule-load')!
    expect(load.outputs['version'], load.stdout + load.stderr).toBe(step.outputs['version'])
    expect(again['hee/monitor']!.outputs).toMatchObject({ status: 'operational', fix_required: 'false' })
    expect(again['hee/auto-fix']!.result).toBe('skipped')
  })
})

describe('docs/examples/hee-ci.yml on its other triggers', () => {
  test('the hourly schedule analyses the latest completed CI run with no event to name it; the fix job waits for a workflow_run', async () => {
    const failed = ciRun('gha-cargo-clippy-deny.log')
    const base = workflowRun(6101, failed.id)
    const result = await runWorkflow(EXAMPLE, {
      ...base,
      eventName: 'schedule',
      event: { schedule: '0 * * * *' }
    })
    const called = result.jobs['hee']!.called!
    const monitor = called['hee/monitor']!
    expect(monitor.result, monitor.steps.map((s) => `${s.name}: ${s.stdout.slice(-1500)}${s.stderr}`).join('\n')).toBe(
      'success'
    )
    expect(monitor.summary).toContain(String(failed.id))
    expect(monitor.summary).toContain('PAT-007')
    expect(monitor.outputs).toMatchObject({ fix_required: 'true' })
    expect(called['hee/auto-fix']!.result).toBe('skipped')
  })

  test('workflow_dispatch with a run-id analyses that run, not the latest', async () => {
    const wanted = ciRun('gha-cargo-build-type-error.log')
    const later = ciRun('gha-cargo-clippy-deny.log')
    expect(later.id).toBeGreaterThan(wanted.id)
    const base = workflowRun(6102, later.id)
    const result = await runWorkflow(EXAMPLE, {
      ...base,
      eventName: 'workflow_dispatch',
      event: { inputs: { 'run-id': String(wanted.id) } },
      inputs: { 'run-id': String(wanted.id) }
    })
    const monitor = result.jobs['hee']!.called!['hee/monitor']!
    expect(monitor.result).toBe('success')
    expect(monitor.summary).toContain('PAT-001')
    expect(monitor.summary).not.toContain('PAT-007')
    expect(monitor.outputs).toMatchObject({ status: 'failed', fix_required: 'false' })
  })
})

describe('every shipped workflow', () => {
  const files = [
    ...readdirSync(join(ROOT, '.github', 'workflows')).map((f) => join('.github', 'workflows', f)),
    ...readdirSync(join(ROOT, 'docs', 'examples')).map((f) => join('docs', 'examples', f))
  ].filter((f) => /\.ya?ml$/.test(f))

  test.each(files)('%s: the jobs that write the capsule never run two at a time', (file) => {
    const doc = parseYaml(readFileSync(join(ROOT, file), 'utf8')) as {
      concurrency?: unknown
      jobs: Record<string, { concurrency?: unknown; steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }>
    }
    // Steps that write a new capsule version: monitor, capsule-update, auto-fix (not its compute stage).
    const writes = (s: { uses?: string; with?: Record<string, unknown> }) =>
      /(^\.\/|^hee-ci\/hee-ci\/)actions\/(monitor|capsule-update|auto-fix)\b/.test(s.uses ?? '') &&
      s.with?.['stage'] !== 'compute'
    const writers = Object.entries(doc.jobs).filter(([, j]) => (j.steps ?? []).some(writes))
    if (writers.length === 0 || doc.concurrency !== undefined) return
    const groups = writers.map(([id, j]) => {
      const c = j.concurrency as { group?: string; 'cancel-in-progress'?: unknown } | string | undefined
      expect(c, `${file} › ${id}: concurrency`).toBeDefined()
      if (typeof c === 'object') expect(c['cancel-in-progress'], `${file} › ${id}`).not.toBe(true)
      return typeof c === 'string' ? c : c!.group
    })
    // One group for all of them, naming no run-specific value: runs wait for each other.
    expect(new Set(groups).size, `${file}: ${groups.join(', ')}`).toBe(1)
    expect(groups[0]).not.toMatch(/run_id|run_number|head_branch|head_sha/)
  })

  test.each(files)('%s: a time limit and permissions on every job, third-party actions pinned by SHA', (file) => {
    const doc = parseYaml(readFileSync(join(ROOT, file), 'utf8')) as {
      permissions?: unknown
      jobs: Record<
        string,
        {
          'runs-on'?: unknown
          uses?: string
          permissions?: unknown
          'timeout-minutes'?: unknown
          steps?: Array<{ uses?: string }>
        }
      >
    }
    for (const [id, job] of Object.entries(doc.jobs)) {
      expect(job.permissions ?? doc.permissions, `${file} › ${id}: permissions`).toBeDefined()
      if (job.uses) continue
      expect(job['timeout-minutes'], `${file} › ${id}: timeout-minutes`).toBeDefined()
      for (const step of job.steps ?? []) {
        if (!step.uses || step.uses.startsWith('./') || step.uses.startsWith('hee-ci/hee-ci/')) continue
        expect(step.uses, `${file} › ${id}`).toMatch(/@[0-9a-f]{40}$/)
      }
    }
  })
})
