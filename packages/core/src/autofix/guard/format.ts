import type { GuardViolation } from './types.js'

/** One line per violation, `file:line: rule: reason: text`, for logs, summaries and errors. */
export function formatViolations(violations: readonly GuardViolation[]): string {
  return violations
    .map((v) => {
      const where = v.line > 0 ? `${v.file}:${v.line}` : v.file
      const text = v.text.trim()
      return `${where}: ${v.rule}: ${v.reason}${text ? `: ${text.length > 120 ? `${text.slice(0, 117)}...` : text}` : ''}`
    })
    .join('\n')
}
