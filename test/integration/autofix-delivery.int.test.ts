/**
 * Delivery of auto-fixes against real parts: real git repositories with a bare remote (or a
 * smart-HTTP remote that wants a token), the REST stand-in over real HTTP whose branches are the
 * bare remote's, and a real fix commit on a `hee/auto-fix/…` branch as the engine leaves it.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  checkLoopGuard,
  checkPatch,
  deliverFix,
  handoffResult,
  historyEntries,
  readHandoff,
  statusAfter,
  writeHandoff,
  DEFAULT_AUTHOR,
  DEFAULT_LIMITS,
  type DeliverOptions
} from '../../packages/core/src/autofix/delivery/index.js'
import type { AutoFixResult, FixAttempt } from '../../packages/core/src/autofix/types.js'
import { createNodeExec } from '../../packages/core/src/exec/node-exec.js'
import { Git } from '../../packages/core/src/git/git.js'
import { prepareSigning } from '../../packages/core/src/git/signing.js'
import { compareSnapshots, isIdentical, snapshotTree } from '../../packages/core/src/git/tree-snapshot.js'
import { createGitHubClient, createGitHubWriter, type GitHubWriter } from '../../packages/core/src/github/index.js'
import { startGitHttpServer } from '../support/git-http-server.js'
import { git, makeRepo, writeFiles, type TestRepo } from '../support/git-repo.js'
import { FakeRepo, registerActionsApi, type ActionsApi } from '../support/github-api.js'
import { StandinServer } from '../support/http-server.js'

const TOKEN = 'ghs_deliveryApiToken0123456789abcdefgh'
const exec = createNodeExec()

let server: StandinServer
let fake: FakeRepo
let api: ActionsApi
let github: GitHubWriter
let repo: TestRepo
let g: Git

const SOURCE = 'export function add(a, b) {\n  return a + b\n}\n'
const UNFORMATTED = 'export function add(a,b){\n    return a+b\n}\n'

beforeEach(async () => {
  repo = makeRepo({ 'src/add.js': UNFORMATTED, 'README.md': '# app\n' }, { remote: true })
  git(repo.remote!, 'config', 'receive.denyCurrentBranch', 'ignore')
  server = new StandinServer()
  fake = new FakeRepo('octo-org/app')
  fake.token = TOKEN
  fake.linkGit(repo.remote!)
  api = registerActionsApi(server, fake, { validate: true })
  await server.start()
  github = createGitHubWriter(
    createGitHubClient({ token: TOKEN, baseUrl: server.origin, retries: 1, retryBaseMs: 5, writeIntervalMs: 0 }),
    'octo-org/app'
  )
  g = new Git(exec, repo.dir)
})

afterEach(async () => {
  await server.stop()
  expect(api.violations).toEqual([])
})

function attempt(over: Partial<FixAttempt> = {}): FixAttempt {
  return {
    pattern: 'PAT-007',
    strategy: 'prettier-write',
    outcome: 'fixed',
    evidence: '[warn] src/add.js Code style issues found in the above file. Run Prettier with --write to fix.',
    steps: [],
    validations: [
      {
        command: 'npx --no-install prettier --check .',
        code: 0,
        passed: true,
        tail: 'All matched files use Prettier code style!'
      }
    ],
    filesChanged: 1,
    linesChanged: 4,
    durationMs: 1234,
    ...over
  }
}

/** What the engine leaves: one commit on a local fix branch, HEAD back on the failing commit. */
function engineCommit(
  runId: string,
  files: Record<string, string>,
  attempts: FixAttempt[] = [attempt()]
): AutoFixResult {
  const base = git(repo.dir, 'rev-parse', 'HEAD').trim()
  const branch = `hee/auto-fix/${runId}-pat-007`
  git(repo.dir, 'checkout', '-q', '-b', branch)
  writeFiles(repo.dir, files)
  git(repo.dir, 'add', '-A')
  git(repo.dir, 'commit', '-q', '-m', 'engine fix')
  const commit = git(repo.dir, 'rev-parse', 'HEAD').trim()
  const diff = git(repo.dir, 'diff', '--binary', '--full-index', base, commit)
  git(repo.dir, 'checkout', '-q', '--detach', base)
  return { baseSha: base, branch, commit, diff, workflowFilesLeftOut: [], attempts, ok: true }
}

