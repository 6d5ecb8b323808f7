/**
 * The git module against real repositories in temp folders: a bare remote, a smart-HTTP
 * remote that wants a token (the real `git http-backend`), SSH and OpenPGP signing keys made
 * by ssh-keygen and gpg.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createNodeExec } from '../../packages/core/src/exec/node-exec.js'
import { createBackupRef, deleteBackupRef, listBackupRefs } from '../../packages/core/src/git/backup-refs.js'
import { Git } from '../../packages/core/src/git/git.js'
import { GitError } from '../../packages/core/src/git/git-error.js'
import { push } from '../../packages/core/src/git/push.js'
import { prepareSigning } from '../../packages/core/src/git/signing.js'
import { compareSnapshots, isIdentical, snapshotTree } from '../../packages/core/src/git/tree-snapshot.js'
import { git, makeRepo, writeFiles } from '../support/git-repo.js'
import { startGitHttpServer, type GitHttpServer } from '../support/git-http-server.js'

const seen: string[] = []
const exec = createNodeExec()
/** Records every command line and output chunk git produced, as a log would show them. */
const recorder = {
  start: (c: string, a: readonly string[]) => seen.push([c, ...a].join(' ')),
  output: (_s: string, t: string) => seen.push(t)
}
const AGENT = { name: 'HEE Auto-Fix', email: 'hee-auto-fix@example.invalid' }

describe('status, diff and commit', () => {
  it('reports tracked, untracked and ignored files, and a clean tree after a commit', async () => {
    const repo = makeRepo({ '.gitignore': 'build/\n', 'a.txt': 'one\n' })
    const g = new Git(exec, repo.dir)
    expect(await g.isClean()).toBe(true)
    writeFiles(repo.dir, { 'a.txt': 'two\n', 'new dir/b.txt': 'b\n', 'build/out.bin': 'x' })
    const st = await g.status({ ignored: true })
    expect(st).toEqual(
      expect.arrayContaining([
        { index: ' ', worktree: 'M', path: 'a.txt' },
        { index: '?', worktree: '?', path: 'new dir/b.txt' },
        { index: '!', worktree: '!', path: 'build/out.bin' }
      ])
    )
    expect(await g.isClean()).toBe(false)
    rmSync(join(repo.dir, 'a.txt'))
    git(repo.dir, 'checkout', '--', 'a.txt')
    expect(await g.isClean({ untracked: false })).toBe(true)
    expect(await g.isClean()).toBe(false)
  })

  it('commits with the given author, committer and trailers, which git parses back', async () => {
    const repo = makeRepo({ 'a.txt': 'one\n' })
    const g = new Git(exec, repo.dir)
    writeFiles(repo.dir, { 'a.txt': 'one\ntwo\nthree\n', 'b.txt': 'b\n' })
    await g.addAll()
    const stat = await g.diffStat(repo.head)
    expect(stat).toEqual({
      files: [
        { path: 'a.txt', added: 2, removed: 0, binary: false },
        { path: 'b.txt', added: 1, removed: 0, binary: false }
      ],
      added: 3,
      removed: 0
    })
    const patch = await g.diff(repo.head, { cached: true })
    expect(patch).toContain('+three')
    const sha = await g.commit({
      message: 'fix(lint): apply cargo fmt\n\nThe check `cargo fmt --check` passes.',
      author: AGENT,
      trailers: [
        ['HEE-Auto-Fix', 'PAT-007'],
        ['HEE-Attempt', 'a1']
      ]
    })
    const info = await g.commitInfo(sha)
    expect(info.author).toEqual(AGENT)
    expect(info.committer).toEqual(AGENT)
    expect(info.parents).toEqual([repo.head])
    expect(await g.trailers(info.message)).toEqual([
      ['HEE-Auto-Fix', 'PAT-007'],
      ['HEE-Attempt', 'a1']
    ])
    expect(await g.isClean()).toBe(true)
  })

  it('creates a branch at a commit without moving HEAD, and never overwrites one unless told to', async () => {
    const repo = makeRepo({ 'a.txt': 'one\n' })
    const g = new Git(exec, repo.dir)
    await g.createBranch('hee/auto-fix/1-pat-007', repo.head)
    expect(await g.symbolicHead()).toBe('refs/heads/main')
    expect(await g.revParse('hee/auto-fix/1-pat-007')).toBe(repo.head)
    await expect(g.createBranch('hee/auto-fix/1-pat-007', repo.head)).rejects.toBeInstanceOf(GitError)
    await expect(g.createBranch('bad..name', repo.head)).rejects.toThrow(/check-ref-format/)
  })

  it('signs a commit with an SSH key that git verifies, and removes the key file afterwards', async () => {
    const repo = makeRepo({ 'a.txt': 'one\n' })
    const keys = mkdtempSync(join(tmpdir(), 'hee-ssh-'))
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'agent', '-f', join(keys, 'id')])
    const signing = await prepareSigning(exec, readFileSync(join(keys, 'id'), 'utf8'), tmpdir())
    const g = new Git(exec, repo.dir)
    writeFiles(repo.dir, { 'a.txt': 'two\n' })
    await g.addAll()
    const sha = await g.commit({ message: 'signed', author: AGENT, signing })
    await signing.dispose()
    const keyFile = signing.config.find((c) => c.startsWith('user.signingkey='))!.slice('user.signingkey='.length)
    expect(() => readFileSync(keyFile)).toThrow()
    writeFileSync(join(keys, 'allowed'), `${AGENT.email} ${readFileSync(join(keys, 'id.pub'), 'utf8')}`)
    expect(git(repo.dir, 'cat-file', 'commit', sha)).toContain('-----BEGIN SSH SIGNATURE-----')
    // verify-commit exits non-zero (execFileSync throws) unless the signature is good.
    const verified = execFileSync(
      'git',
      ['-c', 'gpg.format=ssh', '-c', `gpg.ssh.allowedSignersFile=${join(keys, 'allowed')}`, 'verify-commit', sha],
      { cwd: repo.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
    )
    expect(verified).toBe('')
  })

  it('signs a commit with an armored OpenPGP key that verifies against its public key', async () => {
    const repo = makeRepo({ 'a.txt': 'one\n' })
    const home = mkdtempSync(join(tmpdir(), 'hee-gpg-'))
    chmodSync(home, 0o700)
    const env = { ...process.env, GNUPGHOME: home }
    execFileSync(
      'gpg',
      [
        '--batch',
        '--passphrase',
        '',
        '--quick-gen-key',
        'Agent <hee-auto-fix@example.invalid>',
        'ed25519',
        'sign',
        'never'
      ],
      { env, stdio: 'ignore' }
    )
    const secret = execFileSync('gpg', ['--batch', '--armor', '--export-secret-keys'], { env, encoding: 'utf8' })
    const signing = await prepareSigning(exec, secret, tmpdir())
    const g = new Git(exec, repo.dir)
    writeFiles(repo.dir, { 'a.txt': 'two\n' })
    await g.addAll()
    const sha = await g.commit({ message: 'signed', author: AGENT, signing })
    await signing.dispose()
    const r = execFileSync('git', ['verify-commit', '--raw', sha], {
      cwd: repo.dir,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    })
    expect(r).toBe('')
    const raw = git(repo.dir, 'cat-file', 'commit', sha)
    expect(raw).toContain('-----BEGIN PGP SIGNATURE-----')
    execFileSync('gpgconf', ['--kill', 'gpg-agent'], { env })
  })

  it('refuses a signing key that is neither SSH nor OpenPGP, naming the problem', async () => {
    await expect(prepareSigning(exec, 'not a key', tmpdir())).rejects.toThrow(
      /neither an OpenSSH nor an armored OpenPGP/
    )
  })
})

