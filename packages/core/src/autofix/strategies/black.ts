import { shellLine } from '../command.js'
import { pythonChecks } from '../companions.js'
import { repoPath } from '../job-log.js'
import { findInvocation, plan, type Detection, type DetectInput, type Strategy } from '../strategy.js'

const WOULD = /^would reformat (.+?)\s*$/
const CANNOT = /^error: cannot format (.+?): (.*)$/
const SUMMARY = /\d+ files? would be reformatted|Oh no! 💥 💔 💥/

/** Python formatting (PAT-007): `black` where installed, proved by the failing `black --check`. */
export const black: Strategy = {
  name: 'black',
  patterns: ['PAT-007'],
  detect(input: DetectInput): Detection {
    const inv = findInvocation(input, 'black')
    if (input.command !== undefined && !inv) return undefined
    const lines = input.log.lines.map((l) => l.trim())
    if (!lines.some((l) => SUMMARY.test(l) || WOULD.test(l))) return undefined
    const broken = lines.map((l) => CANNOT.exec(l)).find((m) => m)
    if (broken)
      return {
        reason: `black cannot format ${broken[1]} (${broken[2]!.slice(0, 80)}): a format cannot make the check pass`
      }
    const files = [
      ...new Set(
        lines.flatMap((l) => {
          const m = WOULD.exec(l)
          const p = m ? repoPath(input.root, m[1]!) : undefined
          return p ? [p] : []
        })
      )
    ].sort() // black reports in the order its workers finish: sorted, the rebuilt check is the same every run
    if (files.length === 0) return { reason: 'the black output names no file of this repository' }
    const check = inv ? input.command! : shellLine(['black', '--check', ...files])
    return plan({
      check,
      fromLog: inv !== undefined,
      needsDependencies: true,
      companions: pythonChecks(input.root, ['ruff']),
      data: { files }
    })
  },
  async apply(ctx, p) {
    const files = p.data['files'] as string[]
    const r = await ctx.run('black', ['--quiet', ...files])
    if (r.notFound) return { ok: false, detail: 'black is not installed' }
    return { ok: r.code === 0, detail: `black ${files.join(' ')} exited ${r.code}` }
  }
}