function options(result: AutoFixResult, over: Partial<DeliverOptions> = {}): DeliverOptions {
  return {
    git: g,
    github,
    result,
    runId: '101',
    branch: 'main',
    mode: 'pull-request',
    remote: repo.remote!,
    author: DEFAULT_AUTHOR,
    limits: DEFAULT_LIMITS,
    workflowFiles: 'leave-out',
    ...over
  }
}

const remoteSha = (ref: string): string | undefined => {
  try {
    return git(repo.remote!, 'rev-parse', '--verify', '-q', ref).trim()
  } catch {
    return undefined
  }
}

/** A new failing commit on `branch` of the remote, as a developer's push. */
function developerPush(branch: string, files: Record<string, string>): string {
  git(repo.dir, 'checkout', '-q', '-B', branch, remoteSha(`refs/heads/${branch}`) ?? 'HEAD')
  writeFiles(repo.dir, files)
  git(repo.dir, 'add', '-A')
  git(repo.dir, 'commit', '-q', '-m', 'more work')
  git(repo.dir, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`)
  return git(repo.dir, 'rev-parse', 'HEAD').trim()
}

describe('a pull request by default, one per failure', () => {
  it('opens a pull request with the evidence, the diff summary, each validation and a one-click undo; the commit is the agent’s', async () => {
    const result = engineCommit('101', { 'src/add.js': SOURCE })
    const d = await deliverFix(options(result))
    expect(d.kind).toBe('pull-request')
    expect(d.branch).toBe('hee/auto-fix/101-pat-007')
    expect(d.ciTriggered).toBe(false)
    expect(remoteSha('refs/heads/hee/auto-fix/101-pat-007')).toBe(d.commit)
    expect(remoteSha('refs/heads/main')).toBe(result.baseSha)
    const info = await g.commitInfo(d.commit!)
    expect(info.parents).toEqual([result.baseSha])
    expect(info.author).toEqual(DEFAULT_AUTHOR)
    expect(await g.trailers(info.message)).toContainEqual(['HEE-Auto-Fix', '101'])
    expect(git(repo.dir, 'show', `${d.commit}:src/add.js`)).toBe(SOURCE)

    expect(fake.pulls).toHaveLength(1)
    const pull = fake.pulls[0]!
    expect(d.pullRequest).toEqual({
      number: pull.number,
      url: `https://github.com/octo-org/app/pull/${pull.number}`,
      updated: false
    })
    expect(pull.head.ref).toBe('hee/auto-fix/101-pat-007')
    expect(pull.base.ref).toBe('main')
    expect(pull.title).toBe('HEE CI auto-fix: PAT-007 (prettier-write) on main')
    expect(pull.body).toContain('Run Prettier with --write to fix.')
    expect(pull.body).toContain('| `npx --no-install prettier --check .` | ✅ passed (exit 0) |')
    expect(pull.body).toContain('| `src/add.js` | 2 | 2 |')
    expect(pull.body).toContain(`The fix is one commit (\`${d.commit!.slice(0, 12)}\`)`)
    expect(pull.body).toContain('**Revert**')
    expect(pull.body).toContain('CI has not run on this commit')
    expect(pull.body).toContain('<!-- hee-auto-fix key=PAT-007@main -->')
    // HEAD and the work tree of the checkout did not move.
    expect(git(repo.dir, 'rev-parse', 'HEAD').trim()).toBe(result.baseSha)
    expect(git(repo.dir, 'status', '--porcelain')).toBe('')
  })

  it('updates the open fix pull request of the same failure on a later run instead of opening another', async () => {
    const first = await deliverFix(options(engineCommit('101', { 'src/add.js': SOURCE })))
    expect(first.pullRequest?.updated).toBe(false)
    // The developer pushes again, the same lint failure comes back, a new run fixes it.
    developerPush('main', { 'src/sub.js': 'export const sub = (a,b)=>a-b\n' })
    const second = engineCommit('102', { 'src/add.js': SOURCE, 'src/sub.js': 'export const sub = (a, b) => a - b\n' })
    const d = await deliverFix(options(second, { runId: '102' }))
    expect(fake.pulls).toHaveLength(1)
    expect(d.pullRequest).toEqual({ ...first.pullRequest, updated: true })
    expect(d.branch).toBe('hee/auto-fix/101-pat-007')
    expect(remoteSha('refs/heads/hee/auto-fix/101-pat-007')).toBe(d.commit)
    expect(fake.pulls[0]!.body).toContain('run 102')
    expect(fake.pulls[0]!.body).toContain('`src/sub.js`')
    expect(remoteSha('refs/heads/hee/auto-fix/102-pat-007')).toBeUndefined()
    expect(d.notes.join(' ')).toContain(`Updated the open fix pull request #${first.pullRequest!.number}`)
  })

  it('leaves workflow files out of the fix and says why', async () => {
    const d = await deliverFix(
      options(engineCommit('101', { 'src/add.js': SOURCE, '.github/workflows/ci.yml': 'on: push\n' }))
    )
    expect(d.kind).toBe('pull-request')
    expect(d.workflowFilesLeftOut).toEqual(['.github/workflows/ci.yml'])
    expect(git(repo.dir, 'ls-tree', '-r', '--name-only', d.commit!).split('\n')).not.toContain(
      '.github/workflows/ci.yml'
    )
    expect(fake.pulls[0]!.body).toContain('Left out on purpose: `.github/workflows/ci.yml`')
    expect(d.notes.join(' ')).toContain('a fix never changes .github/workflows/')
  })

  it('pushes nothing when the fix silences a check, naming the line', async () => {
    const d = await deliverFix(
      options(engineCommit('101', { 'src/add.js': '// eslint-disable-next-line\n' + UNFORMATTED }))
    )
    expect(d.kind).toBe('refused')
    expect(d.refusals.map((r) => r.rule)).toEqual(['guard'])
    expect(d.refusals[0]!.message).toContain('src/add.js:1')
    expect(remoteSha('refs/heads/hee/auto-fix/101-pat-007')).toBeUndefined()
    expect(fake.pulls).toHaveLength(0)
  })

  it('signs the fix commit when a key is given', async () => {
    const keyDir = mkdtempSync(join(tmpdir(), 'hee-key-'))
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'hee', '-f', join(keyDir, 'k')])
    const signing = await prepareSigning(exec, execFileSync('cat', [join(keyDir, 'k')], { encoding: 'utf8' }), keyDir)
    try {
      const d = await deliverFix(options(engineCommit('101', { 'src/add.js': SOURCE }), { signing }))
      expect(git(repo.dir, 'cat-file', '-p', d.commit!)).toContain('gpgsig -----BEGIN SSH SIGNATURE-----')
    } finally {
      await signing.dispose()
    }
  })
})

