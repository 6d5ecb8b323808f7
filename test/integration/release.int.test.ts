/**
 * The release script on real git repositories: one `vX.Y.Z` tag per release, the major tag
 * moved to it, versions and changelog in one commit, and every refusal leaving the repository
 * exactly as it was.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ROOT } from '../support/workflow.js'

const SCRIPT = join(ROOT, 'scripts', 'release.mjs')

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()
}

/** A repository shaped like ours: root and workspace manifests, a changelog, a check-dist script. */
function makeRepo(options: { unreleased?: string; distOk?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'hee-release-'))
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'user.name', 'Release Test')
  git(dir, 'config', 'user.email', 'release@example.invalid')
  git(dir, 'config', 'commit.gpgsign', 'false')
  git(dir, 'config', 'tag.gpgsign', 'false')
  const check = options.distOk === false ? 'node -e "process.exit(1)"' : 'node -e "process.exit(0)"'
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'app', version: '1.0.0', scripts: { 'check-dist': check } }, null, 2) + '\n'
  )
  mkdirSync(join(dir, 'packages', 'core'), { recursive: true })
  writeFileSync(
    join(dir, 'packages', 'core', 'package.json'),
    JSON.stringify({ name: '@app/core', version: '1.0.0' }, null, 2) + '\n'
  )
  const entries = options.unreleased ?? '- Something users will notice.\n'
  writeFileSync(
    join(dir, 'CHANGELOG.md'),
    `# Changelog\n\n## Unreleased\n\n${entries}\n## 1.0.0 — 2026-01-01\n\n- First.\n`
  )
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'Start')
  git(dir, 'tag', '-a', 'v1.0.0', '-m', 'v1.0.0')
  git(dir, 'tag', '-a', 'v1', '-m', 'v1')
  return dir
}

function release(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, [SCRIPT, ...args, '--repo', dir], { encoding: 'utf8' })
}

function snapshot(dir: string): string {
  return [
    git(dir, 'rev-parse', 'HEAD'),
    git(dir, 'tag', '--list', '--format=%(refname) %(objectname)'),
    git(dir, 'status', '--porcelain')
  ].join('\n')
}

describe('scripts/release.mjs', () => {
  test('tags vX.Y.Z, moves the major tag to it and bumps every manifest in one commit', () => {
    const dir = makeRepo()
    const r = release(dir, '1.1.0')
    expect(r.status, r.stderr).toBe(0)
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('Release v1.1.0')
    const head = git(dir, 'rev-parse', 'HEAD')
    expect(git(dir, 'rev-parse', 'v1.1.0^{commit}')).toBe(head)
    expect(git(dir, 'rev-parse', 'v1^{commit}')).toBe(head)
    expect(git(dir, 'rev-parse', 'v1.0.0^{commit}')).not.toBe(head)
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version).toBe('1.1.0')
    expect(JSON.parse(readFileSync(join(dir, 'packages', 'core', 'package.json'), 'utf8')).version).toBe('1.1.0')
    const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')
    expect(changelog).toMatch(/## Unreleased\n\n## 1\.1\.0 — \d{4}-\d{2}-\d{2}\n\n- Something users will notice\./)
    expect(git(dir, 'status', '--porcelain')).toBe('')
    expect(r.stdout).toContain('git push --force origin v1')
  })

  test('a dry run says what it would do and changes nothing', () => {
    const dir = makeRepo()
    const before = snapshot(dir)
    const r = release(dir, '1.1.0', '--dry-run')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('move v1 to v1.1.0')
    expect(snapshot(dir)).toBe(before)
  })

  test.each([
    ['a version that is not higher', {}, ['1.0.0'], /not higher than the current 1\.0\.0/],
    ['a malformed version', {}, ['1.1'], /give the version as X\.Y\.Z/],
    ['an empty Unreleased section', { unreleased: '' }, ['1.1.0'], /no "## Unreleased" section with entries/],
    ['a dist/ that does not match the source', { distOk: false }, ['1.1.0'], /dist\/ does not match the source/]
  ])('refuses %s and leaves the repository untouched', (_what, options, args, message) => {
    const dir = makeRepo(options)
    const before = snapshot(dir)
    const r = release(dir, ...args)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(snapshot(dir)).toBe(before)
  })

  test('refuses a dirty work tree and a branch other than main', () => {
    const dir = makeRepo()
    writeFileSync(join(dir, 'stray.txt'), 'uncommitted\n')
    expect(release(dir, '1.1.0').stderr).toMatch(/uncommitted changes/)
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'Stray')
    git(dir, 'checkout', '-q', '-b', 'feature')
    const before = snapshot(dir)
    const r = release(dir, '1.1.0')
    expect(r.stderr).toMatch(/cut from main, not from feature/)
    expect(snapshot(dir)).toBe(before)
  })
})
