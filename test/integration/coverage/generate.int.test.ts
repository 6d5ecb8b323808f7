import { execFileSync } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createNodeExec } from '../../../packages/core/src/exec/index.js'
import { Git } from '../../../packages/core/src/git/index.js'
import {
  deliverGeneratedTests,
  generateTests,
  llmGenerator,
  propertyGenerator,
  regressionGenerator,
  renderGenerationMarkdown,
  specTablesGenerator,
  type TestGenerator
} from '../../../packages/core/src/coverage/generate/index.js'
import { createGitHubClient, createGitHubWriter } from '../../../packages/core/src/github/index.js'
import { main } from '../../../packages/cli/src/cli.js'
import { FakeRepo } from '../../support/github-api.js'
import { startLocalGitHub } from '../../support/workflow.js'
import type { CliIO } from '../../../packages/cli/src/io.js'

const ROOT = join(import.meta.dirname, '../../..')
let repo: string
let server: Server
let url: string
const requests: any[] = []
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
const write = (p: string, text: string) => {
  mkdirSync(dirname(join(repo, p)), { recursive: true })
  writeFileSync(join(repo, p), text)
}

const GRADE = `export function grade(score) {
  if (score < 0 || score > 100) throw new RangeError('score out of range')
  if (score >= 90) return 'A'
  if (score >= 75) return 'B'
  return score >= 50 ? 'C' : 'F'
}

export function unused(a, b) {
  if (a > 0 && b > 0) {
    return a + b
  }
  return 0
}

export const arrow = (x) => x * 2
`

