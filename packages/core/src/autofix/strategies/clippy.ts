import { shellLine } from '../command.js'
import { rustChecks } from '../companions.js'
import { findInvocation, isCargoWorkspace, plan, type Detection, type DetectInput, type Strategy } from '../strategy.js'

const CLIPPY_OUTPUT = /rust-lang\.github\.io\/rust-clippy|`-D clippy::|#\[(?:warn|deny)\(clippy::|\bclippy::[a-z_]+/
/** rustc's own hard errors (`error[E0308]`): code that does not compile is not clippy's to fix. */
const RUSTC_ERROR = /^error\[E\d{4}\]/
const ALL_TARGETS = /could not compile `[^`]+` \((?:lib test|test "|bin "[^"]*" test|example "|bench "|lib bench)/

/** Flags of the failing `cargo clippy` that select what is checked (kept for the fix). */
const SELECT_WITH_VALUE = new Set([
  '-p',
  '--package',
  '--features',
  '-F',
  '--manifest-path',
  '--target',
  '--exclude',
  '--bin',
  '--example',
  '--test',
  '--bench'
])
const SELECT = new Set([
  '--workspace',
  '--all',
  '--all-targets',
  '--tests',
  '--benches',
  '--examples',
  '--lib',
  '--bins',
  '--all-features',
  '--no-default-features',
  '--offline',
  '--frozen',
  '--locked'
])

function selection(args: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 1; i < args.length && args[i] !== '--'; i++) {
    const a = args[i]!
    if (SELECT.has(a)) out.push(a)
    else if (SELECT_WITH_VALUE.has(a) && args[i + 1] !== undefined) out.push(a, args[++i]!)
    else if ([...SELECT_WITH_VALUE].some((f) => f.startsWith('--') && a.startsWith(`${f}=`))) out.push(a)
  }
  return out
}

/** clippy warnings (PAT-007): `cargo clippy --fix`, then `cargo fmt`, proved by the failing clippy run. */
export const clippy: Strategy = {
  name: 'clippy',
  patterns: ['PAT-007'],
  detect(input: DetectInput): Detection {
    const inv = findInvocation(input, 'cargo', 'clippy')
    if (input.command !== undefined && !inv) return undefined
    if (!input.log.lines.some((l) => CLIPPY_OUTPUT.test(l))) return undefined
    const hard = input.log.lines.find((l) => RUSTC_ERROR.test(l))
    if (hard) return { reason: `the code does not compile (${hard.trim()}): clippy's suggestions cannot apply` }
    const workspace = isCargoWorkspace(input.root)
    let sel: string[]
    let check: string
    if (inv) {
      sel = selection(inv.args)
      check = input.command!
    } else {
      sel = [
        ...(workspace ? ['--workspace'] : []),
        ...(input.log.lines.some((l) => ALL_TARGETS.test(l)) ? ['--all-targets'] : [])
      ]
      const deny = input.log.lines.some((l) => /implied by `-D warnings`/.test(l)) ? ['--', '-D', 'warnings'] : []
      check = shellLine(['cargo', 'clippy', ...sel, ...deny])
    }
    if (workspace && !sel.some((s) => s === '--workspace' || s === '--all' || s === '-p' || s === '--package'))
      sel.push('--workspace')
    return plan({
      check,
      fromLog: inv !== undefined,
      companions: rustChecks(input.root, { build: true, format: true }),
      data: { selection: sel, workspace }
    })
  },
  async apply(ctx, p) {
    const sel = p.data['selection'] as string[]
    let changed = false
    for (let pass = 0; pass < 3; pass++) {
      const r = await ctx.run('cargo', ['clippy', '--fix', '--allow-dirty', '--allow-staged', ...sel])
      if (r.notFound) return { ok: false, detail: 'cargo is not installed' }
      changed = true
      // fixes can uncover more (a collapsed `if` shows a needless borrow): go again while the check fails
      const again = await ctx.sh(p.check)
      if (again.code === 0) break
    }
    const fmt = await ctx.run('cargo', ['fmt', ...((p.data['workspace'] as boolean) ? ['--all'] : [])])
    return {
      ok: changed,
      detail:
        `cargo clippy --fix ${sel.join(' ')}`.trim() +
        (fmt.code === 0 ? ', then cargo fmt' : ' (cargo fmt unavailable)')
    }
  }
}
