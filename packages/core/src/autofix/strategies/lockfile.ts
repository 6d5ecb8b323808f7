import { shellLine } from '../command.js'
import { plan, type Detection, type DetectInput, type Strategy } from '../strategy.js'
import { lockfileDrift } from './lockfile-drift.js'

const INSTALLERS = new Set(['npm', 'pnpm', 'yarn', 'cargo'])

/**
 * A lockfile out of sync with its manifest (PAT-006): the package manager regenerates only the
 * lockfile (no install scripts), proved by the failing install or build command. An agent-review
 * row: always delivered as a pull request.
 */
export const lockfile: Strategy = {
  name: 'lockfile',
  patterns: ['PAT-006'],
  detect(input: DetectInput): Detection {
    const drift = lockfileDrift(input.log.lines)
    if (!drift) return undefined
    if (
      input.command !== undefined &&
      !input.invocations.some((i) => i.tool === drift.manager || INSTALLERS.has(i.tool))
    )
      return undefined
    const check =
      input.command ??
      (drift.manager === 'cargo'
        ? 'cargo metadata --locked --offline --format-version 1 >/dev/null'
        : drift.manager === 'npm'
          ? shellLine(['npm', 'ci', '--ignore-scripts', '--no-audit', '--no-fund'])
          : drift.manager === 'pnpm'
            ? shellLine(['pnpm', 'install', '--frozen-lockfile', '--ignore-scripts'])
            : shellLine(['yarn', 'install', '--frozen-lockfile', '--ignore-scripts']))
    return plan({
      check,
      fromLog: input.command !== undefined,
      data: { regenerate: drift.regenerate, lockfile: drift.lockfile, evidence: drift.evidence }
    })
  },
  async apply(ctx, p) {
    const [cmd, ...args] = p.data['regenerate'] as string[]
    const r = await ctx.run(cmd!, args)
    if (r.notFound) return { ok: false, detail: `${cmd} is not installed` }
    return { ok: r.code === 0, detail: `${shellLine([cmd!, ...args])} exited ${r.code}` }
  }
}