// What the model stand-in answers: one good test, one that does not build, one flaky, one that
// adds no coverage, and one that asserts nothing.
const GOOD = `import { test } from 'node:test'
import assert from 'node:assert/strict'
import { unused } from './grade.mjs'
test('unused adds positive numbers', () => {
  assert.equal(unused(1, 2), 3)
  assert.equal(unused(0, 2), 0)
})
`
const BROKEN = `import { test } from 'node:test'
import assert from 'node:assert/strict'
import { unused } from './grade.mjs'
test('broken', () => {
  assert.equal(unused(1, 2), 3
})
`
const FLAKY = `import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { unused } from './grade.mjs'
test('flaky', () => {
  const counter = new URL('./.flaky-counter', import.meta.url)
  let n = 0
  try { n = Number(readFileSync(counter, 'utf8')) } catch {}
  writeFileSync(counter, String(n + 1))
  assert.equal(unused(5, 5), 10)
  assert.ok(n % 2 === 0, 'fails every second run')
})
`
const NO_GAIN = `import { test } from 'node:test'
import assert from 'node:assert/strict'
import { grade } from './grade.mjs'
test('grade of 95 is A', () => {
  assert.equal(grade(95), 'A')
})
`
const NOTHING = `import { test } from 'node:test'
import { unused } from './grade.mjs'
test('unused', () => {
  unused(1, 2) // TODO: assert
})
`

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'hee-gen-'))
  git('init', '-q', '-b', 'main')
  write('grade.mjs', GRADE)
  write(
    'grade.test.mjs',
    `import { test } from 'node:test'
import assert from 'node:assert/strict'
import { grade, arrow } from './grade.mjs'
test('grades the ends of the scale', () => {
  assert.equal(grade(95), 'A')
  assert.equal(grade(10), 'F')
  assert.equal(arrow(2), 4)
})
`
  )
  write(
    'spec/grading.md',
    `# Grading

REQ-12: scores map to letters as below.

| \`grade(score)\` score | expected |
| --- | --- |
| 95 | 'A' |
| 77 | 'B' |
| 55 | 'C' |

An example: \`grade(100)\` → \`'A'\` (REQ-13).
`
  )
  write('.gitignore', 'node_modules\n')
  git('add', '-A')
  git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', 'grade')
  symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'), 'dir')
  server = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      requests.push({ url: req.url, auth: req.headers.authorization, body: JSON.parse(body) })
      const fence = (s: string) => '```js\n' + s + '```\n'
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          id: 'cmpl-1',
          object: 'chat.completion',
          choices: [
            {
              index: 0,
              message: {
                role: 'assistant',
                content: [GOOD, BROKEN, FLAKY, NO_GAIN, NOTHING].map(fence).join('\nNext:\n')
              },
              finish_reason: 'stop'
            }
          ]
        })
      )
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1`
})

afterAll(() => {
  server?.close()
  rmSync(repo, { recursive: true, force: true })
})

const exec = createNodeExec()
const author = { name: 'HEE CI', email: 'hee@example.com' }

describe('test generation', () => {
  it('keeps of the model endpoint only the test that builds, passes three runs and raises coverage', async () => {
    const r = await generateTests({
      root: repo,
      target: 'grade.mjs',
      generators: [llmGenerator({ url, model: 'stand-in', apiKey: 'k-123' })],
      exec,
      git: new Git(exec, repo)
    })
    expect(requests[0]).toMatchObject({
      url: '/v1/chat/completions',
      auth: 'Bearer k-123',
      body: { model: 'stand-in' }
    })
    expect(requests[0].body.messages[1].content).toContain('export function unused')
    expect(r.funnel).toEqual({ generated: 5, asserts: 4, builds: 3, passes: 2, raises: 1, kept: 1 })
    expect(r.kept.map((k) => k.content)).toEqual([GOOD])
    expect(r.outcomes.map((o) => o.reached)).toEqual(['kept', 'asserts', 'builds', 'passes', 'generated'])
    const reasons = r.outcomes.map((o) => o.reason)
    expect(reasons[0]).toMatch(
      /^covers [1-9]\d* more line\(s\), [1-9]\d* branch outcome\(s\), 1 function\(s\) of the target$/
    )
    expect(reasons[1]).toMatch(/^does not build: /)
    expect(reasons[2]).toBe('flaky: passed, then failed on run 2 of 3')
    expect(reasons[3]).toBe('adds no coverage of the target')
    expect(reasons[4]).toBe('only a TODO, no assertion')
    // Nothing was written into the checkout, and no branch was made without being asked.
    expect(git('status', '--porcelain')).toBe('')
    expect(git('branch', '--list', 'hee/*')).toBe('')
  }, 300_000)

  it('turns spec tables and examples, observed behaviour and properties into tests, and commits the kept ones on a branch', async () => {
    const before = git('rev-parse', 'HEAD')
    const r = await generateTests({
      root: repo,
      target: 'grade.mjs',
      generators: [specTablesGenerator, regressionGenerator, propertyGenerator],
      specDir: 'spec',
      exec,
      git: new Git(exec, repo),
      deliver: { author }
    })
    const byGen = Object.fromEntries(r.outcomes.map((o) => [o.path, o]))
    const spec = r.kept.find((k) => k.generator === 'spec')!
    expect(spec.content).toContain('[[77], "B", "REQ-12", "spec/grading.md:8"]')
    expect(spec.content).toContain('REQ-13')
    expect(
      r.kept.some((k) => k.generator === 'regression' && k.content.includes('assert.deepStrictEqual(unused('))
    ).toBe(true)
    expect(r.funnel.kept).toBe(r.kept.length)
    expect(r.funnel.generated).toBeGreaterThanOrEqual(r.funnel.kept)
    for (const o of Object.values(byGen)) expect(o.reason).not.toBe('')
    // Delivered like a fix: a branch of its own with one commit on HEAD, the checkout untouched.
    expect(r.branch!.base).toBe(before)
    expect(git('rev-parse', 'HEAD')).toBe(before)
    expect(git('status', '--porcelain')).toBe('')
    expect(git('rev-parse', `${r.branch!.name}^`)).toBe(before)
    expect(git('show', '--name-only', '--format=', r.branch!.name).split('\n').sort()).toEqual(
      r.kept.map((k) => k.path).sort()
    )
    expect(git('log', '-1', '--format=%(trailers:key=HEE-Generated-Tests,valueonly)', r.branch!.name)).toBe('grade.mjs')
  }, 300_000)

  it('runs from the command line and reports the funnel', async () => {
    let out = ''
    const io: CliIO = { stdout: (t) => void (out += t), stderr: () => undefined, cwd: repo, env: {} }
    const code = await main(
      ['coverage', 'generate', '--target', 'grade.mjs', '--generators', 'regression', '--no-commit', '--format', 'md'],
      io
    )
    expect(code).toBe(0)
    expect(out).toMatch(/generated \d+ → asserts \d+ → builds \d+ → passes 3× \d+ → raises coverage \d+ → kept \d+/)
  }, 300_000)

  it('delivers the kept tests like a fix: a branch and a pull request, updated rather than duplicated', async () => {
    const bare = join(mkdtempSync(join(tmpdir(), 'hee-gen-remote-')), 'gen.git')
    execFileSync('git', ['clone', '-q', '--bare', repo, bare])
    const fake = new FakeRepo('hee-it/gen')
    fake.token = 'ghs_generatedTestsToken0123456789abcdef'
    fake.linkGit(bare)
    const gh = await startLocalGitHub({ repo: fake })
    try {
      let out = ''
      const io: CliIO = {
        stdout: (t) => void (out += t),
        stderr: () => undefined,
        cwd: repo,
        env: { GITHUB_TOKEN: fake.token, GITHUB_REPOSITORY: fake.fullName, GITHUB_API_URL: gh.origin }
      }
      const argv = ['coverage', 'generate', '--target', 'grade.mjs', '--generators', 'regression', '--pull-request']
      const code = await main([...argv, '--remote', bare, '--branch', 'hee/tests/grade-cli'], io)
      expect(code).toBe(0)
      const r = JSON.parse(out)
      expect(r.kept.length).toBeGreaterThan(0)
      expect(r.pullRequest).toMatchObject({ number: 1, branch: 'hee/tests/grade-cli', updated: false })
      expect(fake.pulls.map((p) => [p.head.ref, p.base.ref])).toEqual([['hee/tests/grade-cli', 'main']])
      const body = fake.pulls[0]!.body ?? ''
      expect(body).toMatch(
        /generated \d+ → asserts \d+ → builds \d+ → passes 3× \d+ → raises coverage \d+ → kept [1-9]/
      )
      for (const k of r.kept) expect(body).toContain(k.path)
      // The branch on the remote is the pipeline's commit: the kept tests on the checked-out HEAD.
      expect(execFileSync('git', ['rev-parse', 'hee/tests/grade-cli'], { cwd: bare, encoding: 'utf8' }).trim()).toBe(
        r.branch.sha
      )

      // The next run for the same target and base finds the open pull request by its key.
      const github = createGitHubWriter(createGitHubClient({ token: fake.token, baseUrl: gh.origin }), fake.fullName)
      const again = await deliverGeneratedTests({
        git: new Git(createNodeExec(), repo),
        github,
        result: { ...r, branch: { ...r.branch, name: 'hee/tests/grade-other-name' } },
        base: 'main',
        remote: bare
      })
      expect(again).toMatchObject({ number: 1, branch: 'hee/tests/grade-cli', updated: true })
      expect(fake.pulls).toHaveLength(1)

      // Without a token nothing is pushed and the message says what to set.
      let err = ''
      const refused = await main([...argv, '--remote', bare, '--no-commit'], {
        ...io,
        stdout: () => undefined,
        stderr: (t) => void (err += t),
        env: { GITHUB_REPOSITORY: fake.fullName }
      })
      expect(refused).not.toBe(0)
      expect(err).toContain('no token: set GITHUB_TOKEN')
    } finally {
      await gh.stop()
    }
  }, 300_000)
})

describe('generated tests and surviving mutants', () => {
  // Stryker's report of grade.mjs (test/fixtures/coverage/stryker): 19 mutants survive the one test.
  const WEAK = `import { test } from 'node:test'
