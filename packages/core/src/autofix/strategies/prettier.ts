import { shellLine } from '../command.js'
import { repoPath } from '../job-log.js'
import { findInvocation, jsCompanion, plan, type Detection, type DetectInput, type Strategy } from '../strategy.js'

const WARN_FILE = /^\[warn\] (.+?)\s*$/
const SUMMARY = /Code style issues (?:found|were found)|Forgot to run Prettier\?/
const PARSE_ERROR = /^\[error\] (.+?): (?:SyntaxError|Error): /
const CHECK_FLAGS = new Set(['--check', '-c', '--list-different', '-l'])

/** Formatting drift (PAT-007): `prettier --write` on the files the check named, proved by the check. */
export const prettier: Strategy = {
  name: 'prettier',
  patterns: ['PAT-007'],
  detect(input: DetectInput): Detection {
    const inv = findInvocation(input, 'prettier')
    if (input.command !== undefined && !inv) return undefined
    if (inv && !inv.args.some((a) => CHECK_FLAGS.has(a))) return undefined
    const lines = input.log.lines.map((l) => l.trim())
    if (!inv && !lines.some((l) => SUMMARY.test(l))) return undefined
    const broken = lines.map((l) => PARSE_ERROR.exec(l)).find((m) => m)
    if (broken) return { reason: `prettier cannot parse ${broken[1]}: a format cannot make the check pass` }
    const files = new Set<string>()
    for (const l of lines) {
      const m = WARN_FILE.exec(l)
      if (!m || SUMMARY.test(l)) continue
      const p = repoPath(input.root, m[1]!)
      if (p) files.add(p)
    }
    // --list-different prints bare paths
    if (inv && inv.args.some((a) => a === '-l' || a === '--list-different'))
      for (const l of lines) {
        const p = /^[^\s[]\S*$/.test(l) ? repoPath(input.root, l) : undefined
        if (p) files.add(p)
      }
    const named = [...files]
    if (named.length === 0 && !inv) return { reason: 'the prettier output names no file of this repository' }
    const fix = named.length > 0 ? ['--write', ...named] : [...inv!.args.filter((a) => !CHECK_FLAGS.has(a)), '--write']
    const check = inv ? input.command! : shellLine(['npx', '--no-install', 'prettier', '--check', ...named])
    return plan({
      check,
      fromLog: inv !== undefined,
      needsDependencies: true,
      companions: jsCompanion(input.root, 'prettier', named),
      data: { fix, files: named }
    })
  },
  async apply(ctx, p) {
    const args = p.data['fix'] as string[]
    const r = await ctx.run('npx', ['--no-install', 'prettier', ...args])
    if (r.code !== 0)
      return { ok: false, detail: `prettier --write failed: ${(r.stderr || r.stdout).trim().split('\n')[0] ?? ''}` }
    return { ok: true, detail: `npx --no-install prettier ${args.join(' ')}` }
  }
}
