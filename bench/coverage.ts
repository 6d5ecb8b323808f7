/**
 * Coverage report parsing: time and peak memory of a whole `hee coverage analyze` process on
 * 1, 10 and 100 MB lcov and Cobertura reports (many files of realistic shape: functions,
 * lines, branches), measured by /usr/bin/time; then, in this process, the time of the HEE
 * metrics and of the gap ranking over the 100 MB lcov's merged data. `coverage-1gb` runs the
 * whole process on 1 GB reports.
 */
import { spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { codeGaps, codeMetrics, heeTotal, indexRepository, readReports } from '../packages/core/src/coverage/index.js'
import { bundle, ROOT } from '../test/support/workflow.js'
import type { Figure } from './stats.js'

const DIR = join(ROOT, '.bench', 'coverage')
const MB = 1024 * 1024
const LINES_PER_FILE = 400
const FUNCTIONS_PER_FILE = 20

/** One source file's lcov record: every 3rd line unrun, a branch pair every 8 lines, 20 functions. */
function lcovRecord(i: number): string {
  const out = [`SF:src/gen/m${Math.floor(i / 100)}/file${i}.ts`]
  for (let f = 0; f < FUNCTIONS_PER_FILE; f++) out.push(`FN:${f * 20 + 1},fn${f}_${i}`)
  for (let f = 0; f < FUNCTIONS_PER_FILE; f++) out.push(`FNDA:${f % 4 === 0 ? 0 : f * 3},fn${f}_${i}`)
  out.push(`FNF:${FUNCTIONS_PER_FILE}`, `FNH:${FUNCTIONS_PER_FILE - FUNCTIONS_PER_FILE / 4}`)
  for (let l = 1; l <= LINES_PER_FILE; l += 8)
    out.push(`BRDA:${l},0,0,${l % 3 ? 4 : 0}`, `BRDA:${l},0,1,${l % 5 ? 1 : '-'}`)
  for (let l = 1; l <= LINES_PER_FILE; l++) out.push(`DA:${l},${l % 3 ? l * 7 : 0}`)
  out.push(`LF:${LINES_PER_FILE}`, 'end_of_record')
  return out.join('\n') + '\n'
}

function coberturaClass(i: number): string {
  const out = [
    `<class name="file${i}" filename="src/gen/m${Math.floor(i / 100)}/file${i}.ts" line-rate="0.66" branch-rate="0.5">`,
    '<methods>'
  ]
  for (let f = 0; f < FUNCTIONS_PER_FILE; f++)
    out.push(
      `<method name="fn${f}_${i}" signature="()V" hits="${f % 4 === 0 ? 0 : 3}"><lines><line number="${f * 20 + 1}" hits="1"/></lines></method>`
    )
  out.push('</methods>', '<lines>')
  for (let l = 1; l <= LINES_PER_FILE; l++)
    out.push(
      l % 8 === 1
        ? `<line number="${l}" hits="${l % 3 ? 5 : 0}" branch="true" condition-coverage="50% (1/2)"/>`
        : `<line number="${l}" hits="${l % 3 ? 5 : 0}"/>`
    )
  out.push('</lines>', '</class>')
  return out.join('\n') + '\n'
}

async function makeReport(kind: 'lcov' | 'cobertura', size: number): Promise<string> {
  const file = join(DIR, `${kind}-${size / MB}mb.${kind === 'lcov' ? 'info' : 'xml'}`)
  if (existsSync(file) && statSync(file).size >= size) return file
  mkdirSync(DIR, { recursive: true })
  const out = createWriteStream(file)
  let written = 0
  const write = async (s: string) => {
    written += Buffer.byteLength(s)
    if (!out.write(s)) await new Promise<void>((r) => out.once('drain', () => r()))
  }
  if (kind === 'cobertura')
    await write(
      '<?xml version="1.0" ?>\n<coverage line-rate="0.66" branch-rate="0.5" version="bench">\n<sources><source>.</source></sources>\n<packages><package name="gen"><classes>\n'
    )
  for (let i = 0; written < size; i++) await write(kind === 'lcov' ? lcovRecord(i) : coberturaClass(i))
  if (kind === 'cobertura') await write('</classes></package></packages>\n</coverage>\n')
  out.end()
  await finished(out)
  return file
}

/** Wall and CPU seconds (user + system) and peak RSS of one process: on a shared machine the CPU time is the steadier figure. */
function timed(args: string[]): {
  seconds: number
  cpu: number
  maxRssKb: number
  stdout: string
  status: number | null
} {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...args], {
    cwd: DIR,
    encoding: 'utf8',
    maxBuffer: 256 * MB
  })
  const [s, u, sys, m] = (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number)
  return { seconds: s ?? NaN, cpu: (u ?? NaN) + (sys ?? NaN), maxRssKb: m ?? NaN, stdout: r.stdout, status: r.status }
}

