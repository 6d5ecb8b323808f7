import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { firstError, jsChecks, pythonChecks, rustChecks } from '../../../../packages/core/src/autofix/companions.js'

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'hee-companions-'))
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true })
    writeFileSync(join(root, p), text)
  }
  return root
}

describe('the project checks a fix must not break', () => {
  it('builds a crate with its tests, a workspace with --workspace, and every feature a member declares', () => {
    expect(rustChecks(project({ 'Cargo.toml': '[package]\nname = "a"\n' }), { build: true, format: true })).toEqual([
      'cargo test --no-run',
      'cargo fmt -- --check'
    ])
    const ws = project({
      'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
      'crates/core/Cargo.toml': '[package]\nname = "core"\n\n[features]\nextra = []\n',
      'target/debug/x/Cargo.toml': '[features]\n'
    })
    expect(rustChecks(ws, { build: true, format: true })).toEqual([
      'cargo test --no-run --workspace --all-features',
      'cargo fmt --all -- --check'
    ])
    expect(rustChecks(project({ 'package.json': '{}' }), { build: true })).toEqual([])
  })

  it('takes the JavaScript and Python checks the project installs and configures, and no others', () => {
    const js = project({
      'package.json': '{"prettier": {"semi": false}}',
      'eslint.config.js': 'export default []\n',
      'tsconfig.json': '{}',
      'node_modules/.bin/eslint': '',
      'node_modules/.bin/prettier': ''
    })
    expect(jsChecks(js, ['eslint', 'prettier', 'tsc'])).toEqual([
      'npx --no-install eslint .',
      'npx --no-install prettier --check .'
    ])
    expect(jsChecks(project({ 'eslint.config.js': '' }), ['eslint'])).toEqual([])
    const py = project({ 'pyproject.toml': '[tool.black]\nline-length = 100\n\n[tool.ruff.lint]\nselect = ["E"]\n' })
    expect(pythonChecks(py, ['black', 'ruff'])).toEqual(['black --check --quiet .', 'ruff check .'])
    expect(pythonChecks(project({ 'pyproject.toml': '[project]\nname = "x"\n' }), ['black', 'ruff'])).toEqual([])
  })

  it('names what broke: the compiler error, the eslint row with its file, relative to the repository', () => {
    expect(
      firstError(
        '   Compiling ledger v0.1.0 (/tmp/s)\nerror[E0425]: cannot find type `BTreeMap` in this scope\n  --> src/lib.rs:22:37\nerror: could not compile `ledger` (lib test)'
      )
    ).toBe('error[E0425]: cannot find type `BTreeMap` in this scope')
    expect(
      firstError(
        '\n/tmp/s/src/memo.js\n  1:1  error  Expected a block comment instead of consecutive line comments  multiline-comment-style\n\n✖ 1 problem',
        '/tmp/s'
      )
    ).toBe(
      'src/memo.js:1:1  error  Expected a block comment instead of consecutive line comments  multiline-comment-style'
    )
    expect(firstError('Checking formatting...\n[warn] src/a.js\n[warn] Code style issues found')).toBe(
      '[warn] src/a.js'
    )
    expect(firstError('something odd\nthe end')).toBe('the end')
  })
})
