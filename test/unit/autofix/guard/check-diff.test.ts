import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkDiff,
  formatViolations,
  type GuardContext,
  type GuardViolation
} from '../../../../packages/core/src/autofix/guard/index.js'
import { gitDiff, repoDiff, type Tree } from './git-diff.js'

const RUST = 'pub fn add(a: i32, b: i32) -> i32 {\n    a + b\n}\n\npub fn sub(a: i32, b: i32) -> i32 {\n    a - b\n}\n'
const JS = "import { readFileSync } from 'node:fs'\n\nexport function load(p) {\n  return readFileSync(p, 'utf8')\n}\n"
const PY = 'import os\n\n\ndef load(p):\n    return open(p).read()\n'
const TEST_JS =
  "import { expect, it } from 'vitest'\nimport { sum } from './sum.js'\n\nit('adds', () => {\n  expect(sum(1, 2)).toBe(3)\n})\n"
const YAML = 'jobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm ci\n      - run: npx eslint .\n'

/** The base file with `line` inserted before its line `at` (1-based). */
function insert(base: string, at: number, line: string): string {
  const lines = base.split('\n')
  lines.splice(at - 1, 0, line)
  return lines.join('\n')
}

function violationsOf(before: Tree, after: Tree, ctx: GuardContext = {}): GuardViolation[] {
  const r = checkDiff(gitDiff(before, after), ctx)
  return r.ok ? [] : r.violations
}

interface LineCase {
  rule: string
  path: string
  base: string
  line: string
  at: number
}

