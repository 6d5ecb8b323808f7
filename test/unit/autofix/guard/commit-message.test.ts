import { describe, expect, it } from 'vitest'
import { checkCommitMessage } from '../../../../packages/core/src/autofix/guard/commit-message.js'

describe('checkCommitMessage', () => {
  it.each([
    'Fix clippy warnings [skip ci]',
    'Fix lint [ci skip]',
    'Format [no ci]',
    'Format [skip actions]',
    'Format [actions skip]',
    'Fix\n\nskip-checks: true',
    'Fix ***NO_CI***',
    'fix [SKIP CI]'
  ])('refuses %j and names the line', (message) => {
    const r = checkCommitMessage(message)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.violations).toHaveLength(1)
      expect(r.violations[0]).toMatchObject({ rule: 'skip-ci', file: '(commit message)' })
      expect(message.split('\n')[r.violations[0]!.line - 1]).toBe(r.violations[0]!.text)
    }
  })

  it.each([
    'Fix clippy::needless_return in src/lib.rs',
    'Explain how to skip CI in the README',
    'Fix\n\nHee-Auto-Fix: PAT-007'
  ])('accepts %j', (message) => {
    expect(checkCommitMessage(message)).toEqual({ ok: true })
  })
})