import assert from 'node:assert/strict'
import { unused } from './grade.mjs'
test('unused gives something', () => {
  assert.ok(unused(1, 2) !== null)
})
`
  const KILLER = `import { test } from 'node:test'
import assert from 'node:assert/strict'
import { grade } from './grade.mjs'
test('80 is a B', () => {
  assert.equal(grade(80), 'B')
})
`
  const twoTests: TestGenerator = {
    name: 'fixed',
    generate: async () => [
      { generator: 'fixed', path: 'weak.test.mjs', content: WEAK, description: 'reaches unused' },
      { generator: 'fixed', path: 'killer.test.mjs', content: KILLER, description: 'reaches the B branch' }
    ]
  }

  it("runs the kept tests against the target's surviving mutants and ranks those that kill one first", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hee-gen-mut-'))
    try {
      for (const f of ['grade.mjs', 'grade.test.mjs'])
        cpSync(join(ROOT, 'test/fixtures/coverage/stryker', f), join(dir, f))
      const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
      g('init', '-q', '-b', 'main')
      g('add', '-A')
      g('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-qm', 'grade')
      const r = await generateTests({
        root: dir,
        target: 'grade.mjs',
        generators: [twoTests],
        mutationReports: [join(ROOT, 'test/fixtures/coverage/stryker/mutation.json')],
        exec,
        git: new Git(exec, dir),
        deliver: { author }
      })
      // Both raise coverage (unused, and the B branch), so both are kept; the filter saw the weak one first.
      expect(r.funnel).toEqual({ generated: 2, asserts: 2, builds: 2, passes: 2, raises: 2, kept: 2 })
      expect(r.kept.map((k) => k.path)).toEqual(['killer.test.mjs', 'weak.test.mjs'])
      const [killer, weak] = r.outcomes
      // grade(80) tells 'B' from the mutants `if (false) return 'B'` and `return ""`, not from `score > 75`.
      expect(killer!.kills!.map((k) => [k.line, k.mutator, k.replacement]).sort()).toEqual([
        [4, 'ConditionalExpression', 'false'],
        [4, 'StringLiteral', '""']
      ])
      expect(weak!.kills).toEqual([])
      expect(r.mutants).toEqual({ survivors: 19, tried: 19, killed: 2, stale: 0 })
      // The target is put back after the mutants, and the branch holds the tests in their rank.
      expect(readFileSync(join(dir, 'grade.mjs'), 'utf8')).toBe(
        readFileSync(join(ROOT, 'test/fixtures/coverage/stryker/grade.mjs'), 'utf8')
      )
      expect(g('show', '-s', '--format=%B', r.branch!.name)).toMatch(
        /- killer\.test\.mjs \(fixed\): .*; kills 2 surviving mutant\(s\): line 4 [\s\S]*\n- weak\.test\.mjs \(fixed\)/
      )
      expect(g('show', `${r.branch!.name}:grade.mjs`)).toBe(g('show', 'HEAD:grade.mjs'))
      expect(renderGenerationMarkdown(r)).toContain(
        'Surviving mutants of the target: 19, 19 tried against the kept tests, 2 killed. Tests that kill one come first.\n\n| Test | Generator | Outcome |\n| --- | --- | --- |\n| `killer.test.mjs` |'
      )

      // From the command line, with the built-in generators: kept tests in order of the mutants they kill.
      let out = ''
      const io: CliIO = { stdout: (t) => void (out += t), stderr: () => undefined, cwd: dir, env: {} }
      const mutation = join(ROOT, 'test/fixtures/coverage/stryker/mutation.json')
      const code = await main(
        [
          'coverage',
          'generate',
          '--target',
          'grade.mjs',
          '--generators',
          'regression',
          '--mutation',
          mutation,
          '--no-commit'
        ],
        io
      )
      expect(code).toBe(0)
      const cli = JSON.parse(out)
      expect(cli.mutants.survivors).toBe(19)
      const kills = cli.outcomes.filter((o: any) => o.kept).map((o: any) => o.kills.length)
      expect(kills.length).toBeGreaterThan(0)
      expect(kills).toEqual([...kills].sort((x: number, y: number) => y - x))
      expect(cli.mutants.killed).toBeGreaterThan(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 300_000)
})
