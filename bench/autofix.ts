/**
 * Auto-fix on corpus cases with real tools: per class, whether the fix held, the time from start
 * to validated commit, how much of it the tools themselves took (the rest is the engine's
 * overhead: git, the scratch worktree, the guard), and the rollback time of a fix that does not
 * hold, with the work tree compared byte for byte afterwards.
 */
import { runAutoFix, type AutoFixOptions } from '../packages/core/src/autofix/index.js'
import { classifyText } from '../packages/core/src/diagnosis/index.js'
import { createNodeExec } from '../packages/core/src/exec/node-exec.js'
import type { Exec } from '../packages/core/src/exec/types.js'
import { compareSnapshots, isIdentical, snapshotTree } from '../packages/core/src/git/tree-snapshot.js'
import { corpusCase } from '../test/support/fix-corpus.js'
import type { Figure } from './stats.js'

const CASES: Array<{ cls: string; name: string; check: string; setup?: string }> = [
  { cls: 'clippy (crate)', name: 'geometry', check: 'cargo clippy -- -D warnings' },
  {
    cls: 'clippy (workspace, --all-targets)',
    name: 'warehouse',
    check: 'cargo clippy --all-targets --workspace -- -D warnings'
  },
  { cls: 'rustfmt', name: 'tally', check: 'cargo fmt --check' },
  {
    cls: 'clippy, not fixable (rollback)',
    name: 'inventory',
    check: 'cargo clippy --all-targets --workspace -- -D warnings'
  },
  { cls: 'license headers (own check)', name: 'relay', check: 'sh scripts/check-headers.sh' },
  { cls: 'license headers (REUSE)', name: 'palette', check: 'reuse lint' },
  { cls: 'lockfile (Cargo)', name: 'freight', check: 'cargo build --locked --workspace' },
  { cls: 'black', name: 'geodata', check: 'black --check .' }
]

export async function benchAutoFix(): Promise<Figure[]> {
  const figures: Figure[] = []
  const base = createNodeExec()
  for (const c of CASES) {
    const k = corpusCase(c.name, c.check, c.setup)
    let toolMs = 0
    const exec: Exec = async (cmd, args, opts) => {
      const r = await base(cmd, args, opts)
      if (cmd !== 'git' && cmd !== 'cp') toolMs += r.durationMs
      return r
    }
    const findings = classifyText(k.log).findings.map((f) => ({ pattern: f.pattern, severity: f.severity }))
    const before = await snapshotTree(k.dir)
    const t0 = performance.now()
    const o: AutoFixOptions = {
      workdir: k.dir,
      findings,
      log: k.log,
      mode: 'review',
      dryRun: false,
      runId: 'bench',
      exec
    }
    const r = await runAutoFix(o)
    const total = performance.now() - t0
    const a = r.attempts.find((x) => x.strategy !== null) ?? r.attempts[0]
    const outcome = a?.outcome ?? 'nothing'
    figures.push({
      name: `${c.cls}: start to ${outcome}`,
      value: total / 1000,
      unit: 's',
      note: `${c.name}, tools ${(toolMs / 1000).toFixed(1)} s`
    })
    figures.push({ name: `${c.cls}: engine overhead beyond the tools`, value: (total - toolMs) / 1000, unit: 's' })
    const rollback = a?.steps.find((s) => s.step === 'rollback')
    if (rollback) {
      const same = isIdentical(compareSnapshots(before, await snapshotTree(k.dir)))
      figures.push({
        name: `${c.cls}: rollback`,
        value: rollback.durationMs / 1000,
        unit: 's',
        note: same ? 'work tree byte-identical' : 'WORK TREE CHANGED'
      })
    }
  }
  return figures
}