export async function benchCoverage(sizes = [1 * MB, 10 * MB, 100 * MB]): Promise<Figure[]> {
  if (!existsSync('/usr/bin/time'))
    return [{ name: 'coverage', value: NaN, unit: 'skipped: /usr/bin/time is missing (apt-get install time)' }]
  const figures = await wholeProcess(sizes)
  return inProcess(sizes, figures)
}

/** `npm run bench -- coverage-1gb`: the whole process on 1 GB reports (1.1 GB of disk for the two). */
export async function benchCoverage1G(): Promise<Figure[]> {
  if (!existsSync('/usr/bin/time'))
    return [{ name: 'coverage', value: NaN, unit: 'skipped: /usr/bin/time is missing (apt-get install time)' }]
  return wholeProcess([1024 * MB])
}

async function wholeProcess(sizes: number[]): Promise<Figure[]> {
  const figures: Figure[] = []
  for (const kind of ['lcov', 'cobertura'] as const) {
    for (const size of sizes) {
      const file = await makeReport(kind, size)
      const mb = statSync(file).size / MB
      const r = timed([bundle('cli'), 'coverage', 'analyze', '--report', file, '--root', DIR])
      const a = r.status === 0 ? (JSON.parse(r.stdout) as { counts: { line: { total: number } } }) : undefined
      figures.push({
        name: `hee coverage analyze, ${kind} ${Math.round(mb)} MB`,
        value: r.seconds,
        unit: 's',
        note: `${r.cpu.toFixed(2)} s CPU, ${(mb / r.seconds).toFixed(1)} MB/s, peak RSS ${Math.round(r.maxRssKb / 1024)} MB, ${a ? `${a.counts.line.total} lines` : `exit ${r.status}`}`
      })
    }
  }
  return figures
}

async function inProcess(sizes: number[], figures: Figure[]): Promise<Figure[]> {
  // The spec's "HEE Coverage Calc" and "Gap Identification" over the biggest report's data.
  const file = await makeReport('lcov', sizes[sizes.length - 1]!)
  const index = await indexRepository(DIR, [])
  const data = await readReports([{ path: file }], { index })
  let t = performance.now()
  const m = codeMetrics(data)
  const total = heeTotal({
    line: m.line.value,
    branch: m.branch.value,
    function: m.function.value,
    integration: null,
    spec: null,
    prompt: null
  })
  figures.push({
    name: 'HEE metrics and total over the 100 MB lcov data',
    value: performance.now() - t,
    unit: 'ms',
    note: `total ${total}%`
  })
  t = performance.now()
  const gaps = codeGaps(data.all)
  figures.push({
    name: 'gap ranking over the 100 MB lcov data',
    value: performance.now() - t,
    unit: 'ms',
    note: `${gaps.length} top gaps of ${data.all.size} files`
  })
  data.release()
  figures.push({
    name: 'load average during the run (1 min)',
    value: loadavg()[0]!,
    unit: '',
    note: `${cpus().length} cores`
  })
  return figures
}
