import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  analyzeCoverage,
  CoverageStore,
  FileCoverage,
  indexRepository,
  readReports,
  resolveSettings,
  SpillFile,
  type ReportInput
} from '../../../packages/core/src/coverage/index.js'
import { ByteWriter } from '../../../packages/core/src/coverage/byte-codec.js'
import { newRecord } from '../../../packages/core/src/coverage/file-record.js'

const FIXTURES = join(import.meta.dirname, '../../fixtures/coverage')
const dir = mkdtempSync(join(tmpdir(), 'hee-cov-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const FILES = 450
const source = (i: number) => `src/m${i % 7}/file${i}.ts`

/** An lcov record of realistic shape: functions (every 4th never ran), a branch pair every 8 lines, every 3rd line unrun. */
function lcovRecord(i: number, lines = 120): string {
  const out = [`SF:${source(i)}`]
  for (let f = 0; f < 6; f++)
    out.push(`FN:${f * 20 + 1},${f * 20 + 15},fn${f}_${i}`, `FNDA:${f % 4 ? 3 : 0},fn${f}_${i}`)
  for (let l = 1; l <= lines; l += 8) out.push(`BRDA:${l},0,0,${l % 3 ? 4 : 0}`, `BRDA:${l},0,1,${l % 5 ? 1 : '-'}`)
  for (let l = 1; l <= lines; l++) out.push(`DA:${l},${(l + i) % 3 ? l : 0}`)
  return out.join('\n') + '\nend_of_record\n'
}

/** Cobertura for every other file, with other lines run: merged with the lcov, a line either ran is covered. */
function cobertura(): string {
  const out = ['<?xml version="1.0" ?>', '<coverage version="test">', '<sources><source>.</source></sources>']
  out.push('<packages><package name="p"><classes>')
  for (let i = 0; i < FILES; i += 2) {
    out.push(`<class name="C${i}" filename="${source(i)}"><methods/><lines>`)
    for (let l = 1; l <= 120; l++)
      out.push(
        l % 8 === 1
          ? `<line number="${l}" hits="${l % 2}" branch="true" condition-coverage="50% (1/2)"/>`
          : `<line number="${l}" hits="${(l + i) % 3 ? 0 : 2}"/>`
      )
    out.push('</lines></class>')
  }
  out.push('</classes></package></packages></coverage>')
  return out.join('\n') + '\n'
}

function write(name: string, text: string): string {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}

const COUNTS = {
  lines: { total: 10, covered: 7, skipped: 0, pct: 70 },
  statements: { total: 12, covered: 8, skipped: 0, pct: 66.67 },
  functions: { total: 2, covered: 1, skipped: 0, pct: 50 },
  branches: { total: 4, covered: 2, skipped: 0, pct: 50 }
}

// Unit lcov of all files, one of them listed twice (merged within the report); integration
// Cobertura of half of them; a counts-only Istanbul summary of a file no other report has.
const unit = write(
  'unit.info',
  Array.from({ length: FILES }, (_, i) => lcovRecord(i)).join('') + lcovRecord(3, 200).replace(/DA:(\d+),0/g, 'DA:$1,9')
)
const integration = write('integration.xml', cobertura())
const summary = write(
  'coverage-summary.json',
  JSON.stringify({ total: COUNTS, [join(dir, 'src/counts-only.ts')]: COUNTS })
)
const paths = [...Array.from({ length: FILES }, (_, i) => source(i)), 'src/counts-only.ts']

async function analysisJson(root: string, reports: ReportInput[], files: string[] | undefined, memoryBudget?: number) {
  const a = await analyzeCoverage({
    root,
    reports,
    settings: resolveSettings(),
    index: await indexRepository(root, files),
    run: { at: '2026-01-01T00:00:00.000Z' },
    memoryBudget
  })
  return JSON.stringify(a, null, 2)
}

describe('coverage store', () => {
  it('gives byte-identical analyses whether the files stay in memory or go through the spill file', async () => {
    const reports: ReportInput[] = [
      { path: unit, lane: 'unit' },
      { path: integration, lane: 'integration' },
      { path: summary }
    ]
    const inMemory = await analysisJson(dir, reports, paths, Number.MAX_SAFE_INTEGER)
    const a = JSON.parse(inMemory)
    // The reports were read and merged: every file, both lanes, integration coverage measured.
    // Files, not records: the file listed twice in the unit lcov counts once.
    expect(a.reports.map((r: { files: number }) => r.files)).toEqual([FILES, FILES / 2, 1])
    expect(a.counts.line.total).toBe(FILES * 120 + 80 + 10)
    expect(a.metrics.integration).toBeGreaterThan(0)
    expect(a.gaps.length).toBe(50)
    for (const budget of [0, 64 * 1024]) expect(await analysisJson(dir, reports, paths, budget)).toBe(inMemory)
  })

  it('spills every file past the budget, and reads them back the same across disk blocks', async () => {
    const index = await indexRepository(dir, paths)
    const inputs: ReportInput[] = [{ path: unit }, { path: integration, lane: 'integration' }]
    const held = await readReports(inputs, { index, memoryBudget: Number.MAX_SAFE_INTEGER })
    const spilled = await readReports(inputs, { index, memoryBudget: 0 })
    expect(held.all.spilledFiles).toBe(0)
    expect(spilled.all.spilledFiles).toBe(FILES)
    expect(spilled.integration!.spilledFiles).toBe(FILES / 2)
    expect([...spilled.all.keys()]).toEqual([...held.all.keys()])
    // Every file, in order, answers the same: records, function lists, branches, covered units.
    const heldFiles = [...held.all.values()]
    let i = 0
    for (const cov of spilled.all.values()) {
      const h = heldFiles[i++]!
      expect(cov.toRecord(), cov.path).toEqual(h.toRecord())
      expect(cov.coveredUnits()).toEqual(h.coveredUnits())
      expect(cov.functions()).toEqual(h.functions())
      expect(cov.instrumented.size).toBe(h.instrumented.size)
    }
    spilled.release()
    expect(() => spilled.all.get(source(1))).toThrow(/released: its spill file is closed/)
    held.release()
  })

  it('round-trips a file through its byte form: branch ids that are no small integers, any name, counts-only files', () => {
    const r = newRecord('src/odd.ts')
    r.lines.set(1, 5).set(70_000, 0).set(3, 0)
    r.branches.push(
      { line: 3, id: -1, taken: true },
      { line: 3, id: 2 ** 40 + 0.5, taken: false },
      { line: 70_000, id: Number.MAX_SAFE_INTEGER, taken: true }
    )
    r.functions.push(
      { name: 'ünïcode::名前<T>', line: 1, endLine: 3, hits: 1 },
      { name: 'operator,', line: 3, hits: 0 }
    )
    r.statements = { total: 9, covered: 4 }
    const cov = new FileCoverage('src/odd.ts')
    cov.merge(r)
    const back = roundTrip(cov)
    expect(back.toRecord()).toEqual(cov.toRecord())
    expect([...back.branchesByLine()]).toEqual([...cov.branchesByLine()])
    expect(back.statementCounts()).toEqual({ total: 9, covered: 4 })
    expect(back.isUncovered(70_000)).toBe(true)

    const counts = newRecord('src/summary.ts')
    counts.summary = { lines: { covered: 3, total: 4 }, functions: { covered: 0, total: 1 } }
    const only = new FileCoverage('src/summary.ts')
    only.merge(counts)
    const onlyBack = roundTrip(only)
    expect(onlyBack.hasDetail).toBe(false)
    expect(onlyBack.lineCounts()).toEqual({ covered: 3, total: 4 })
    expect(onlyBack.functionCounts()).toEqual({ covered: 0, total: 1 })
    expect(onlyBack.branchCounts()).toBeUndefined()
  })

  it('leaves no file in its folder, keeps totals without reading back, and merges into a spilled file', () => {
    const spillDir = mkdtempSync(join(dir, 'spill-'))
    const spill = new SpillFile(0, { dir: spillDir, blockBytes: 512 })
    const store = new CoverageStore(spill)
    for (let i = 0; i < 200; i++) {
      const r = newRecord(`f${i}.ts`)
      for (let l = 1; l <= 30; l++) r.lines.set(l, l % 2)
      store.mergeRecord(`f${i}.ts`, `f${i}.ts`, r)
    }
    expect(spill.size).toBeGreaterThan(512 * 4) // several blocks went to disk
    expect(readdirSync(spillDir)).toEqual([]) // unlinked as soon as it was open
    expect(store.spilledFiles).toBe(200)
    expect(store.sum('line')).toEqual({ covered: 200 * 15, total: 200 * 30 })
    // A later record of a spilled file is united with what is on disk.
    const more = newRecord('f7.ts')
    more.lines.set(2, 1)
    store.mergeRecord('f7.ts', 'f7.ts', more)
    expect(store.get('f7.ts')!.lineCounts()).toEqual({ covered: 16, total: 30 })
    expect(store.get('f0.ts')!.lineCounts()).toEqual({ covered: 15, total: 30 })
    spill.close()
    expect(readdirSync(spillDir)).toEqual([])
  })

  it('keeps paths and totals on disk exactly: any characters, counts past 32 bits, files taken and put back', () => {
    const spill = new SpillFile(0, { blockBytes: 256 })
    const pending = new CoverageStore(spill)
    const all = new CoverageStore(spill)
    const names = [
      'src/ünïcode/名前.ts',
      'src/a b/c.ts',
      'src/\ud800lone.ts',
      ...Array.from({ length: 300 }, (_, i) => `f${i}.ts`)
    ]
    for (const name of names) {
      const r = newRecord(name)
      if (name.startsWith('f')) r.lines.set(1, 1).set(2, 0)
      else r.summary = { lines: { covered: 3_000_000_000, total: 5_000_000_000 } }
      expect(pending.mergeRecord(name, name, r)).toBe(true)
    }
    expect(pending.mergeRecord('f7.ts', 'f7.ts', newRecord('f7.ts'))).toBe(false) // already there
    expect(pending.spilledFiles).toBe(names.length)
    expect([...pending.keys()]).toEqual(names)
    // Every file to the other store under a new path, as placing does; one left out.
    for (const [n, key] of pending.numbered()) {
      const taken = pending.takeSlot(n)
      if (key !== 'f3.ts') all.put(`repo/${key}`, taken)
    }
    expect(pending.size).toBe(0)
    expect(pending.has('f1.ts')).toBe(false)
    const kept = names.filter((n) => n !== 'f3.ts').map((n) => `repo/${n}`)
    expect([...all.keys()]).toEqual(kept)
    expect(all.has('repo/src/ünïcode/名前.ts')).toBe(true)
    expect(all.get('repo/src/\ud800lone.ts')!.lineCounts()).toEqual({ covered: 3_000_000_000, total: 5_000_000_000 })
    expect(all.sum('line')).toEqual({ covered: 3 * 3_000_000_000 + 299, total: 3 * 5_000_000_000 + 2 * 299 })
    expect(() => all.put('repo/f1.ts', { cov: new FileCoverage('x') })).toThrow(/already in the store/)
    spill.close()
  })

  it('reads the checked-in JaCoCo and llvm-cov reports the same through the spill file', async () => {
    for (const [folder, reports] of [
      ['jacoco', [{ path: 'jacoco.xml' }, { path: 'jacoco.xml', lane: 'integration' }]],
      ['llvm-cov', [{ path: 'llvm-cov.json' }, { path: 'llvm-cov.lcov', lane: 'unit' }]]
    ] as const) {
      const root = join(FIXTURES, folder)
      const inputs = reports.map((r) => ({ ...r, path: join(root, r.path) }))
      const inMemory = await analysisJson(root, inputs, undefined, Number.MAX_SAFE_INTEGER)
      expect(JSON.parse(inMemory).metrics.line, folder).toBeGreaterThan(0)
      expect(await analysisJson(root, inputs, undefined, 0), folder).toBe(inMemory)
    }
  })
})

function roundTrip(cov: FileCoverage): FileCoverage {
  const w = new ByteWriter(8)
  cov.encode(w)
  return FileCoverage.decode(cov.path, Buffer.from(w.view()))
}