describe('a push to the failing branch, only where it is allowed', () => {
  it('pushes to a feature branch when asked', async () => {
    const head = developerPush('feature/x', { 'src/more.js': 'x\n' })
    git(repo.dir, 'checkout', '-q', '--detach', head)
    const result = engineCommit('103', { 'src/add.js': SOURCE })
    const d = await deliverFix(options(result, { runId: '103', branch: 'feature/x', mode: 'push' }))
    expect(d.kind).toBe('push')
    expect(remoteSha('refs/heads/feature/x')).toBe(d.commit)
    expect((await g.commitInfo(d.commit!)).parents).toEqual([head])
    expect(fake.pulls).toHaveLength(0)
  })

  it.each([
    ['the default branch', 'main', () => {}, 'main is the default branch'],
    ['a protected branch', 'release', () => fake.protectedBranches.add('release'), 'release is protected'],
    [
      'a branch under a ruleset',
      'release',
      () => fake.branchRules.set('release', ['pull_request', 'required_signatures']),
      'release is protected (rules: pull_request, required_signatures)'
    ]
  ])('refuses to push to %s and opens a pull request instead', async (_what, branch, setup, why) => {
    if (branch !== 'main') {
      const head = developerPush(branch, { 'src/more.js': 'x\n' })
      git(repo.dir, 'checkout', '-q', '--detach', head)
    }
    setup()
    const before = remoteSha(`refs/heads/${branch}`)
    const d = await deliverFix(
      options(engineCommit('104', { 'src/add.js': SOURCE }), { runId: '104', branch, mode: 'push' })
    )
    expect(remoteSha(`refs/heads/${branch}`)).toBe(before)
    expect(d.kind).toBe('pull-request')
    expect(d.notes[0]).toBe(`Not pushed to ${branch}: ${why}. Opened a pull request instead.`)
    expect(fake.pulls.map((p) => [p.head.ref, p.base.ref])).toEqual([['hee/auto-fix/104-pat-007', branch]])
  })

  it('delivers a lockfile fix (agent review) as a pull request even when a push was asked for', async () => {
    const head = developerPush('feature/y', { 'src/more.js': 'x\n' })
    git(repo.dir, 'checkout', '-q', '--detach', head)
    const result = engineCommit('105', { 'package-lock.json': '{"lockfileVersion":3}\n' }, [
      attempt({ pattern: 'PAT-006', strategy: 'npm-lockfile' })
    ])
    const d = await deliverFix(
      options(result, { runId: '105', branch: 'feature/y', mode: 'push', reviewPatterns: ['PAT-006'] })
    )
    expect(d.kind).toBe('pull-request')
    expect(remoteSha('refs/heads/feature/y')).toBe(head)
    expect(d.notes[0]).toContain('PAT-006 is fixed under agent review, which is always a pull request')
  })

  it('pushes with the push token when one is given (CI re-runs), with the API token otherwise (it does not)', async () => {
    const PUSH = 'ghp_pushTokenForCiRetrigger0123456789'
    const root = mkdtempSync(join(tmpdir(), 'hee-http-'))
    execFileSync('git', ['clone', '-q', '--bare', repo.remote!, join(root, 'app.git')])
    git(join(root, 'app.git'), 'config', 'http.receivepack', 'true')
    fake.linkGit(join(root, 'app.git'))
    for (const [token, triggered, runId] of [
      [PUSH, true, '106'],
      [TOKEN, false, '107']
    ] as const) {
      const http = await startGitHttpServer(root, token)
      try {
        const masked: string[] = []
        const d = await deliverFix(
          options(engineCommit(runId, { 'src/add.js': SOURCE }), {
            runId,
            remote: http.url('app.git'),
            githubToken: TOKEN,
            ...(triggered ? { pushToken: PUSH } : {}),
            onSecret: (v) => masked.push(v)
          })
        )
        expect(d.kind).toBe('pull-request')
        expect(d.ciTriggered).toBe(triggered)
        expect(masked[0]).toBe(token)
        expect(new Set(http.authorizations.filter(Boolean))).toEqual(
          new Set([`basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`])
        )
        expect(git(join(root, 'app.git'), 'rev-parse', d.branch!).trim()).toBe(d.commit)
      } finally {
        await http.close()
      }
      fake.pulls.forEach((p) => (p.state = 'closed'))
    }
  })
})