// One added line per row; the guard must name the rule and the line number in the new file.
const CAUGHT: LineCase[] = [
  { rule: 'rust-allow', path: 'src/lib.rs', base: RUST, line: '#[allow(clippy::needless_return)]', at: 1 },
  { rule: 'rust-allow', path: 'src/lib.rs', base: RUST, line: '#![allow(dead_code)]', at: 1 },
  { rule: 'rust-allow', path: 'src/lib.rs', base: RUST, line: '#[expect(unused_variables)]', at: 5 },
  { rule: 'rust-cfg-attr-allow', path: 'src/lib.rs', base: RUST, line: '#[cfg_attr(test, allow(dead_code))]', at: 5 },
  {
    rule: 'rust-cfg-attr-allow',
    path: 'src/lib.rs',
    base: RUST,
    line: '#[cfg_attr(feature = "x", rustfmt::skip)]',
    at: 5
  },
  { rule: 'rustfmt-skip', path: 'src/lib.rs', base: RUST, line: '#[rustfmt::skip]', at: 5 },
  { rule: 'rustfmt-skip', path: 'src/lib.rs', base: RUST, line: '#![rustfmt::skip]', at: 1 },
  { rule: 'rust-ignore-test', path: 'src/lib.rs', base: RUST, line: '#[ignore = "flaky"]', at: 5 },
  { rule: 'rust-ignore-test', path: 'tests/it.rs', base: RUST, line: '#[ignore]', at: 1 },
  { rule: 'test-expects-failure', path: 'tests/it.rs', base: RUST, line: '#[should_panic]', at: 1 },
  { rule: 'eslint-disable', path: 'src/load.js', base: JS, line: '/* eslint-disable */', at: 1 },
  { rule: 'eslint-disable', path: 'src/load.js', base: JS, line: '  // eslint-disable-next-line no-undef', at: 4 },
  { rule: 'eslint-disable', path: 'src/load.ts', base: JS, line: '  return x // eslint-disable-line', at: 4 },
  { rule: 'eslint-inline-config', path: 'src/load.js', base: JS, line: '/* eslint no-unused-vars: off */', at: 1 },
  { rule: 'eslint-inline-config', path: 'src/load.js', base: JS, line: '/* global window */', at: 1 },
  { rule: 'ts-ignore', path: 'src/load.ts', base: JS, line: '  // @ts-ignore', at: 4 },
  { rule: 'ts-ignore', path: 'src/load.ts', base: JS, line: '  // @ts-expect-error wrong type', at: 4 },
  { rule: 'ts-ignore', path: 'src/load.ts', base: JS, line: '// @ts-nocheck', at: 1 },
  { rule: 'prettier-ignore', path: 'src/load.js', base: JS, line: '// prettier-ignore', at: 3 },
  { rule: 'prettier-ignore', path: 'README.md', base: '# Title\n\ntext\n', line: '<!-- prettier-ignore -->', at: 3 },
  { rule: 'python-noqa', path: 'app/io.py', base: PY, line: 'import sys  # noqa: F401', at: 2 },
  { rule: 'python-noqa', path: 'app/io.py', base: PY, line: 'import sys  # NOQA', at: 2 },
  { rule: 'python-type-ignore', path: 'app/io.py', base: PY, line: 'x: int = "a"  # type: ignore[assignment]', at: 2 },
  { rule: 'python-type-ignore', path: 'app/io.py', base: PY, line: 'x = y  # pyright: ignore', at: 2 },
  { rule: 'formatter-off', path: 'app/io.py', base: PY, line: '# fmt: off', at: 2 },
  { rule: 'formatter-off', path: 'app/io.py', base: PY, line: 'x = [1,2]  # fmt: skip', at: 2 },
  { rule: 'python-linter-disable', path: 'app/io.py', base: PY, line: '# pylint: disable=unused-import', at: 2 },
  { rule: 'python-linter-disable', path: 'app/io.py', base: PY, line: '# ruff: noqa', at: 1 },
  { rule: 'coverage-exclusion', path: 'app/io.py', base: PY, line: 'if x:  # pragma: no cover', at: 5 },
  { rule: 'coverage-exclusion', path: 'src/load.js', base: JS, line: '/* c8 ignore next */', at: 3 },
  { rule: 'coverage-exclusion', path: 'src/load.js', base: JS, line: '/* istanbul ignore next */', at: 3 },
  {
    rule: 'other-linter-disable',
    path: 'run.sh',
    base: '#!/bin/sh\necho hi\n',
    line: '# shellcheck disable=SC2086',
    at: 2
  },
  { rule: 'other-linter-disable', path: 'main.go', base: 'package main\n', line: 'var x = 1 //nolint', at: 2 },
  { rule: 'test-skip', path: 'src/sum.test.js', base: TEST_JS, line: "it.skip('subtracts', () => {})", at: 4 },
  { rule: 'test-skip', path: 'src/sum.test.ts', base: TEST_JS, line: "describe.only('sum', () => {", at: 4 },
  { rule: 'test-skip', path: 'src/sum.test.ts', base: TEST_JS, line: "it.todo('later')", at: 4 },
  { rule: 'test-skip', path: 'src/sum.test.ts', base: TEST_JS, line: "test.concurrent.skip('x', () => {})", at: 4 },
  { rule: 'test-skip', path: 'src/sum.spec.js', base: TEST_JS, line: "xit('adds', () => {})", at: 4 },
  { rule: 'test-skip', path: 'src/sum.spec.js', base: TEST_JS, line: "xdescribe('all', () => {", at: 4 },
  { rule: 'test-skip', path: 'src/sum.spec.js', base: TEST_JS, line: "fit('adds', () => {})", at: 4 },
  { rule: 'test-skip', path: 'src/sum.spec.js', base: TEST_JS, line: "test('x', { skip: true }, () => {})", at: 4 },
  { rule: 'test-skip', path: 'tests/test_io.py', base: PY, line: '@pytest.mark.skip(reason="later")', at: 4 },
  { rule: 'test-skip', path: 'tests/test_io.py', base: PY, line: '@pytest.mark.xfail', at: 4 },
  { rule: 'test-skip', path: 'tests/test_io.py', base: PY, line: '@unittest.skip("x")', at: 4 },
  {
    rule: 'ci-continue-on-error',
    path: '.github/workflows/ci.yml',
    base: YAML,
    line: '    continue-on-error: true',
    at: 4
  },
  {
    rule: 'ci-ignore-exit-code',
    path: '.github/workflows/ci.yml',
    base: YAML,
    line: '      - run: cargo clippy || true',
    at: 7
  },
  {
    rule: 'ci-ignore-exit-code',
    path: 'scripts/check.sh',
    base: '#!/bin/sh\nnpm test\n',
    line: 'npm run lint || exit 0',
    at: 2
  },
  { rule: 'ci-ignore-exit-code', path: '.ci/run', base: '#!/bin/sh\nnpm test\n', line: 'npm run lint || :', at: 2 },
  { rule: 'skip-ci', path: 'notes.txt', base: 'a\n', line: 'release [skip ci]', at: 1 },
  { rule: 'reuse-ignore', path: 'src/load.js', base: JS, line: '// REUSE-IgnoreStart', at: 1 },
  {
    rule: 'lint-level-lowered',
    path: 'Makefile',
    base: 'all:\n\ttrue\n',
    line: '\tcargo clippy -- -A warnings',
    at: 2
  },
  {
    rule: 'lint-level-lowered',
    path: 'scripts/lint.sh',
    base: '#!/bin/sh\n',
    line: 'RUSTFLAGS="--cap-lints warn" cargo build',
    at: 2
  },
  {
    rule: 'lint-level-lowered',
    path: 'scripts/lint.sh',
    base: '#!/bin/sh\n',
    line: 'cargo clippy -- -Aclippy::all',
    at: 2
  },
  {
    rule: 'check-loosened',
    path: 'scripts/lint.sh',
    base: '#!/bin/sh\n',
    line: 'npx eslint --max-warnings 100 .',
    at: 2
  },
  { rule: 'check-loosened', path: 'scripts/t.sh', base: '#!/bin/sh\n', line: 'npx jest --passWithNoTests', at: 2 },
  { rule: 'check-loosened', path: 'scripts/t.sh', base: '#!/bin/sh\n', line: 'git commit --no-verify -m x', at: 2 }
]

