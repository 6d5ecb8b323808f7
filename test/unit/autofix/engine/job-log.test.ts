import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readJobLog, repoPath } from '../../../../packages/core/src/autofix/job-log.js'

const ts = (lines: string[]): string =>
  lines.map((l, i) => `2026-12-01T10:00:${String(i).padStart(2, '0')}.1230000Z ${l}`).join('\n')

describe('readJobLog', () => {
  it('cuts a GitHub Actions job log to the failing step and reads its script', () => {
    const log = ts([
      '##[group]Run actions/checkout@v4',
      'with:',
      '  repository: example/cart',
      '##[endgroup]',
      '##[group]Run npm ci',
      'npm ci',
      'shell: /usr/bin/bash -e {0}',
      '##[endgroup]',
      'added 120 packages in 3s',
      '##[group]Run npx eslint src',
      'npx eslint src',
      'shell: /usr/bin/bash -e {0}',
      '##[endgroup]',
      '/home/runner/work/cart/cart/src/cart.js',
      '  12:5  error  Unexpected var, use let or const instead  no-var',
      '##[error]Process completed with exit code 1.',
      'Post job cleanup.'
    ])
    const r = readJobLog(log)
    expect(r.gha).toBe(true)
    expect(r.command).toBe('npx eslint src')
    expect(r.exitCode).toBe(1)
    expect(r.lines).toEqual([
      '/home/runner/work/cart/cart/src/cart.js',
      '  12:5  error  Unexpected var, use let or const instead  no-var'
    ])
  })

  it('keeps every line of a multi-line script and stops at shell:', () => {
    const r = readJobLog(
      ts([
        '##[group]Run cd app',
        'cd app',
        'cargo fmt --check',
        'shell: /usr/bin/bash -e {0}',
        'env:',
        '  X: 1',
        '##[endgroup]',
        'Diff in /x/src/lib.rs:2:',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(r.command).toBe('cd app\ncargo fmt --check')
    expect(r.lines).toEqual(['Diff in /x/src/lib.rs:2:'])
  })

  it('takes raw tool output whole, colour removed, with no command', () => {
    const r = readJobLog('\x1b[31m-pub struct A;\x1b(B\x1b[m\nDiff in /tmp/x/src/lib.rs:2:\n')
    expect(r.gha).toBe(false)
    expect(r.command).toBeUndefined()
    expect(r.lines[0]).toBe('-pub struct A;')
  })

  it('has no command when the failing step is an action', () => {
    const r = readJobLog(
      ts([
        '##[group]Run fsfe/reuse-action@v4',
        'with:',
        '  args: lint',
        '##[endgroup]',
        'x',
        '##[error]Process completed with exit code 1.'
      ])
    )
    expect(r.command).toBeUndefined()
    expect(r.lines).toEqual(['x'])
  })
})

describe('repoPath', () => {
  const root = mkdtempSync(join(tmpdir(), 'hee-repopath-'))
  mkdirSync(join(root, 'src'))
  writeFileSync(join(root, 'src', 'cart.js'), '')
  it('maps the runner path of a file to the repository path', () => {
    expect(repoPath(root, '/home/runner/work/cart/cart/src/cart.js')).toBe('src/cart.js')
    expect(repoPath(root, `${root}/src/cart.js`)).toBe('src/cart.js')
    expect(repoPath(root, './src/cart.js')).toBe('src/cart.js')
  })
  it('names nothing for a path outside the repository or missing', () => {
    expect(repoPath(root, '../etc/passwd')).toBeUndefined()
    expect(repoPath(root, '/home/runner/work/cart/cart/src/gone.js')).toBeUndefined()
  })
})
