import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { shellLine } from '../command.js'
import { findInvocation, plan, type Detection, type DetectInput, type Strategy } from '../strategy.js'
import { logShowsSnapshotMismatch, parseTestReport } from './snapshot-report.js'

const VITEST_OUTPUT = /^\s*(?:RUN\s+v\d|Test Files\s+\d)|\bvitest\b/
const JEST_OUTPUT = /^\s*Test Suites:\s+\d/

type Runner = 'vitest' | 'jest'

/**
 * Snapshot mismatches (PAT-002): when the JSON report says every failure is a snapshot
 * mismatch, `-u` on those test files only; proved by the failing test command passing three
 * times in a row. Any other failing test means nothing is touched.
 */
export const snapshots: Strategy = {
  name: 'snapshots',
  patterns: ['PAT-002'],
  detect(input: DetectInput): Detection {
    const inv = findInvocation(input, 'vitest') ?? findInvocation(input, 'jest')
    if (input.command !== undefined && !inv) return undefined
    if (!logShowsSnapshotMismatch(input.log.lines)) return undefined
    let runner: Runner | undefined = inv?.tool as Runner | undefined
    if (!runner) {
      if (input.log.lines.some((l) => JEST_OUTPUT.test(l))) runner = 'jest'
      else if (input.log.lines.some((l) => VITEST_OUTPUT.test(l))) runner = 'vitest'
    }
    if (!runner) return { reason: 'the log shows a snapshot mismatch but not which test runner printed it' }
    const args = inv ? inv.args : runner === 'vitest' ? ['run'] : ['--ci']
    const check = inv ? input.command! : shellLine(['npx', '--no-install', runner, ...args])
    return plan({ check, fromLog: inv !== undefined, runs: 3, needsDependencies: true, data: { runner, args } })
  },
  async apply(ctx, p) {
    const runner = p.data['runner'] as Runner
    const args = (p.data['args'] as string[]).filter((a) => a !== '-u' && a !== '--update' && a !== '--updateSnapshot')
    const out = join(ctx.tmp, `report-${Date.now()}.json`)
    const base = runner === 'vitest' ? (args[0] === 'run' ? args : ['run', ...args.filter((a) => a !== 'watch')]) : args
    const reportArgs =
      runner === 'vitest'
        ? [...base, '--reporter=json', `--outputFile=${out}`]
        : [...base, '--json', `--outputFile=${out}`]
    ctx.note(`reading the test report: npx --no-install ${runner} ${reportArgs.join(' ')}`)
    await ctx.run('npx', ['--no-install', runner, ...reportArgs])
    let json: string
    try {
      json = await readFile(out, 'utf8')
    } catch {
      return {
        ok: false,
        notApplicable: true,
        detail: `${runner} wrote no JSON report: cannot tell snapshot mismatches from other failures`
      }
    }
    const report = parseTestReport(json, ctx.root)
    if (report.otherFailures) {
      const other = report.failures.find((f) => !f.snapshot)
      return {
        ok: false,
        notApplicable: true,
        detail: `a test fails for another reason than a snapshot${other ? ` (${other.file}: ${other.name}: ${other.message.slice(0, 100)})` : ''}: tests are never changed to pass`
      }
    }
    if (report.snapshotFiles.length === 0)
      return { ok: false, notApplicable: true, detail: 'the report shows no snapshot mismatch' }
    const files = report.snapshotFiles
    const update =
      runner === 'vitest'
        ? ['run', ...base.slice(1).filter((a) => !a.startsWith('--reporter')), '-u', ...files]
        : [...base.filter((a) => a !== '--ci'), '--ci=false', '-u', '--runTestsByPath', ...files]
    const r = await ctx.run('npx', ['--no-install', runner, ...update])
    return {
      ok: r.code === 0,
      detail: `npx --no-install ${runner} ${update.join(' ')} exited ${r.code}`,
      guard: { allowSnapshotUpdate: report.obsolete.flatMap((o) => o.keys) }
    }
  }
}
