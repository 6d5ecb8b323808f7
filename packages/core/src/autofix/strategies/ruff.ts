import { shellLine } from '../command.js'
import { pythonChecks } from '../companions.js'
import { findInvocation, plan, type Detection, type DetectInput, type Strategy } from '../strategy.js'

const LINT_SUMMARY = /^Found \d+ errors?\.|\[\*\] \d+ fixable with the `--fix` option/
const FORMAT_SUMMARY = /^Would reformat: |^\d+ files? would be reformatted/

/** Python lint and format (PAT-007): `ruff check --fix` / `ruff format` where installed, proved by the failing ruff run. */
export const ruff: Strategy = {
  name: 'ruff',
  patterns: ['PAT-007'],
  detect(input: DetectInput): Detection {
    const inv = findInvocation(input, 'ruff')
    if (!inv) return undefined // ruff's output alone does not say which of its checks ran
    const lines = input.log.lines.map((l) => l.trim())
    const sub = inv.args[0] === 'format' ? 'format' : 'check'
    if (sub === 'check' && !lines.some((l) => LINT_SUMMARY.test(l))) return undefined
    if (sub === 'format' && !lines.some((l) => FORMAT_SUMMARY.test(l))) return undefined
    const rest = inv.args
      .slice(inv.args[0] === 'check' || inv.args[0] === 'format' ? 1 : 0)
      .filter((a) => a !== '--check' && a !== '--diff' && a !== '--fix')
    const fix = sub === 'format' ? ['format', ...rest] : ['check', '--fix', ...rest]
    return plan({
      check: input.command!,
      fromLog: true,
      needsDependencies: true,
      companions: sub === 'check' ? pythonChecks(input.root, ['black']) : pythonChecks(input.root, ['ruff']),
      data: { fix }
    })
  },
  async apply(ctx, p) {
    const args = p.data['fix'] as string[]
    const r = await ctx.run('ruff', args)
    if (r.notFound) return { ok: false, detail: 'ruff is not installed' }
    return { ok: true, detail: shellLine(['ruff', ...args]) }
  }
}
