import { describe, expect, it } from 'vitest'
import { lockfileDrift } from '../../../../packages/core/src/autofix/strategies/lockfile-drift.js'

describe('lockfileDrift', () => {
  it.each([
    [
      'npm',
      'npm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.',
      'package-lock.json'
    ],
    ['npm', 'npm ERR! Missing: ms@2.1.3 from lock file', 'package-lock.json'],
    [
      'cargo',
      'error: the lock file /home/runner/work/a/a/Cargo.lock needs to be updated but --locked was passed to prevent this',
      'Cargo.lock'
    ],
    [
      'cargo',
      'error: cannot update the lock file /tmp/x/Cargo.lock because --locked was passed to prevent this',
      'Cargo.lock'
    ],
    [
      'pnpm',
      ' ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with package.json',
      'pnpm-lock.yaml'
    ],
    ['yarn', 'error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.', 'yarn.lock']
  ])('recognises %s: %s', (manager, line, lockfile) => {
    expect(lockfileDrift(['Run npm ci', line, '##[error]Process completed with exit code 1.'])).toMatchObject({
      manager,
      lockfile,
      evidence: line.trim()
    })
  })

  it('regenerates npm and Cargo lockfiles without scripts or network', () => {
    expect(lockfileDrift(['npm ERR! Missing: a@1 from lock file'])!.regenerate).toEqual([
      'npm',
      'install',
      '--package-lock-only',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund'
    ])
    expect(
      lockfileDrift(['error: the lock file Cargo.lock needs to be updated but --locked was passed'])!.regenerate
    ).toEqual(['cargo', 'update', '--workspace', '--offline'])
  })

  it('sees nothing in an ordinary install failure', () => {
    expect(
      lockfileDrift(['npm error code E404', 'npm error 404 Not Found - GET https://registry.example/nope'])
    ).toBeUndefined()
  })
})