// Lines that look close to a suppression but are ordinary code: none may be refused.
const LEFT_ALONE: Array<Omit<LineCase, 'rule'>> = [
  { path: 'src/lib.rs', base: RUST, line: '#[derive(Debug, Clone)]', at: 1 },
  { path: 'src/lib.rs', base: RUST, line: '#[inline]', at: 1 },
  { path: 'src/lib.rs', base: RUST, line: '#[must_use]', at: 1 },
  { path: 'src/lib.rs', base: RUST, line: '#[cfg(test)]', at: 5 },
  { path: 'src/lib.rs', base: RUST, line: '    let allowed = allow(1);', at: 2 },
  { path: 'src/load.js', base: JS, line: '  const fit = profit(x).split(y)', at: 4 },
  { path: 'src/load.js', base: JS, line: '  if (/x/.test(s)) exit(1)', at: 4 },
  { path: 'src/load.js', base: JS, line: '  const ok = a || true', at: 4 },
  { path: 'src/load.js', base: JS, line: '  // the eslint config lives in the repository root', at: 4 },
  { path: 'app/io.py', base: PY, line: '# the type of x is int', at: 2 },
  { path: 'app/io.py', base: PY, line: 'model.fit(data)', at: 2 },
  { path: 'src/app.css', base: 'body {}\n', line: '/* SPDX-License-Identifier: MIT */', at: 1 }
]