describe('reports, never changes, for security findings', () => {
  const report = attempt({
    pattern: 'PAT-003',
    strategy: 'npm-audit',
    outcome: 'report-only',
    reason: 'security fixes are for a person',
    report: '| package | advisory |\n| --- | --- |\n| lodash | GHSA-xxxx |',
    validations: []
  })
  const result = (): AutoFixResult => ({
    baseSha: repo.head,
    diff: '',
    workflowFilesLeftOut: [],
    attempts: [report],
    ok: true
  })

  it('opens one issue, then comments on it', async () => {
    const d = await deliverFix(options(result()))
    expect(d.kind).toBe('none')
    expect(fake.issues).toHaveLength(1)
    expect(fake.issues[0]!.title).toBe('HEE CI: PAT-003 on main needs a person')
    expect(fake.issues[0]!.body).toContain('GHSA-xxxx')
    expect(d.reportUrl).toBe(fake.issues[0] && `https://github.com/octo-org/app/issues/${fake.issues[0].number}`)
    await deliverFix(options(result()))
    expect(fake.issues).toHaveLength(1)
    expect(fake.issues[0]!.comments).toHaveLength(1)
    expect(remoteSha('refs/heads/main')).toBe(repo.head)
  })

  it('comments on the open incident issue when the capsule names one', async () => {
    const incident = fake.addIssue({ title: 'CI: PAT-003 in CI', labels: ['hee-ci'] })
    const d = await deliverFix(options(result(), { incidentIssue: incident.number }))
    expect(incident.comments).toHaveLength(1)
    expect(incident.comments[0]!.body).toContain('lodash')
    expect(d.reportUrl).toContain(`/issues/${incident.number}#issuecomment-`)
    expect(fake.issues).toHaveLength(1)
  })
})