describe('backup refs and worktrees', () => {
  it('keeps backups under refs/hee/backup, out of the branch list, until deleted', async () => {
    const repo = makeRepo({ 'a.txt': 'one\n' })
    const g = new Git(exec, repo.dir)
    await createBackupRef(g, '20261201T100000-abc', repo.head)
    await expect(createBackupRef(g, '20261201T100000-abc', repo.head)).rejects.toBeInstanceOf(GitError)
    expect(await listBackupRefs(g)).toEqual([
      { id: '20261201T100000-abc', ref: 'refs/hee/backup/20261201T100000-abc', sha: repo.head }
    ])
    expect(git(repo.dir, 'branch', '--list').trim()).toBe('* main')
    await deleteBackupRef(g, '20261201T100000-abc')
    expect(await listBackupRefs(g)).toEqual([])
  })

  it('works in a separate worktree without changing a byte of the main one, ignored files included', async () => {
    const repo = makeRepo({ '.gitignore': 'node_modules/\n*.log\n', 'src/a.rs': 'fn main() {}\n' })
    writeFiles(repo.dir, { 'node_modules/x/index.js': 'x', 'debug.log': 'log', 'scratch.txt': 'untracked' })
    const before = await snapshotTree(repo.dir)
    const g = new Git(exec, repo.dir)
    const wt = join(mkdtempSync(join(tmpdir(), 'hee-wt-')), 'wt')
    await g.addWorktree(wt, repo.head)
    const w = g.at(wt)
    writeFiles(wt, { 'src/a.rs': 'fn main() { println!("x"); }\n' })
    await w.addAll()
    const sha = await w.commit({ message: 'in the worktree', author: AGENT })
    await g.createBranch('hee/auto-fix/x', sha)
    expect((await g.listWorktrees()).map((t) => t.path)).toContain(wt)
    await g.removeWorktree(wt)
    expect((await g.listWorktrees()).map((t) => t.path)).not.toContain(wt)
    expect(isIdentical(compareSnapshots(before, await snapshotTree(repo.dir)))).toBe(true)
    expect(await g.symbolicHead()).toBe('refs/heads/main')
    expect(await g.headSha()).toBe(repo.head)
    expect(await g.isAncestor(repo.head, 'hee/auto-fix/x')).toBe(true)
  })
})