describe('checkDiff on added lines', () => {
  it.each(CAUGHT)('refuses $rule: "$line" in $path', ({ rule, path, base, line, at }) => {
    const vs = violationsOf({ [path]: base }, { [path]: insert(base, at, line) })
    expect(vs.map((v) => v.rule)).toContain(rule)
    const v = vs.find((x) => x.rule === rule)!
    expect(v).toMatchObject({ file: path, line: at, side: 'added', text: line })
    expect(v.reason.length).toBeGreaterThan(10)
  })

  it.each(LEFT_ALONE)('accepts "$line" in $path', ({ path, base, line, at }) => {
    expect(checkDiff(gitDiff({ [path]: base }, { [path]: insert(base, at, line) }))).toEqual({ ok: true })
  })

  it('accepts a suppression a formatter only moved or re-indented', () => {
    const before = 'export function f(a,b){\n  return g(a,b) // eslint-disable-line no-undef\n}\n'
    const after = 'export function f(a, b) {\n  return g(a, b) // eslint-disable-line no-undef\n}\n'
    expect(checkDiff(gitDiff({ 'src/f.js': before }, { 'src/f.js': after }))).toEqual({ ok: true })
  })

  it('refuses a second copy of a suppression that was already in the file', () => {
    const before = '// eslint-disable-next-line no-undef\nfoo()\nbar()\n'
    const after = '// eslint-disable-next-line no-undef\nfoo()\n// eslint-disable-next-line no-undef\nbar()\n'
    const vs = violationsOf({ 'src/f.js': before }, { 'src/f.js': after })
    expect(vs).toEqual([expect.objectContaining({ rule: 'eslint-disable', line: 3 })])
  })

  it('accepts removing a suppression', () => {
    const before = '#[allow(dead_code)]\nfn unused() {}\nfn main() { unused() }\n'
    expect(
      checkDiff(gitDiff({ 'src/main.rs': before }, { 'src/main.rs': before.replace('#[allow(dead_code)]\n', '') }))
    ).toEqual({ ok: true })
  })

  it('accepts what clippy --fix and rustfmt really change', () => {
    const before =
      'pub fn f(v: &Vec<i32>) -> i32 {\n    let x = v.len() as i32;\n    return x;\n}\n#[test]\nfn t() { assert_eq!(f(&vec![1]), 1); assert_eq!(true, f(&vec![]) == 0); }\n'
    const after =
      'pub fn f(v: &[i32]) -> i32 {\n    let x = v.len() as i32;\n    x\n}\n#[test]\nfn t() {\n    assert_eq!(f(&vec![1]), 1);\n    assert!(f(&vec![]) == 0);\n}\n'
    expect(checkDiff(gitDiff({ 'src/lib.rs': before }, { 'src/lib.rs': after }))).toEqual({ ok: true })
  })
})

