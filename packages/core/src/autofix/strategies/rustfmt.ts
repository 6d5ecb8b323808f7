import { shellLine } from '../command.js'
import { rustChecks } from '../companions.js'
import { findInvocation, isCargoWorkspace, plan, type Detection, type DetectInput, type Strategy } from '../strategy.js'
import { repoPath } from '../job-log.js'

/** rustfmt's `--check` output: `Diff in /path/src/lib.rs:12:` (or `… at line 12:`). */
const DIFF_IN = /^Diff in (.+?\.rs)(?::\d+:| at line \d+:)\s*$/

/** Formatting drift (PAT-007): `cargo fmt`, proved by the failing `cargo fmt --check`. */
export const rustfmt: Strategy = {
  name: 'rustfmt',
  patterns: ['PAT-007'],
  detect(input: DetectInput): Detection {
    const cargo = findInvocation(input, 'cargo', 'fmt')
    const direct = findInvocation(input, 'rustfmt')
    if (input.command !== undefined && !cargo && !direct) return undefined
    const files = [
      ...new Set(
        input.log.lines.flatMap((l) => {
          const m = DIFF_IN.exec(l.trim())
          const p = m ? repoPath(input.root, m[1]!) : undefined
          return p ? [p] : []
        })
      )
    ]
    if (files.length === 0) return undefined
    const workspace = isCargoWorkspace(input.root)
    if (direct) {
      const fixArgs = direct.args.filter((a) => a !== '--check')
      return plan({
        check: input.command!,
        fromLog: true,
        companions: rustChecks(input.root, { build: true }),
        data: { fix: ['rustfmt', ...fixArgs], files }
      })
    }
    const all = workspace || (cargo?.args.includes('--all') ?? false)
    const sel = cargo
      ? cargo.args
          .slice(1, cargo.args.includes('--') ? cargo.args.indexOf('--') : undefined)
          .filter((a) => a !== '--check')
      : []
    if (all && !sel.includes('--all')) sel.push('--all')
    const check = cargo ? input.command! : shellLine(['cargo', 'fmt', ...(all ? ['--all'] : []), '--', '--check'])
    return plan({
      check,
      fromLog: cargo !== undefined,
      companions: rustChecks(input.root, { build: true }),
      data: { fix: ['cargo', 'fmt', ...sel], files }
    })
  },
  async apply(ctx, p) {
    const [cmd, ...args] = p.data['fix'] as string[]
    const r = await ctx.run(cmd!, args)
    if (r.notFound) return { ok: false, detail: `${cmd} is not installed` }
    return { ok: r.code === 0, detail: `${shellLine([cmd!, ...args])} exited ${r.code}` }
  }
}
