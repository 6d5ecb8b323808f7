import { shellLine } from '../command.js'
import { jsChecks } from '../companions.js'
import { repoPath } from '../job-log.js'
import { findInvocation, jsCompanion, plan, type Detection, type DetectInput, type Strategy } from '../strategy.js'

/** A stylish-formatter row: `  12:5  error  Unexpected var …  no-var`. */
const ROW = /^\s+\d+:\d+\s+(?:error|warning)\s+.+$/
const SUMMARY = /^✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/
/** A file line of the stylish or unix formatter. */
const FILE_LINE = /^(\S.*\.(?:[cm]?[jt]sx?|vue|svelte|astro|json|md|html))\s*$/
const UNIX_ROW = /^(\S+?\.(?:[cm]?[jt]sx?|vue|svelte|astro)):\d+:\d+: .+\[(?:Error|Warning)\/[^\]]+\]$/

/** Files the eslint output names, as repository paths. */
export function eslintFiles(root: string, lines: readonly string[]): string[] {
  const files = new Set<string>()
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!
    const f = FILE_LINE.exec(l)
    if (f && ROW.test(lines[i + 1] ?? '')) {
      const p = repoPath(root, f[1]!)
      if (p) files.add(p)
    }
    const u = UNIX_ROW.exec(l)
    if (u) {
      const p = repoPath(root, u[1]!)
      if (p) files.add(p)
    }
  }
  return [...files]
}

/** Lint errors (PAT-007): the project's own eslint with `--fix`, proved by the failing eslint run. */
export const eslint: Strategy = {
  name: 'eslint',
  patterns: ['PAT-007'],
  detect(input: DetectInput): Detection {
    const inv = findInvocation(input, 'eslint')
    if (input.command !== undefined && !inv) return undefined
    if (!input.log.lines.some((l) => SUMMARY.test(l.trim()) || UNIX_ROW.test(l))) return undefined
    const files = eslintFiles(input.root, input.log.lines)
    if (inv) {
      const args = inv.args.filter((a) => a !== '--fix' && a !== '--fix-dry-run')
      return plan({
        check: input.command!,
        fromLog: true,
        needsDependencies: true,
        companions: [...jsCompanion(input.root, 'eslint', files), ...jsChecks(input.root, ['tsc'])],
        data: { fix: [...args, '--fix'], files }
      })
    }
    if (files.length === 0) return { reason: 'the eslint output names no file of this repository' }
    return plan({
      check: shellLine(['npx', '--no-install', 'eslint', ...files]),
      fromLog: false,
      needsDependencies: true,
      companions: [...jsCompanion(input.root, 'eslint', files), ...jsChecks(input.root, ['tsc'])],
      data: { fix: ['--fix', ...files], files }
    })
  },
  async apply(ctx, p) {
    const args = p.data['fix'] as string[]
    const r = await ctx.run('npx', ['--no-install', 'eslint', ...args])
    if (r.code === 2 || r.notFound)
      return { ok: false, detail: `eslint could not run: ${(r.stderr || r.stdout).trim().split('\n')[0] ?? ''}` }
    return { ok: true, detail: `npx --no-install eslint ${args.join(' ')}` }
  }
}