describe('the byte-identical tree check', () => {
  it('sees a changed byte, a changed mode, a new ignored file, a retargeted symlink and a new empty folder', async () => {
    const repo = makeRepo({ '.gitignore': '*.tmp\n', 'a.txt': 'abc\n', 'run.sh': '#!/bin/sh\n' })
    symlinkSync('a.txt', join(repo.dir, 'link'))
    const before = await snapshotTree(repo.dir)
    expect(isIdentical(compareSnapshots(before, await snapshotTree(repo.dir)))).toBe(true)
    writeFileSync(join(repo.dir, 'a.txt'), 'abd\n')
    chmodSync(join(repo.dir, 'run.sh'), 0o755)
    writeFileSync(join(repo.dir, 'cache.tmp'), '')
    rmSync(join(repo.dir, 'link'))
    symlinkSync('run.sh', join(repo.dir, 'link'))
    mkdirSync(join(repo.dir, 'empty'))
    expect(compareSnapshots(before, await snapshotTree(repo.dir))).toEqual({
      added: ['cache.tmp', 'empty'],
      removed: [],
      changed: ['a.txt', 'link', 'run.sh']
    })
  })

  it('leaves the contents of named folders unread when asked, but still sees the folder', async () => {
    const repo = makeRepo({ 'a.txt': 'a\n' })
    writeFiles(repo.dir, { 'target/debug/big': 'x' })
    const snap = await snapshotTree(repo.dir, { skipDirs: ['target'] })
    expect([...snap.keys()].sort()).toEqual(['a.txt', 'target'])
  })
})

describe('pushing with a token', () => {
  const TOKEN = 'ghs_pushTokenNeverInConfig0123456789ab'
  let server: GitHttpServer
  let root: string

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'hee-http-'))
    git(root, 'init', '-q', '--bare', '-b', 'main', join(root, 'repo.git'))
    git(join(root, 'repo.git'), 'config', 'http.receivepack', 'true')
    server = await startGitHttpServer(root, TOKEN)
  })
  afterAll(() => server.close())

  it('sends the token as an extra header for the push alone; .git/config is not written and a stale persisted header is not sent', async () => {
    const repo = makeRepo({ 'a.txt': 'one\n' })
    git(repo.dir, 'remote', 'add', 'origin', server.url('repo.git'))
    // What actions/checkout leaves with persist-credentials: true, here holding a stale token.
    const stale = Buffer.from('x-access-token:ghs_staleToken').toString('base64')
    git(repo.dir, 'config', '--local', `http.${server.origin}/.extraheader`, `AUTHORIZATION: basic ${stale}`)
    const config = readFileSync(join(repo.dir, '.git', 'config'))
    const masked: string[] = []
    seen.length = 0
    const g = new Git(exec, repo.dir, { progress: recorder })
    await push(g, {
      remote: 'origin',
      refspecs: [`${repo.head}:refs/heads/hee/auto-fix/1-pat-007`],
      token: TOKEN,
      serverUrl: server.origin,
      onSecret: (v) => masked.push(v)
    })
    expect(git(join(root, 'repo.git'), 'rev-parse', 'refs/heads/hee/auto-fix/1-pat-007').trim()).toBe(repo.head)
    expect(readFileSync(join(repo.dir, '.git', 'config')).equals(config)).toBe(true)
    const sent = server.authorizations.filter(Boolean)
    expect(sent.length).toBeGreaterThan(0)
    expect(new Set(sent)).toEqual(new Set([`basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`]))
    expect(masked).toEqual([TOKEN, Buffer.from(`x-access-token:${TOKEN}`).toString('base64')])
    expect(seen.some((l) => l.includes('git') && l.includes(' push '))).toBe(true)
    expect(seen.join('\n')).not.toContain(TOKEN)
    expect(seen.join('\n')).not.toContain(masked[1])
  })

  it('fails clearly without a token and never shows the wrong one it was given', async () => {
    const repo = makeRepo({ 'a.txt': 'one\n' })
    git(repo.dir, 'remote', 'add', 'origin', server.url('repo.git'))
    const g = new Git(exec, repo.dir)
    const err = await push(g, {
      remote: 'origin',
      refspecs: [`${repo.head}:refs/heads/x`],
      token: 'ghs_wrongToken',
      serverUrl: server.origin
    }).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(GitError)
    expect((err as GitError).message).toMatch(/^git push failed: /)
    expect(`${(err as GitError).message}${(err as GitError).stderr}`).not.toContain('ghs_wrongToken')
  })

  it('pushes to a plain bare remote without any token', async () => {
    const repo = makeRepo({ 'a.txt': 'one\n' }, { remote: true })
    await push(new Git(exec, repo.dir), { remote: 'origin', refspecs: [`${repo.head}:refs/heads/feature`] })
    expect(git(repo.remote!, 'rev-parse', 'feature').trim()).toBe(repo.head)
  })
})
