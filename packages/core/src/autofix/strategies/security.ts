import { plan, type Detection, type DetectInput, type Strategy } from '../strategy.js'
import {
  advisoriesMarkdown,
  dryRunCommands,
  parseAdvisories,
  type Advisory,
  type DryRun
} from './security-advisories.js'

const DRY_RUN_MS = 120_000

/**
 * Security advisories (PAT-003): manual only. Nothing is applied; the report lists the
 * advisories, the affected packages and what the tool says would fix them, and, run in the
 * scratch tree of the failing commit, what `npm audit fix --dry-run` and `cargo update -p
 * <crate> --dry-run` say they would change (a dry run that cannot reach its registry is named
 * for a person to run, with its error).
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
      data: { report: advisoriesMarkdown(advisories), advisories }
    })
  },
  apply() {
    return Promise.resolve({ ok: false, notApplicable: true, detail: 'security fixes are applied by a person' })
  },
  async preview(ctx, p) {
    const advisories = p.data['advisories'] as Advisory[]
    const runs: DryRun[] = []
    for (const command of dryRunCommands(advisories)) {
      ctx.note(`report: what would change: ${command}`)
      const r = await ctx.sh(command, { timeoutMs: DRY_RUN_MS })
      runs.push({ command, code: r.code, output: `${r.stdout}\n${r.stderr}` })
    }
    return advisoriesMarkdown(advisories, runs)
  }
}
