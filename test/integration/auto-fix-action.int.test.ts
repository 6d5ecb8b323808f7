/**
 * The auto-fix action as GitHub runs it: the committed bundle (dist/auto-fix) as a process with
 * a runner's env and INPUT_* variables, the REST and artifact stand-ins on 127.0.0.1 whose
 * branches are a real bare repository's, a real Rust project whose `cargo fmt --check` fails,
 * and the real engine and tools. Nothing here imports the action's code.
 */
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeHandoff } from '../../packages/core/src/autofix/delivery/index.js'
import { compareSnapshots, isIdentical, snapshotTree } from '../../packages/core/src/git/tree-snapshot.js'
import { readCapsule } from '../support/capsule-file.js'
import { corpusCase, type CorpusCase } from '../support/fix-corpus.js'
import { git } from '../support/git-repo.js'
import { ghaLog } from '../support/fixable-run.js'
import { FakeRepo, type FakeRun } from '../support/github-api.js'
import { LocalJob, startLocalGitHub, type LocalGitHub } from '../support/workflow.js'

const TOKEN = 'ghs_autoFixActionToken0123456789abcdef'
const KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const REPO = 'octo-org/tally'
const CHECK = 'cargo fmt --check'

let gh: LocalGitHub
let fake: FakeRepo
let c: CorpusCase
let bare: string
let ciRun: FakeRun

beforeEach(async () => {
  c = corpusCase('tally', CHECK)
  bare = join(mkdtempSync(join(tmpdir(), 'hee-remote-')), 'tally.git')
  execFileSync('git', ['clone', '-q', '--bare', c.dir, bare])
  fake = new FakeRepo(REPO)
  fake.token = TOKEN
  fake.linkGit(bare)
  ciRun = fake.addRun({
    headSha: c.head,
    branch: 'main',
    jobs: [{ name: 'fmt', conclusion: 'failure', log: ghaLog(CHECK, c.log) }]
  })
  gh = await startLocalGitHub({ repo: fake })
})

afterEach(async () => {
  await gh.stop()
})

function workflowRunEvent(id: number, headRepository = REPO, headBranch = 'main'): object {
  return {
    action: 'completed',
    workflow_run: {
      id,
      head_sha: c.head,
      head_branch: headBranch,
      html_url: `https://github.com/${REPO}/actions/runs/${id}`,
      head_repository: { full_name: headRepository },
      repository: { full_name: REPO },
      pull_requests: []
    }
  }
}

function job(name: string, eventName: string, event: object, runId = 9001): LocalJob {
  return new LocalJob({ gh, repository: REPO, workflow: 'HEE CI Monitoring', runId, job: name, eventName, event })
}

/** A degraded capsule in the job's RUNNER_TEMP, as capsule-load leaves it after the monitor. */
async function degradedCapsule(j: LocalJob): Promise<void> {
  const r = await j.step('capsule-update', { status: 'degraded', 'signing-key': KEY, upload: 'false' })
  expect(r.code, r.stdout).toBe(0)
}