describe('checkDiff on tests and snapshots', () => {
  it('refuses a deleted test and names the removed line', () => {
    const before = TEST_JS + "\nit('subtracts', () => {\n  expect(sum(3, -1)).toBe(2)\n})\n"
    const vs = violationsOf({ 'src/sum.test.js': before }, { 'src/sum.test.js': TEST_JS })
    expect(vs).toContainEqual(
      expect.objectContaining({ rule: 'test-removed', side: 'removed', line: 8, text: "it('subtracts', () => {" })
    )
    expect(vs).toContainEqual(expect.objectContaining({ rule: 'assertion-removed', line: 9 }))
  })

  it('refuses a Rust test function removed together with its #[test] attribute', () => {
    const before = RUST + '\n#[test]\nfn adds() {\n    assert_eq!(add(1, 2), 3);\n}\n'
    const vs = violationsOf({ 'src/lib.rs': before }, { 'src/lib.rs': RUST })
    expect(vs.map((v) => v.rule)).toEqual(expect.arrayContaining(['test-removed', 'assertion-removed']))
  })

  it('refuses an emptied test body (its assertion gone) while the test stays', () => {
    const vs = violationsOf(
      { 'src/sum.test.js': TEST_JS },
      { 'src/sum.test.js': TEST_JS.replace('  expect(sum(1, 2)).toBe(3)\n', '') }
    )
    expect(vs).toEqual([expect.objectContaining({ rule: 'assertion-removed', line: 5, side: 'removed' })])
  })

  it('refuses a removed Python assert and a removed pytest test', () => {
    const before = 'def test_load():\n    assert load("x") == "y"\n\n\ndef test_other():\n    assert True\n'
    const vs = violationsOf({ 'tests/test_io.py': before }, { 'tests/test_io.py': 'def test_load():\n    pass\n' })
    expect(vs.map((v) => v.rule)).toEqual(expect.arrayContaining(['test-removed', 'assertion-removed']))
  })

  it('accepts an assertion rewritten in place', () => {
    const after = TEST_JS.replace('expect(sum(1, 2)).toBe(3)', 'expect(sum(1, 2)).toStrictEqual(3)')
    expect(checkDiff(gitDiff({ 'src/sum.test.js': TEST_JS }, { 'src/sum.test.js': after }))).toEqual({ ok: true })
  })

  const SNAP =
    '// Vitest Snapshot v1, https://vitest.dev/guide/snapshot.html\n\nexports[`card > renders 1`] = `"<b>a</b>"`;\n\nexports[`card > renders old 1`] = `"x"`;\n'

  it('accepts an updated snapshot entry', () => {
    const after = SNAP.replace('"<b>a</b>"', '"<b>b</b>"')
    expect(
      checkDiff(
        gitDiff({ 'src/__snapshots__/card.test.ts.snap': SNAP }, { 'src/__snapshots__/card.test.ts.snap': after })
      )
    ).toEqual({ ok: true })
  })

  it('refuses a snapshot entry removed unless it is the obsolete one being updated', () => {
    const path = 'src/__snapshots__/card.test.ts.snap'
    const after = SNAP.replace('\nexports[`card > renders old 1`] = `"x"`;\n', '')
    const vs = violationsOf({ [path]: SNAP }, { [path]: after })
    expect(vs).toEqual([expect.objectContaining({ rule: 'snapshot-deleted', file: path, line: 5 })])
    expect(
      violationsOf({ [path]: SNAP }, { [path]: after }, { allowSnapshotUpdate: ['card > renders old 1'] })
    ).toEqual([])
    expect(
      violationsOf({ [path]: SNAP }, { [path]: after }, { allowSnapshotUpdate: [`${path}::card > renders old 1`] })
    ).toEqual([])
    expect(
      violationsOf({ [path]: SNAP }, { [path]: after }, { allowSnapshotUpdate: ['other.snap::card > renders old 1'] })
    ).toHaveLength(1)
  })

  it('refuses a deleted snapshot file, and an insta snapshot file whatever it holds', () => {
    const vs = violationsOf(
      { 'src/__snapshots__/card.test.ts.snap': SNAP },
      { 'src/__snapshots__/card.test.ts.snap': null }
    )
    expect(vs.map((v) => v.rule)).toEqual(['snapshot-deleted', 'snapshot-deleted'])
    const insta = '---\nsource: src/lib.rs\nexpression: out\n---\nhello\n'
    const vi = violationsOf({ 'src/snapshots/app__render.snap': insta }, { 'src/snapshots/app__render.snap': null })
    expect(vi).toEqual([expect.objectContaining({ rule: 'snapshot-deleted', line: 0, side: 'file' })])
  })
})

describe('checkDiff on files', () => {
  it('refuses a deleted file, a moved file and an emptied file', () => {
    expect(violationsOf({ 'src/a.rs': RUST }, { 'src/a.rs': null })).toEqual([
      expect.objectContaining({ rule: 'file-deleted', file: 'src/a.rs', line: 0 })
    ])
    const moved = checkDiff(repoDiff({ 'tests/a.rs': RUST }, { 'tests/a.rs': null, 'tests/b.rs': RUST }, ['-M']))
    expect(moved.ok ? [] : moved.violations).toEqual([
      expect.objectContaining({ rule: 'file-deleted', file: 'tests/a.rs' })
    ])
    expect(violationsOf({ 'src/a.py': PY }, { 'src/a.py': '' }).map((v) => v.rule)).toContain('file-emptied')
  })

  it('accepts a deletion the context allows, and a binary file that changed', () => {
    expect(violationsOf({ 'a.txt': 'x\n' }, { 'a.txt': null }, { allowDeletedFiles: ['a.txt'] })).toEqual([])
    expect(violationsOf({ 'logo.bin': 'a\0b' }, { 'logo.bin': 'a\0c' })).toEqual([])
  })
})