describe('the loop guard', () => {
  const base = {
    branch: 'main',
    agent: DEFAULT_AUTHOR,
    history: [],
    budget: 3
  }

  it('proceeds on a developer commit that is the branch head', async () => {
    expect(await checkLoopGuard({ ...base, git: g, headSha: repo.head, branchHead: repo.head })).toEqual({
      proceed: true
    })
  })

  it('does nothing on its own commit (author and trailer)', async () => {
    const d = await deliverFix(options(engineCommit('101', { 'src/add.js': SOURCE })))
    const v = await checkLoopGuard({ ...base, git: g, headSha: d.commit!, branchHead: d.commit! })
    expect(v).toMatchObject({ proceed: false, rule: 'own-commit' })
  })

  it('does nothing on a commit with a HEE-Skip trailer, or a pull request labelled hee:skip', async () => {
    git(repo.dir, 'commit', '-q', '--allow-empty', '-m', 'wip\n\nHEE-Skip: true')
    const head = git(repo.dir, 'rev-parse', 'HEAD').trim()
    expect(await checkLoopGuard({ ...base, git: g, headSha: head, branchHead: head })).toMatchObject({
      proceed: false,
      rule: 'skip-trailer'
    })
    expect(
      await checkLoopGuard({
        ...base,
        git: g,
        headSha: repo.head,
        branchHead: repo.head,
        pullRequestLabels: ['bug', 'hee:skip']
      })
    ).toMatchObject({ proceed: false, rule: 'skip-label' })
  })

  it('does nothing when the branch has moved on since the failing commit', async () => {
    const newer = developerPush('main', { 'b.txt': 'b\n' })
    const branchHead = (await github.refs.get('refs/heads/main'))?.sha
    expect(branchHead).toBe(newer)
    const v = await checkLoopGuard({ ...base, git: g, headSha: repo.head, branchHead })
    expect(v).toMatchObject({ proceed: false, rule: 'stale-head' })
  })

  it('does nothing when the attempt budget of the branch is spent, counting only attempts in the window', async () => {
    const now = new Date('2026-01-02T12:00:00Z')
    const entry = (hoursAgo: number, branch = 'main', outcome = 'rolled-back') => ({
      timestamp: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString(),
      pattern_id: 'PAT-007',
      success: false,
      outcome,
      branch
    })
    const spent = [entry(1), entry(2), entry(3)]
    expect(
      await checkLoopGuard({ ...base, git: g, headSha: repo.head, branchHead: repo.head, history: spent, now })
    ).toMatchObject({
      proceed: false,
      rule: 'budget'
    })
    const notCounted = [entry(30), entry(1, 'other'), entry(2, 'main', 'skipped'), entry(3)]
    expect(
      await checkLoopGuard({ ...base, git: g, headSha: repo.head, branchHead: repo.head, history: notCounted, now })
    ).toEqual({ proceed: true })
  })
})

describe('the apply stage: a patch from another job', () => {
  async function handoff(files: Record<string, string>): Promise<string> {
    const result = engineCommit('201', files)
    const dir = mkdtempSync(join(tmpdir(), 'hee-handoff-'))
    return writeHandoff(dir, { result, patch: result.diff, repository: 'octo-org/app', runId: '201', branch: 'main' })
  }

  it('applies a clean patch without touching the work tree and delivers it as a pull request', async () => {
    const dir = await handoff({ 'src/add.js': SOURCE })
    writeFileSync(join(repo.dir, 'untracked.txt'), 'mine\n')
    const before = await snapshotTree(repo.dir)
    const h = await readHandoff(dir)
    const d = await deliverFix(options(handoffResult(h), { runId: '201', workflowFiles: 'refuse' }))
    expect(d.kind).toBe('pull-request')
    expect(git(repo.dir, 'show', `${d.commit}:src/add.js`)).toBe(SOURCE)
    expect(isIdentical(compareSnapshots(before, await snapshotTree(repo.dir)))).toBe(true)
  })

  it.each([
    ['a suppression', { 'src/add.js': SOURCE.replace('export', '// eslint-disable-next-line\nexport') }, 'guard'],
    ['a workflow file', { 'src/add.js': SOURCE, '.github/workflows/ci.yml': 'on: push\n' }, 'workflow-file'],
    ['too many lines', { 'src/big.js': 'x\n'.repeat(600) }, 'max-lines'],
    ['a protected path', { 'secrets/keys.txt': 'k\n' }, 'protected-path']
  ])('refuses a patch with %s and leaves the tree intact', async (_what, files, rule) => {
    const dir = await handoff(files)
    const before = await snapshotTree(repo.dir)
    const h = await readHandoff(dir)
    const d = await deliverFix(
      options(handoffResult(h), {
        runId: '201',
        workflowFiles: 'refuse',
        limits: { ...DEFAULT_LIMITS, protectedPaths: ['secrets/'] }
      })
    )
    expect(d.kind).toBe('refused')
    expect(d.refusals.map((r) => r.rule)).toContain(rule)
    expect(isIdentical(compareSnapshots(before, await snapshotTree(repo.dir)))).toBe(true)
    expect(fake.pulls).toHaveLength(0)
    expect(git(repo.remote!, 'for-each-ref', '--format=%(refname)', 'refs/heads/hee')).toBe('')
  })

  it('refuses a patch changed on the way, and metadata that is not ours', async () => {
    const dir = await handoff({ 'src/add.js': SOURCE })
    writeFileSync(join(dir, 'fix.patch'), 'diff --git a/x b/x\n')
    await expect(readHandoff(dir)).rejects.toThrow('fix.patch does not match the digest in fix.json')
    writeFileSync(join(dir, 'fix.json'), JSON.stringify({ schema: 'hee.auto-fix-patch/v1', extra: 1 }))
    await expect(readHandoff(dir)).rejects.toThrow(/^fix\.json: /)
  })

  it('counts files and lines the way the limits do', () => {
    const patch = 'diff --git a/README.md b/README.md\n--- a/README.md\n+++ b/README.md\n@@ -1 +1 @@\n-# app\n+# App\n'
    expect(checkPatch(patch)).toEqual({ ok: true, files: ['README.md'], filesChanged: 1, linesChanged: 2 })
    const over = checkPatch(patch, { maxFiles: 0, maxLines: 1, protectedPaths: [] })
    expect(over.ok ? [] : over.refusals.map((r) => r.message)).toEqual([
      'changes 1 files, more than the limit of 0',
      'changes 2 lines, more than the limit of 1'
    ])
  })
})

