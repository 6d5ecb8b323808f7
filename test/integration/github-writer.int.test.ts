import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigurationError, HeeError, OperationalError } from '../../packages/core/src/errors.js'
import {
  branchRef,
  createGitHubClient,
  createGitHubWriter,
  type GitHubWriter
} from '../../packages/core/src/github/index.js'
import { blobSha, FakeRepo, registerActionsApi, type ActionsApi } from '../support/github-api.js'
import { StandinServer } from '../support/http-server.js'

const TOKEN = 'ghs_writeSideT0kenThatMustNeverLeak7'

let server: StandinServer
let repo: FakeRepo
let api: ActionsApi
let github: GitHubWriter

beforeEach(async () => {
  server = new StandinServer()
  repo = new FakeRepo('octo-org/app')
  repo.token = TOKEN
  api = registerActionsApi(server, repo, { validate: true })
  await server.start()
  github = createGitHubWriter(
    createGitHubClient({ token: TOKEN, baseUrl: server.origin, retries: 2, retryBaseMs: 5, writeIntervalMs: 0 }),
    'octo-org/app'
  )
})

afterEach(async () => {
  await server.stop()
  expect(api.violations).toEqual([])
})

async function caught(p: Promise<unknown>): Promise<HeeError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(HeeError)
    expect(String((e as Error).message)).not.toContain(TOKEN)
    return e as HeeError
  }
  throw new Error('expected the call to fail')
}

/** A branch one commit ahead of the default branch, as a fix would be. */
function fixBranch(name = 'hee/fix-lint'): string {
  repo.createBranch(name)
  repo.commitFiles(name, { 'src/app.ts': 'export const x = 1\n' }, 'Fix lint')
  return name
}

describe('issues', () => {
  it('opens an issue, comments on it, finds it by title and label, and closes it', async () => {
    const opened = await github.issues.create({ title: 'CI is red', body: 'first', labels: ['hee-ci'] })
    expect(opened).toMatchObject({ title: 'CI is red', state: 'open', labels: ['hee-ci'] })
    expect(opened.htmlUrl).toBe(`https://github.com/octo-org/app/issues/${opened.number}`)

    const comment = await github.issues.comment(opened.number, 'still red')
    expect(comment.htmlUrl).toContain(`/issues/${opened.number}#issuecomment-${comment.id}`)
    expect((await github.issues.findOpen({ title: 'CI is red', label: 'hee-ci' }))?.number).toBe(opened.number)

    const closed = await github.issues.close(opened.number)
    expect(closed.state).toBe('closed')
    const stored = repo.issues.find((i) => i.number === opened.number)!
    expect(stored).toMatchObject({ state: 'closed', body: 'first' })
    expect(stored.comments.map((c) => c.body)).toEqual(['still red'])
    expect(await github.issues.findOpen({ title: 'CI is red', label: 'hee-ci' })).toBeUndefined()
    expect(api.stats.validated).toBeGreaterThanOrEqual(5)
  })

  it('finds neither an issue with another label nor a pull request with the same title', async () => {
    repo.addIssue({ title: 'CI is red', labels: ['other'] })
    repo.addPull({ head: fixBranch(), title: 'CI is red' })

    expect(await github.issues.findOpen({ title: 'CI is red', label: 'hee-ci' })).toBeUndefined()
    expect(await github.issues.findOpen({ title: 'CI is red' })).toMatchObject({ labels: ['other'] })
  })
})