describe('checkDiff on check configuration', () => {
  it.each([
    [
      'eslint.config.js',
      "export default [{ rules: { 'no-unused-vars': 'error' } }]\n",
      "export default [{ rules: { 'no-unused-vars': 'warn' } }]\n",
      'check-loosened'
    ],
    ['.eslintrc.json', '{ "rules": { "eqeqeq": "error" } }\n', '{ "rules": { "eqeqeq": "off" } }\n', 'check-loosened'],
    [
      'vitest.config.ts',
      'export default { test: { coverage: { thresholds: { lines: 90 } } } }\n',
      'export default { test: { coverage: { thresholds: { lines: 70 } } } }\n',
      'check-loosened'
    ],
    ['.nycrc.json', '{ "branches": 80 }\n', '{ "branches": 50 }\n', 'check-loosened'],
    [
      'pyproject.toml',
      '[tool.coverage.report]\nfail_under = 90\n',
      '[tool.coverage.report]\nfail_under = 60\n',
      'check-loosened'
    ],
    ['clippy.toml', 'cognitive-complexity-threshold = 10\n', 'cognitive-complexity-threshold = 40\n', 'config-changed'],
    ['clippy.toml', 'too-many-arguments-threshold = 5\n', 'too-many-arguments-threshold = 9\n', 'config-changed'],
    ['rustfmt.toml', 'max_width = 100\n', 'max_width = 200\n', 'check-loosened'],
    [
      'Cargo.toml',
      '[package]\nname = "a"\n\n[lints.clippy]\nall = "deny"\n',
      '[package]\nname = "a"\n\n[lints.clippy]\nall = "warn"\n',
      'check-loosened'
    ],
    [
      'tsconfig.json',
      '{ "compilerOptions": { "strict": true } }\n',
      '{ "compilerOptions": { "strict": false } }\n',
      'config-changed'
    ],
    ['.prettierignore', 'dist/\n', 'dist/\nsrc/\n', 'config-changed'],
    ['setup.cfg', '[flake8]\nmax-line-length = 88\n', '[flake8]\nmax-line-length = 120\n', 'check-loosened'],
    [
      'package.json',
      '{ "scripts": { "lint": "eslint ." } }\n',
      '{ "scripts": { "lint": "eslint src" } }\n',
      'config-changed'
    ],
    [
      'jest.config.js',
      'module.exports = { coverageThreshold: { global: { lines: 80 } } }\n',
      'module.exports = {}\n',
      'config-changed'
    ],
    ['.github/workflows/ci.yml', YAML, YAML.replace('npx eslint .', 'npx eslint src'), 'config-changed'],
    ['.cargo/config.toml', '[build]\n', '[build]\nrustflags = ["-W", "warnings"]\n', 'config-changed'],
    ['REUSE.toml', 'version = 1\n', 'version = 1\n\n[[annotations]]\npath = "**"\n', 'config-changed']
  ])('refuses a change to %s (%s)', (path, before, after, rule) => {
    const vs = violationsOf({ [path]: before }, { [path]: after })
    expect(vs.map((v) => v.rule)).toContain(rule)
    expect(vs.every((v) => v.file === path)).toBe(true)
  })

  it('refuses -D warnings taken out of a CI step and #![deny] turned into #![warn]', () => {
    const after = YAML.replace('npx eslint .', 'cargo clippy')
    const before = YAML.replace('npx eslint .', 'cargo clippy -- -D warnings')
    expect(violationsOf({ 'ci.sh': before }, { 'ci.sh': after })).toEqual([
      expect.objectContaining({ rule: 'strictness-removed', side: 'removed', line: 6 })
    ])
    const rs = violationsOf(
      { 'src/lib.rs': '#![deny(clippy::pedantic)]\n' + RUST },
      { 'src/lib.rs': '#![warn(clippy::pedantic)]\n' + RUST }
    )
    expect(rs.map((v) => v.rule)).toContain('check-loosened')
  })

  it('accepts a license header added to config files and workflows', () => {
    const before = {
      '.github/workflows/ci.yml': YAML,
      'eslint.config.js': 'export default []\n',
      'Cargo.toml': '[package]\nname = "a"\n'
    }
    const after = {
      '.github/workflows/ci.yml': '# SPDX-FileCopyrightText: 2024 Ada\n#\n# SPDX-License-Identifier: MIT\n\n' + YAML,
      'eslint.config.js': '// SPDX-FileCopyrightText: 2024 Ada\n// SPDX-License-Identifier: MIT\n\nexport default []\n',
      'Cargo.toml': '# SPDX-FileCopyrightText: 2024 Ada\n# SPDX-License-Identifier: MIT\n[package]\nname = "a"\n'
    }
    expect(checkDiff(gitDiff(before, after))).toEqual({ ok: true })
  })

  it('accepts a config change the context names', () => {
    const before = { 'package.json': '{\n  "name": "a"\n}\n' }
    const after = { 'package.json': '{\n  "name": "a",\n  "license": "MIT"\n}\n' }
    expect(violationsOf(before, after)).not.toEqual([])
    expect(violationsOf(before, after, { allowConfigChange: ['package.json'] })).toEqual([])
  })
})