describe('stage all: the spec’s auto-fix job', () => {
  it('fixes the format failure of the run, opens a pull request, records the attempt and moves the capsule to operational', async () => {
    const j = job('auto-fix', 'workflow_run', workflowRunEvent(ciRun.id))
    await degradedCapsule(j)
    const r = await j.step('auto-fix', {
      'github-token': TOKEN,
      'working-directory': c.dir,
      'remote-url': bare,
      'signing-key': KEY,
      'upload-capsule': 'true'
    })
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0)
    const branch = `hee/auto-fix/${ciRun.id}-pat-007`
    expect(r.outputs).toMatchObject({
      changes_made: 'true',
      fixed: 'true',
      'rolled-back': 'false',
      branch,
      status: 'operational',
      'ci-triggered': 'false',
      'patch-path': ''
    })
    expect(fake.pulls).toHaveLength(1)
    expect(r.outputs['pr-url']).toBe(`https://github.com/${REPO}/pull/${fake.pulls[0]!.number}`)
    expect(git(bare, 'rev-parse', branch).trim()).toBe(r.outputs['commit'])
    expect(git(bare, 'rev-parse', 'main').trim()).toBe(c.head)
    // The fix holds in a fresh clone: the check passes on the pushed branch.
    const clone = join(mkdtempSync(join(tmpdir(), 'hee-clone-')), 'c')
    execFileSync('git', ['clone', '-q', '--branch', branch, bare, clone])
    execFileSync('cargo', ['fmt', '--check'], { cwd: clone })
    // The work tree of the checkout is as it was.
    expect(git(c.dir, 'rev-parse', 'HEAD').trim()).toBe(c.head)
    expect(git(c.dir, 'status', '--porcelain')).toBe('')

    const capsule = readCapsule(j.capsuleFile)
    expect(capsule.body.monitoring_state.current_status).toBe('operational')
    const entry = capsule.body.auto_fix_history.at(-1)!
    expect(entry).toMatchObject({
      pattern_id: 'PAT-007',
      success: true,
      rollback: false,
      outcome: 'fixed',
      commit: r.outputs['commit'],
      pr_url: r.outputs['pr-url'],
      branch: 'main',
      head_sha: c.head,
      hee_context: { state_capsule_version: String(capsule.version - 1), context_preservation: true }
    })
    expect(entry.strategy).toBeTruthy()
    expect(entry.files_changed).toBeGreaterThan(0)
    expect(entry.lines_changed).toBeGreaterThan(0)
    expect(entry.validations?.some((v) => v.command.includes('cargo fmt') && v.passed)).toBe(true)
    expect(gh.artifacts.artifacts().map((a) => a.name)).toContain(`hee-state-capsule-v${capsule.version}`)
    expect(r.summary).toContain('## HEE CI auto-fix')
    expect(r.summary).toContain('| PAT-007 |')
    expect(r.summary).toContain('CI will not re-run')
    expect(r.summary).toContain('Capsule status: degraded → operational')
    // The token reaches the log only in the runner's own `::add-mask::` command, which hides it.
    const shown = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => !l.startsWith('::add-mask::'))
    expect(shown.join('\n')).not.toContain(TOKEN)
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`)
  })

  it('does nothing on a commit with a HEE-Skip trailer, and records why', async () => {
    git(c.dir, 'commit', '-q', '--allow-empty', '-m', 'wip\n\nHEE-Skip: true')
    const head = git(c.dir, 'rev-parse', 'HEAD').trim()
    git(c.dir, 'push', '-q', bare, 'HEAD:refs/heads/main')
    const j = job('auto-fix', 'workflow_run', {
      workflow_run: { ...(workflowRunEvent(ciRun.id) as any).workflow_run, head_sha: head }
    })
    await degradedCapsule(j)
    const r = await j.step('auto-fix', {
      'github-token': TOKEN,
      'working-directory': c.dir,
      'remote-url': bare,
      'signing-key': KEY,
      'upload-capsule': 'false'
    })
    expect(r.code, r.stdout).toBe(0)
    expect(r.outputs).toMatchObject({ changes_made: 'false', fixed: 'false', status: 'degraded' })
    expect(r.summary).toContain('**Nothing was done:**')
    expect(r.summary).toContain('HEE-Skip trailer')
    expect(fake.pulls).toHaveLength(0)
    expect(readCapsule(j.capsuleFile).body.auto_fix_history.at(-1)).toMatchObject({
      success: false,
      outcome: 'skipped',
      head_sha: head
    })
  })
})

describe('the fork guard and the two-workflow pattern', () => {
  it('refuses to run a fork’s code in a workflow_run job, whose token can write', async () => {
    const j = job('auto-fix', 'workflow_run', workflowRunEvent(ciRun.id, 'mallory/tally'))
    for (const stage of ['all', 'compute']) {
      const r = await j.step('auto-fix', {
        stage,
        'github-token': TOKEN,
        'working-directory': c.dir,
        'allow-unsigned': 'true'
      })
      expect(r.code).toBe(1)
      expect(r.stdout).toContain(
        `::error::the failing code comes from the fork mallory/tally, and this workflow_run job's token can write to ${REPO}`
      )
    }
    expect(git(c.dir, 'for-each-ref', 'refs/heads/hee')).toBe('')
  })

  it('refuses a push token in the compute stage', async () => {
    const j = job('compute', 'pull_request', {
      pull_request: { number: 5, head: { sha: c.head, ref: 'main', repo: { full_name: REPO } }, labels: [] }
    })
    const r = await j.step('auto-fix', {
      stage: 'compute',
      'github-token': '',
      'push-token': 'ghp_writeToken0123',
      'working-directory': c.dir
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::input `push-token` is set for `stage: compute`')
  })

  it('computes the fix of a fork’s pull request without a token, then applies the patch without running its code and opens a pull request', async () => {
    const pr = {
      number: 5,
      head: { sha: c.head, ref: 'fix-things', repo: { full_name: 'contributor/tally' } },
      labels: []
    }
    const compute = job('compute', 'pull_request', { pull_request: pr }, 9100)
    const logFile = join(compute.workspace, 'fmt.log')
    writeFileSync(logFile, c.log)
    const r1 = await compute.step('auto-fix', {
      stage: 'compute',
      'github-token': '',
      'log-path': logFile,
      'working-directory': c.dir
    })
    expect(r1.code, `${r1.stdout}\n${r1.stderr}`).toBe(0)
    expect(r1.outputs['changes_made']).toBe('true')
    const patchPath = r1.outputs['patch-path']!
    expect(patchPath).toBe(join(compute.tempDir, 'hee-auto-fix'))
    expect(fake.pulls).toHaveLength(0)

    // The privileged job: a fresh checkout of the same commit (nothing built there), the artifact.
    const checkout = join(mkdtempSync(join(tmpdir(), 'hee-apply-')), 'c')
    execFileSync('git', ['clone', '-q', bare, checkout])
    git(checkout, 'checkout', '-q', '--detach', c.head)
    const before = await snapshotTree(checkout)
    const apply = job('apply', 'workflow_run', workflowRunEvent(9100, 'contributor/tally'), 9200)
    const r2 = await apply.step('auto-fix', {
      stage: 'apply',
      'github-token': TOKEN,
      'patch-path': patchPath,
      'working-directory': checkout,
      'remote-url': bare,
      'allow-unsigned': 'true',
      'upload-capsule': 'false'
    })
    expect(r2.code, `${r2.stdout}\n${r2.stderr}`).toBe(0)
    expect(r2.outputs).toMatchObject({ changes_made: 'true', fixed: 'true', branch: 'hee/auto-fix/9100-pat-007' })
    expect(fake.pulls.map((p) => [p.head.ref, p.base.ref])).toEqual([['hee/auto-fix/9100-pat-007', 'main']])
    expect(isIdentical(compareSnapshots(before, await snapshotTree(checkout)))).toBe(true)
  })

  it('finds a fork’s pull request by its head when the workflow_run event lists none: its hee:skip label stops the apply stage', async () => {
    // GitHub leaves workflow_run.pull_requests empty for a fork's pull request
    const pull = fake.addPull({ head: 'main', title: 'Fix things' })
    pull.head = { ref: 'fix-things', owner: 'contributor', sha: c.head }
    // a pull request of this repository from a branch of the same name is not the fork's
    fake.createBranch('fix-things')
    const own = fake.addPull({ head: 'fix-things', title: 'Same branch name, other repository' })
    const checkout = join(mkdtempSync(join(tmpdir(), 'hee-apply-')), 'c')
    execFileSync('git', ['clone', '-q', bare, checkout])
    git(checkout, 'checkout', '-q', '--detach', c.head)
    const empty = mkdtempSync(join(tmpdir(), 'hee-handoff-'))
    const apply = (labels: string[]): Promise<Awaited<ReturnType<LocalJob['step']>>> => {
      pull.labels = labels
      own.labels = ['hee:skip']
      const j = job('apply', 'workflow_run', workflowRunEvent(9100, 'contributor/tally', 'fix-things'), 9400)
      return j.step('auto-fix', {
        stage: 'apply',
        'github-token': TOKEN,
        'patch-path': empty,
        'working-directory': checkout,
        'remote-url': bare,
        'allow-unsigned': 'true',
        'upload-capsule': 'false'
      })
    }
    const refs = git(bare, 'for-each-ref')
    const skipped = await apply(['hee:skip'])
    expect(skipped.code, skipped.stdout).toBe(0)
    expect(skipped.stdout).toContain('nothing to do: the pull request carries the hee:skip label')
    expect(skipped.outputs).toMatchObject({ changes_made: 'false', fixed: 'false' })
    expect(git(bare, 'for-each-ref')).toBe(refs)
    expect(fake.pulls).toHaveLength(2)

    // without the label on the fork's pull request the apply stage goes on (and here finds no patch)
    const next = await apply([])
    expect(next.stdout).not.toContain('hee:skip')
    expect(next.code).toBe(1)
    expect(git(bare, 'for-each-ref')).toBe(refs)
  })

  it('fails the apply stage on a patch that silences a check, and leaves the tree and the remote as they were', async () => {
    const checkout = join(mkdtempSync(join(tmpdir(), 'hee-apply-')), 'c')
    execFileSync('git', ['clone', '-q', bare, checkout])
    git(checkout, 'checkout', '-q', '--detach', c.head)
    const file = git(checkout, 'ls-files', '*.rs').split('\n')[0]!
    const dir = mkdtempSync(join(tmpdir(), 'hee-handoff-'))
    const patch = `diff --git a/${file} b/${file}\n--- a/${file}\n+++ b/${file}\n@@ -1 +1,2 @@\n+#![allow(clippy::all)]\n ${git(checkout, 'show', `HEAD:${file}`).split('\n')[0]}\n`
    await writeHandoff(dir, {
      result: {
        baseSha: c.head,
        diff: patch,
        workflowFilesLeftOut: [],
        ok: true,
        attempts: [
          {
            pattern: 'PAT-007',
            strategy: 'rustfmt',
            outcome: 'fixed',
            steps: [],
            validations: [],
            filesChanged: 1,
            linesChanged: 1,
            durationMs: 1
          }
        ]
      },
      patch,
      repository: REPO,
      runId: '9100',
      branch: 'main'
    })
    const before = await snapshotTree(checkout)
    const refs = git(bare, 'for-each-ref')
    const apply = job('apply', 'workflow_run', workflowRunEvent(9100, 'contributor/tally'), 9300)
    const r = await apply.step('auto-fix', {
      stage: 'apply',
      'github-token': TOKEN,
      'patch-path': dir,
      'working-directory': checkout,
      'remote-url': bare,
      'allow-unsigned': 'true',
      'upload-capsule': 'false'
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain(
      '::error::the patch from the compute stage is refused: silences a check instead of fixing it'
    )
    expect(r.outputs).toMatchObject({ changes_made: 'false', fixed: 'false' })
    expect(isIdentical(compareSnapshots(before, await snapshotTree(checkout)))).toBe(true)
    expect(git(bare, 'for-each-ref')).toBe(refs)
    expect(fake.pulls).toHaveLength(0)
  })
})
