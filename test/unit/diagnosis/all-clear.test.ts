import { describe, expect, it } from 'vitest'
import { isAllClear } from '../../../packages/core/src/diagnosis/locator.js'

describe('isAllClear', () => {
  it('reads a zero count or a clean verdict as a clean result', () => {
    for (const line of ['0 failed', 'errors: 0', 'No vulnerabilities found', 'All checks passed!'])
      expect(isAllClear(line), line).toBe(true)
  })

  it('reads no clean result where the same line counts a failure, before or after its label', () => {
    for (const line of [
      '1 failed, 0 errors',
      'OK: 2 SKIPPED: 0 FAILED: 1',
      'errors: 0, invalid: 1',
      'Some tests did not pass: 1 passed, 0 failed, 1 errored, 0 broken.'
    ])
      expect(isAllClear(line), line).toBe(false)
  })
})