describe('issue and pull-request lists stop at max-pages', () => {
  /** A writer whose client reads at most 3 pages and whose warnings are kept. */
  function capped(): { writer: GitHubWriter; warnings: string[] } {
    const warnings: string[] = []
    const client = createGitHubClient({
      token: TOKEN,
      baseUrl: server.origin,
      retryBaseMs: 5,
      writeIntervalMs: 0,
      maxPages: 3,
      log: { warn: (m) => warnings.push(m) }
    })
    return { writer: createGitHubWriter(client, 'octo-org/app'), warnings }
  }
  const listed = (path: string) => server.requests.filter((r) => r.path.split('?')[0] === path).length

  it('an issue search on a list that always offers a next page stops at the cap and tells its caller', async () => {
    const { writer, warnings } = capped()
    repo.addIssue({ title: 'something else', labels: ['hee-ci'] })
    server.injectFault({ path: /\/issues$/, times: Infinity, fault: { kind: 'endless-pages' } })
    const notes: string[] = []

    const found = await writer.issues.findOpen({ title: 'CI is red', label: 'hee-ci', onLimit: (n) => notes.push(n) })

    expect(found).toBeUndefined()
    expect(listed('/repos/octo-org/app/issues')).toBe(3)
    expect(notes).toEqual([
      'limit reached: find the open issue "CI is red": only the first 3 page(s) were read (max-pages 3); the rest was left out'
    ])
    expect(warnings).toEqual([])
  })

  it('an issue found on the first page ends the search there, with no note', async () => {
    const { writer, warnings } = capped()
    const issue = repo.addIssue({ title: 'CI is red', labels: ['hee-ci'] })
    server.injectFault({ path: /\/issues$/, times: Infinity, fault: { kind: 'endless-pages' } })

    expect((await writer.issues.findOpen({ title: 'CI is red' }))?.number).toBe(issue.number)
    expect(listed('/repos/octo-org/app/issues')).toBe(1)
    expect(warnings).toEqual([])
  })

  it('without a caller to tell, the cap reached on the issue or pull-request list is a warning', async () => {
    const { writer, warnings } = capped()
    repo.addPull({ head: fixBranch(), title: 'Fix lint' })
    server.injectFault({ path: /\/(issues|pulls)$/, times: Infinity, fault: { kind: 'endless-pages' } })

    expect(await writer.issues.findOpen({ title: 'CI is red' })).toBeUndefined()
    const pulls = await writer.pulls.listOpen({ base: 'main' })

    expect(listed('/repos/octo-org/app/pulls')).toBe(3)
    expect(pulls.map((p) => p.title)).toEqual(['Fix lint'])
    expect(warnings).toEqual([
      'limit reached: find the open issue "CI is red": only the first 3 page(s) were read (max-pages 3); the rest was left out',
      'limit reached: list the open pull requests into main: only the first 3 page(s) were read (max-pages 3); the rest was left out'
    ])
  })
  it("a branch's ruleset rules that always offer a next page are read up to the cap, with a warning", async () => {
    const { writer, warnings } = capped()
    repo.branchRules.set('main', ['pull_request'])
    server.injectFault({ path: /\/rules\/branches\//, times: Infinity, fault: { kind: 'endless-pages' } })

    const p = await writer.branches.protection('main')

    expect(p).toMatchObject({ rules: ['pull_request'], blocked: true })
    expect(server.requests.filter((r) => r.path.startsWith('/repos/octo-org/app/rules/branches/main'))).toHaveLength(3)
    expect(warnings).toEqual([
      'limit reached: read the rules of branch main: only the first 3 page(s) were read (max-pages 3); the rest was left out'
    ])
  })
})

describe('pull requests', () => {
  it('opens a pull request that the head-branch lookup then finds, updates it and comments on it', async () => {
    const head = fixBranch()
    expect(await github.pulls.findOpenByHead(head)).toBeUndefined()

    const pull = await github.pulls.create({ head, base: 'main', title: 'Fix lint', body: 'one commit' })
    expect(pull).toMatchObject({ title: 'Fix lint', state: 'open', draft: false, base: { ref: 'main' } })
    expect(pull.head).toEqual({ ref: head, sha: repo.branchSha(head), repository: 'octo-org/app' })

    const found = await github.pulls.findOpenByHead(head, { base: 'main' })
    expect(found?.number).toBe(pull.number)

    const updated = await github.pulls.update(pull.number, { title: 'Fix lint (2 files)', body: 'two commits' })
    expect(updated).toMatchObject({ number: pull.number, title: 'Fix lint (2 files)', body: 'two commits' })
    await github.pulls.comment(pull.number, 'rebased on main')

    // The pull request follows its branch, as on GitHub.
    const next = repo.commitFiles(head, { 'src/other.ts': 'export {}\n' }, 'Fix more')
    expect((await github.pulls.findOpenByHead(head))?.head.sha).toBe(next.sha)
    const stored = repo.pulls.find((p) => p.number === pull.number)!
    expect(stored.comments.map((c) => c.body)).toEqual(['rebased on main'])
  })

  it('finds no open pull request for a branch whose pull request was closed or that belongs to a fork', async () => {
    const head = fixBranch()
    const pull = repo.addPull({ head, title: 'Fix lint' })
    pull.state = 'closed'

    expect(await github.pulls.findOpenByHead(head)).toBeUndefined()
    expect(await github.pulls.findOpenByHead(head, { headOwner: 'someone-else' })).toBeUndefined()
  })

  it('refuses a second pull request for the same head with an unprocessable error quoting GitHub', async () => {
    const head = fixBranch()
    await github.pulls.create({ head, base: 'main', title: 'Fix lint' })

    const err = await caught(github.pulls.create({ head, base: 'main', title: 'Fix lint again' }))

    expect(err).toBeInstanceOf(OperationalError)
    expect(err).toMatchObject({ code: 'github.unprocessable', retryable: false })
    expect(err.message).toContain(`A pull request already exists for octo-org:${head}.`)
    expect(repo.pulls).toHaveLength(1)
  })

  it('refuses a pull request from a branch that does not exist, naming the head field', async () => {
    const err = await caught(github.pulls.create({ head: 'no-such-branch', base: 'main', title: 'x' }))

    expect(err.code).toBe('github.unprocessable')
    expect(err.message).toMatch(
      /open a pull request from no-such-branch into main .*\(422\): Validation Failed \(PullRequest head invalid\)/
    )
  })
})

describe('git refs', () => {
  it('creates a ref, reads it back, moves it forward, refuses a rewind unless forced, and deletes it', async () => {
    const base = repo.branchSha('main')!
    const created = await github.refs.create(branchRef('hee/fix'), base)
    expect(created).toEqual({ ref: 'refs/heads/hee/fix', sha: base })
    expect(await github.refs.get('heads/hee/fix')).toEqual(created)

    const ahead = repo.commitFiles('main', { 'a.txt': 'a\n' }).sha
    expect(await github.refs.update('refs/heads/hee/fix', ahead)).toEqual({ ref: 'refs/heads/hee/fix', sha: ahead })
    expect(repo.branchSha('hee/fix')).toBe(ahead)

    const rewind = await caught(github.refs.update('refs/heads/hee/fix', base))
    expect(rewind).toMatchObject({ code: 'github.unprocessable' })
    expect(rewind.message).toContain('Update is not a fast forward')
    expect(repo.branchSha('hee/fix')).toBe(ahead)
    await github.refs.update('refs/heads/hee/fix', base, { force: true })
    expect(repo.branchSha('hee/fix')).toBe(base)

    await github.refs.delete('refs/heads/hee/fix')
    expect(repo.refs.has('refs/heads/hee/fix')).toBe(false)
    expect(await github.refs.get('refs/heads/hee/fix')).toBeUndefined()
  })

  it('refuses to create a ref that exists already, like GitHub (422)', async () => {
    const err = await caught(github.refs.create('refs/heads/main', repo.branchSha('main')!))

    expect(err).toMatchObject({ code: 'github.unprocessable', retryable: false })
    expect(err.message).toMatch(
      /^create ref refs\/heads\/main \(POST \/repos\/octo-org\/app\/git\/refs\): .*Reference already exists/
    )
  })

  it('serves a ref named with raw slashes in the path as GitHub does', async () => {
    repo.createBranch('feat/deep/name')
    const res = await fetch(`${server.origin}/repos/octo-org/app/git/ref/heads/feat/deep/name`, {
      headers: { authorization: `token ${TOKEN}` }
    })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { ref: string }).ref).toBe('refs/heads/feat/deep/name')
  })
})

