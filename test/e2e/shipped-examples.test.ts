/**
 * The workflows a user copies (docs/examples/) and the reusable workflow they call
 * (.github/workflows/hee.yml), run as shipped by the workflow harness against the local GitHub
 * stand-ins; our actions are resolved from their published name to the committed bundles.
 */
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
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

describe('every shipped workflow', () => {
  const files = [
    ...readdirSync(join(ROOT, '.github', 'workflows')).map((f) => join('.github', 'workflows', f)),
    ...readdirSync(join(ROOT, 'docs', 'examples')).map((f) => join('docs', 'examples', f))
  ].filter((f) => /\.ya?ml$/.test(f))

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
