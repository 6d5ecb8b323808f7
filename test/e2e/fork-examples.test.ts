/**
 * The two-workflow pattern for pull requests from forks, run as shipped
 * (docs/examples/auto-fix-fork-compute.yml, then auto-fix-fork-apply.yml on its workflow_run)
 * by the workflow harness against the local GitHub stand-ins: the fork's code runs only in the
 * compute job, with a read-only token, and the apply job opens the fix pull request from the
 * uploaded patch without running anything of the fork.
 */
import { execFileSync } from 'node:child_process'
import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { cloneAt, run as sh } from '../support/fix-corpus.js'
import { fixableRun } from '../support/fixable-run.js'
import { git } from '../support/git-repo.js'
import { FakeRepo } from '../support/github-api.js'
import { ROOT, startLocalGitHub, type LocalGitHub } from '../support/workflow.js'
import { runWorkflow, type WorkflowRun } from './harness/workflow-runner.js'

const COMPUTE = join(ROOT, 'docs', 'examples', 'auto-fix-fork-compute.yml')
const APPLY = join(ROOT, 'docs', 'examples', 'auto-fix-fork-apply.yml')
const READ_TOKEN = 'ghs_forkComputeReadOnly0123456789abcdef'
const WRITE_TOKEN = 'ghs_forkApplyWriteToken0123456789abcdef'
const FORK = 'contributor/cart'

let repo: FakeRepo
let gh: LocalGitHub

beforeEach(async () => {
  repo = new FakeRepo('hee-it/cart')
  repo.token = WRITE_TOKEN
  gh = await startLocalGitHub({ repo })
})

afterEach(async () => {
  await gh.stop()
})

/** A token per job from its effective permissions: write only where a job was granted it. */
const tokenFor = (permissions: unknown): string =>
  permissions && typeof permissions === 'object' && Object.values(permissions).includes('write')
    ? WRITE_TOKEN
    : READ_TOKEN

describe("a fork's pull request through the two shipped workflows", () => {
  test('compute runs the fork’s eslint failure with a read-only token and uploads the patch; apply opens a pull request whose branch passes eslint', async () => {
    const f = fixableRun(repo, { project: 'cart', check: 'npx eslint .', setup: 'npm ci', job: 'lint' })
    // The harness wiring of fixableRun (checkout of the project, pushes to its bare remote).
    const wiring = f.run(0, { gh, repository: repo.fullName, tokenFor, checkoutFrom: ROOT })
    const pr = {
      number: 12,
      head: { sha: f.c.head, ref: 'tidy-cart', repo: { full_name: FORK } },
      base: { ref: 'main', repo: { full_name: repo.fullName } },
      labels: []
    }
    const compute: WorkflowRun = {
      ...wiring,
      runId: 7101,
      eventName: 'pull_request',
      event: { action: 'synchronize', number: pr.number, pull_request: pr },
      sha: f.c.head,
      ref: `refs/pull/${pr.number}/merge`
    }
    const first = await runWorkflow(COMPUTE, compute)
    const job = first.jobs['compute']!
    expect(job.permissions).toEqual({ contents: 'read' })
    expect(job.token).toBe(READ_TOKEN)
    expect(
      job.result,
      job.steps.map((s) => `${s.name}: ${s.stdout.slice(-1500)}${s.stderr.slice(-800)}`).join('\n')
    ).toBe('success')
    expect(job.steps.map((s) => [s.kind, s.outcome])).toEqual([
      ['emulated actions/checkout', 'success'],
      ['emulated actions/setup-node', 'success'],
      ['run', 'success'],
      ['run', 'failure'],
      ['action auto-fix', 'success'],
      ['emulated actions/upload-artifact', 'success']
    ])
    expect(job.steps[4]!.outputs['changes_made']).toBe('true')
    expect(repo.pulls).toHaveLength(0)
    expect(git(f.remote, 'for-each-ref', '--format=%(refname)', 'refs/heads/hee')).toBe('')

    const apply: WorkflowRun = {
      ...wiring,
      runId: 7102,
      eventName: 'workflow_run',
      event: {
        action: 'completed',
        workflow_run: {
          id: 7101,
          name: 'HEE auto-fix (compute)',
          conclusion: 'success',
          event: 'pull_request',
          head_sha: f.c.head,
          head_branch: pr.head.ref,
          head_repository: { full_name: FORK },
          repository: { full_name: repo.fullName },
          pull_requests: []
        }
      },
      secrets: { HEE_PUSH_TOKEN: WRITE_TOKEN }
    }
    const second = await runWorkflow(APPLY, apply)
    const applied = second.jobs['apply']!
    expect(
      applied.result,
      applied.steps.map((s) => `${s.name}: ${s.stdout.slice(-1500)}${s.stderr.slice(-800)}`).join('\n')
    ).toBe('success')
    expect(applied.steps.map((s) => s.kind)).toEqual([
      'emulated actions/checkout',
      'emulated actions/download-artifact',
      'action auto-fix'
    ])
    const out = applied.steps[2]!.outputs
    expect(out).toMatchObject({ fixed: 'true', changes_made: 'true' })
    expect(repo.pulls.map((p) => p.base.ref)).toEqual(['main'])
    const branch = repo.pulls[0]!.head.ref
    expect(out['branch']).toBe(branch)

    // The pull request holds: eslint passes on its branch.
    const fixed = cloneAt(f.remote, branch)
    symlinkSync(join(f.c.dir, 'node_modules'), join(fixed, 'node_modules'))
    expect(sh(fixed, 'npx eslint .').code).toBe(0)
    expect(execFileSync('git', ['rev-parse', `${branch}^`], { cwd: f.remote, encoding: 'utf8' }).trim()).toBe(f.c.head)
  })

  test('apply does nothing when compute found nothing to fix: no artifact, no pull request', async () => {
    const f = fixableRun(repo, { project: 'cart', check: 'npx eslint .', setup: 'npm ci', job: 'lint' })
    const wiring = f.run(0, { gh, repository: repo.fullName, tokenFor, checkoutFrom: ROOT })
    const apply: WorkflowRun = {
      ...wiring,
      runId: 7202,
      eventName: 'workflow_run',
      event: {
        action: 'completed',
        workflow_run: {
          id: 7201,
          name: 'HEE auto-fix (compute)',
          conclusion: 'success',
          event: 'pull_request',
          head_sha: f.c.head,
          head_branch: 'tidy-cart',
          head_repository: { full_name: FORK },
          repository: { full_name: repo.fullName },
          pull_requests: []
        }
      },
      secrets: { HEE_PUSH_TOKEN: WRITE_TOKEN }
    }
    const result = await runWorkflow(APPLY, apply)
    const applied = result.jobs['apply']!
    expect(applied.steps.map((s) => [s.kind, s.outcome, s.conclusion])).toEqual([
      ['emulated actions/checkout', 'success', 'success'],
      ['emulated actions/download-artifact', 'failure', 'success'],
      ['skipped', 'skipped', 'skipped']
    ])
    expect(applied.result).toBe('success')
    expect(repo.pulls).toHaveLength(0)
  })
})