describe('contents', () => {
  it('creates a file on a branch, reads it back byte for byte, updates it with its sha and refuses a stale sha', async () => {
    repo.createBranch('hee/fix')
    const bytes = Buffer.from('line one\nünïcode ✓\n')
    const created = await github.contents.put('src/new file.ts', {
      content: bytes,
      message: 'Add a file',
      branch: 'hee/fix',
      committer: { name: 'HEE CI', email: 'hee-ci@users.noreply.github.com' }
    })
    expect(created).toMatchObject({ path: 'src/new file.ts', sha: blobSha(bytes), created: true })
    expect(created.commitSha).toBe(repo.branchSha('hee/fix'))
    expect(repo.commits.get(created.commitSha)!.author.name).toBe('HEE CI')

    const read = await github.contents.get('src/new file.ts', { ref: 'hee/fix' })
    expect(read?.content.equals(bytes)).toBe(true)
    expect(await github.contents.get('src/new file.ts')).toBeUndefined()

    const updated = await github.contents.put('src/new file.ts', {
      content: 'two\n',
      message: 'Change it',
      branch: 'hee/fix',
      sha: read!.sha
    })
    expect(updated.created).toBe(false)
    expect(repo.commits.get(updated.commitSha)!.parents).toEqual([created.commitSha])

    const stale = await caught(
      github.contents.put('src/new file.ts', { content: 'three\n', message: 'x', branch: 'hee/fix', sha: read!.sha })
    )
    expect(stale).toMatchObject({ code: 'github.conflict', retryable: false })
    expect(repo.branchSha('hee/fix')).toBe(updated.commitSha)
  })

  it('refuses to overwrite an existing file without its sha, and calls a directory what it is', async () => {
    const noSha = await caught(github.contents.put('README.md', { content: 'x', message: 'x' }))
    expect(noSha.code).toBe('github.unprocessable')
    expect(noSha.message).toContain('"sha" wasn\'t supplied')

    repo.commitFiles('main', { 'src/a.ts': 'a\n', 'src/b.ts': 'b\n' })
    const dir = await caught(github.contents.get('src'))
    expect(dir.message).toBe('read src: it is a directory, not a file')
  })
})