describe('checkDiff on license header fixes', () => {
  it('refuses a header fix that drops a copyright line and names it', () => {
    const before = '# Copyright 2019 Ada Lovelace\nimport os\n'
    const after = '# SPDX-FileCopyrightText: 2024 Ada\n# SPDX-License-Identifier: MIT\nimport os\n'
    expect(violationsOf({ 'a.py': before }, { 'a.py': after })).toEqual([
      expect.objectContaining({
        rule: 'header-text-lost',
        line: 1,
        side: 'removed',
        text: '# Copyright 2019 Ada Lovelace'
      })
    ])
  })

  it('accepts a header fix beside code a formatter rewrapped in the same file: code is not header text', () => {
    const before =
      '//! One line.\n\npub fn new(label: &str) -> Self {\n    Entry { label: label.to_string(), cents: 0 }\n}\n'
    const after =
      '// SPDX-FileCopyrightText: 2026 Ada\n// SPDX-License-Identifier: MIT\n//! One line.\n\npub fn new(label: &str) -> Self {\n    Entry {\n        label: label.to_string(),\n        cents: 0,\n    }\n}\n'
    expect(violationsOf({ 'src/a.rs': before }, { 'src/a.rs': after })).toEqual([])
  })

  it('accepts a header fix that keeps the existing comment and only adds SPDX lines', () => {
    const before = '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# Copyright 2019 Ada Lovelace\nimport os\n'
    const after =
      '#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# SPDX-FileCopyrightText: 2019 Ada Lovelace\n# SPDX-License-Identifier: MIT\n# Copyright 2019 Ada Lovelace\nimport os\n'
    expect(checkDiff(gitDiff({ 'a.py': before }, { 'a.py': after }))).toEqual({ ok: true })
  })
})

describe('formatViolations', () => {
  it('prints one line per violation with file, line and rule', () => {
    const vs = violationsOf({ 'src/lib.rs': RUST }, { 'src/lib.rs': '#[allow(dead_code)]\n' + RUST })
    expect(formatViolations(vs)).toBe(
      'src/lib.rs:1: rust-allow: allows a Rust or clippy lint instead of fixing the code it points at: #[allow(dead_code)]'
    )
  })
})

// ---- properties --------------------------------------------------------------------------------