describe('history', () => {
  it('records each attempt with what it changed, how it was proved and where it went', async () => {
    const rolled = attempt({
      pattern: 'PAT-002',
      strategy: 'vitest-snapshot',
      outcome: 'rolled-back',
      reason: 'the snapshot test still fails',
      validations: [{ command: 'npx vitest run src/a.test.ts', code: 1, passed: false, tail: 'FAIL' }],
      filesChanged: 1,
      linesChanged: 2,
      durationMs: 800
    })
    const result = engineCommit('101', { 'src/add.js': SOURCE }, [attempt(), rolled])
    const d = await deliverFix(options(result))
    const now = new Date('2026-01-02T12:00:00Z')
    const entries = historyEntries({
      attempts: result.attempts,
      delivery: d,
      branch: 'main',
      headSha: result.baseSha,
      capsuleVersion: 4,
      now
    })
    expect(entries).toEqual([
      {
        timestamp: '2026-01-02T12:00:00.000Z',
        pattern_id: 'PAT-007',
        success: true,
        rollback: false,
        strategy: 'prettier-write',
        outcome: 'fixed',
        duration_ms: 1234,
        files_changed: 1,
        lines_changed: 4,
        validations: [{ command: 'npx --no-install prettier --check .', code: 0, passed: true }],
        commit: d.commit,
        pr_url: d.pullRequest!.url,
        branch: 'main',
        head_sha: result.baseSha,
        hee_context: {
          state_capsule_version: '4',
          decision_impact: `fixed, delivered as ${d.pullRequest!.url}`,
          context_preservation: true
        }
      },
      {
        timestamp: '2026-01-02T12:00:00.000Z',
        pattern_id: 'PAT-002',
        success: false,
        rollback: true,
        strategy: 'vitest-snapshot',
        outcome: 'rolled-back',
        reason: 'the snapshot test still fails',
        duration_ms: 800,
        files_changed: 1,
        lines_changed: 2,
        validations: [{ command: 'npx vitest run src/a.test.ts', code: 1, passed: false }],
        branch: 'main',
        head_sha: result.baseSha,
        hee_context: {
          state_capsule_version: '4',
          decision_impact: 'rolled-back: the snapshot test still fails',
          context_preservation: true
        }
      }
    ])
    // The rolled-back snapshot fix leaves a failure open: the capsule stays degraded.
    expect(statusAfter('degraded', entries)).toBe('degraded')
    expect(statusAfter('degraded', entries.slice(0, 1))).toBe('operational')
    expect(statusAfter('failed', entries.slice(0, 1))).toBe('failed')
    expect(statusAfter('degraded', entries.slice(1))).toBe('degraded')
    expect(statusAfter('degraded', [])).toBe('degraded')
  })
})