describe('runs', () => {
  it("asks GitHub to re-run a completed run's failed jobs", async () => {
    const run = repo.addRun({ jobs: [{ name: 'test', conclusion: 'failure' }] })

    await github.runs.rerunFailedJobs(run.id)

    expect(repo.rerunRequests).toEqual([run.id])
    expect(repo.runs.get(run.id)!.runAttempt).toBe(2)
  })
})

describe('errors of the write side', () => {
  it('maps a 403 on a pull request to a configuration error naming `pull-requests: write`', async () => {
    repo.permissions = { contents: 'write', issues: 'write' }
    const head = fixBranch()

    const err = await caught(github.pulls.create({ head, base: 'main', title: 'Fix lint' }))

    expect(err).toBeInstanceOf(ConfigurationError)
    expect(err.code).toBe('github.forbidden')
    expect(err.message).toContain('GitHub refused the request (403): Resource not accessible by integration')
    expect(err.hint).toBe('the token needs `pull-requests: write`: add it under `permissions:` in the workflow')
    expect(repo.pulls).toEqual([])
  })

  it('maps a 403 on a ref or a file to a configuration error naming `contents: write`', async () => {
    repo.permissions = { contents: 'read', 'pull-requests': 'write' }

    const ref = await caught(github.refs.create('refs/heads/x', repo.branchSha('main')!))
    const file = await caught(github.contents.put('a.txt', { content: 'a', message: 'a' }))

    for (const err of [ref, file]) {
      expect(err).toMatchObject({ code: 'github.forbidden' })
      expect(err.hint).toContain('`contents: write`')
    }
    expect(repo.refs.has('refs/heads/x')).toBe(false)
    // Reading is still allowed with `contents: read`.
    expect((await github.contents.get('README.md'))?.content.toString()).toBe('# app\n')
  })

  it('names both permissions that let a comment through when neither is granted', async () => {
    repo.permissions = { contents: 'read' }
    const issue = repo.addIssue({ title: 'x' })

    const err = await caught(github.issues.comment(issue.number, 'hello'))

    expect(err.hint).toBe(
      'the token needs `issues: write` or `pull-requests: write`: add it under `permissions:` in the workflow'
    )
  })

  it('ends a persistent 502 on a write in a retryable operational error naming the call', async () => {
    server.injectFault({ method: 'POST', path: /\/issues$/, times: 3, fault: { kind: 'status', status: 502 } })

    const err = await caught(github.issues.create({ title: 'CI is red' }))

    expect(err).toBeInstanceOf(OperationalError)
    expect(err).toMatchObject({ code: 'github.api', retryable: true })
    expect(err.message).toMatch(/^open issue "CI is red" \(POST \/repos\/octo-org\/app\/issues\) failed with 502/)
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(3)
    expect(repo.issues).toEqual([])
  })
})