const COMMENT_SYNTAX: Record<string, [string, string]> = {
  'src/lib.rs': ['// ', ''],
  'src/a.ts': ['// ', ''],
  'src/a.js': ['/* ', ' */'],
  'app/a.py': ['# ', ''],
  'run.sh': ['# ', ''],
  'style.css': ['/* ', ' */'],
  'index.html': ['<!-- ', ' -->'],
  'ci.yml': ['# ', ''],
  'Cargo.toml': ['# ', ''],
  'package.json': ['', '']
}
const PATHS = Object.keys(COMMENT_SYNTAX)
const SUPPRESSIONS = [
  'eslint-disable-next-line',
  'eslint-disable',
  '@ts-ignore',
  '@ts-expect-error',
  '@ts-nocheck',
  'prettier-ignore',
  '# noqa',
  '# noqa: E501',
  '# type: ignore',
  '# fmt: off',
  '# pylint: disable=all',
  'pragma: no cover',
  '#[allow(clippy::all)]',
  '#![allow(warnings)]',
  '#[rustfmt::skip]',
  '#[ignore]',
  'continue-on-error: true',
  '[skip ci]',
  'REUSE-IgnoreStart',
  '--cap-lints allow',
  '--passWithNoTests',
  '--no-verify'
]
const lineText = fc.string({ unit: fc.constantFrom(...'abcxyz019 _-=;:.,(){}[]"\'`/#*<>!?'.split('')), maxLength: 30 })

/** A diff that adds `lines` to a file of `context` lines at `at`. */
function addingDiff(path: string, context: string[], at: number, lines: string[]): string {
  const before = context.slice(0, at)
  const after = context.slice(at)
  const body = [...before.map((l) => ` ${l}`), ...lines.map((l) => `+${l}`), ...after.map((l) => ` ${l}`)]
  return `diff --git a/${path} b/${path}\nindex 1111111..2222222 100644\n--- a/${path}\n+++ b/${path}\n@@ -1,${context.length} +1,${context.length + lines.length} @@\n${body.join('\n')}\n`
}

describe('checkDiff properties', () => {
  it('passes any diff that only adds SPDX header lines in the file type’s comment syntax', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATHS),
        fc.array(lineText, { maxLength: 6 }),
        fc.array(
          fc.oneof(
            fc.constant('FileCopyrightText: 2024 Jane Doe <jane@example.com>'),
            fc.constantFrom('License-Identifier: MIT', 'License-Identifier: Apache-2.0 OR MIT', 'FileContributor: Ada')
          ),
          { minLength: 1, maxLength: 4 }
        ),
        fc.nat(),
        fc.boolean(),
        (path, context, spdx, pos, blank) => {
          const [open, close] = COMMENT_SYNTAX[path]!
          const lines = spdx.map((s) => `${open}SPDX-${s}${close}`)
          if (blank) lines.push('')
          const at = context.length === 0 ? 0 : pos % (context.length + 1)
          expect(checkDiff(addingDiff(path, context, at, lines))).toEqual({ ok: true })
        }
      ),
      { numRuns: 300 }
    )
  })

  it('catches a suppression comment added anywhere in an added line, naming that line', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATHS),
        fc.array(lineText, { maxLength: 6 }),
        fc.array(lineText, { maxLength: 3 }),
        lineText,
        lineText,
        fc.constantFrom(...SUPPRESSIONS),
        fc.nat(),
        (path, context, others, prefix, suffix, token, pos) => {
          const at = context.length === 0 ? 0 : pos % (context.length + 1)
          const k = others.length === 0 ? 0 : pos % (others.length + 1)
          const added = [...others.slice(0, k), `${prefix} ${token} ${suffix}`, ...others.slice(k)]
          const r = checkDiff(addingDiff(path, context, at, added))
          expect(r.ok).toBe(false)
          if (!r.ok) expect(r.violations.map((v) => v.line)).toContain(at + k + 1)
        }
      ),
      { numRuns: 400 }
    )
  })
})
