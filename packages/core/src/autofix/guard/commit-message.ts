import type { GuardResult, GuardViolation } from './types.js'

const SKIP_CI: readonly RegExp[] = [
  /\[(?:skip[ -]ci|ci[ -]skip|no[ -]ci|skip[ -]actions|actions[ -]skip|skip[ -]checks?)\]/i,
  /^\s*skip-checks\s*:\s*true\s*$/i,
  /\*\*\*NO_CI\*\*\*/
]

/**
 * Refuses a fix commit message that asks CI not to run: a fix has to be proved by the CI it
 * claims to satisfy (`[skip ci]`, `[ci skip]`, `[no ci]`, `[skip actions]`, `skip-checks: true`).
 */
export function checkCommitMessage(message: string): GuardResult {
  const violations: GuardViolation[] = []
  message.split(/\r?\n/).forEach((text, i) => {
    if (SKIP_CI.some((p) => p.test(text)))
      violations.push({
        file: '(commit message)',
        line: i + 1,
        side: 'added',
        text,
        rule: 'skip-ci',
        reason: 'asks CI not to run, so nothing would prove the fix'
      })
  })
  return violations.length === 0 ? { ok: true } : { ok: false, violations }
}
