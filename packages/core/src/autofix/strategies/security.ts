import { plan, type Detection, type DetectInput, type Strategy } from '../strategy.js'
import { advisoriesMarkdown, parseAdvisories } from './security-advisories.js'

/**
 * Security advisories (PAT-003): manual only. Nothing is applied; the report lists the
 * advisories, the affected packages and what the tool says would fix them.
 */
export const security: Strategy = {
  name: 'security-report',
  patterns: ['PAT-003'],
  detect(input: DetectInput): Detection {
    const advisories = parseAdvisories(input.log.lines)
    if (advisories.length === 0)
      return { reason: 'the log shows a security failure but no advisory this report can read' }
    return plan({
      check: input.command ?? '',
      fromLog: input.command !== undefined,
      data: { report: advisoriesMarkdown(advisories, '') }
    })
  },
  apply() {
    return Promise.resolve({ ok: false, notApplicable: true, detail: 'security fixes are applied by a person' })
  }
}
