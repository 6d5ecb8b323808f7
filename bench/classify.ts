/**
 * Log classification throughput and peak memory on 20 MB, 100 MB and 1 GB GitHub-format logs
 * (real tool output repeated, the real failure at the end), against `grep` over the same
 * catalogue patterns on the same files. Each figure is a whole process: `hee analyze` (the
 * committed bundle) vs grep, timed and measured by /usr/bin/time.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { loadCatalogue } from '../packages/core/src/index.js'
import { bundle, ROOT } from '../test/support/workflow.js'
import type { Figure } from './stats.js'

const DIR = join(ROOT, '.bench')
const MB = 1024 * 1024

async function makeLog(size: number): Promise<string> {
  const file = join(DIR, `gha-${size / MB}mb.log`)
  if (existsSync(file) && statSync(file).size >= size) return file
  mkdirSync(DIR, { recursive: true })
  const fx = (n: string) => readFileSync(join(ROOT, 'test/fixtures/logs', n), 'utf8')
  // A passing step's output (compiler progress, test names), repeated; then the failing build.
  const pass = fx('cargo-test-pass.log').split('\n')
  const block: string[] = []
  let t = Date.UTC(2026, 10, 1, 10, 0, 0)
  for (let i = 0; i < 200; i++) {
    for (const line of pass) block.push(`${new Date((t += 7)).toISOString().replace('Z', '0000Z')} ${line}`)
  }
  const chunk = block.join('\n') + '\n'
  const out = createWriteStream(file)
  let written = 0
  out.write('2026-11-01T10:00:00.0000000Z ##[group]Run cargo test --workspace\n')
  while (written < size) {
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()))
    written += Buffer.byteLength(chunk)
  }
  out.write(
    '2026-11-01T10:59:00.0000000Z ##[endgroup]\n2026-11-01T10:59:01.0000000Z ##[group]Run cargo build --release\n'
  )
  out.write(fx('gha-cargo-build-type-error.log'))
  out.end()
  await finished(out)
  return file
}

function timed(cmd: string, args: string[]): { seconds: number; cpu: number; maxRssKb: number; stdout: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', cmd, ...args], { encoding: 'utf8', maxBuffer: 256 * MB })
  const last = r.stderr.trim().split('\n').pop() ?? ''
  const [s, m, u, k] = last.split(' ').map(Number)
  return { seconds: s ?? NaN, cpu: (u ?? NaN) + (k ?? NaN), maxRssKb: m ?? NaN, stdout: r.stdout }
}

/**
 * The catalogue's regexes as POSIX EREs for `grep -E -f`: JavaScript escapes become bracket
 * classes, `(?:` becomes `(`, lazy quantifiers greedy. Rules grep cannot express (lookaround,
 * back-references) are left out and counted.
 */
export function ereOfCatalogue(): { plain: string[]; caseless: string[]; skipped: number } {
  const out = { plain: [] as string[], caseless: [] as string[], skipped: 0 }
  for (const r of loadCatalogue().rules) {
    const ere = toEre(r.regex.source)
    if (ere === undefined) out.skipped++
    else (r.regex.flags.includes('i') ? out.caseless : out.plain).push(ere)
  }
  return out
}

const CLASS_IN: Record<string, string> = { d: '0-9', s: '[:space:]', w: '[:alnum:]_' }
const CLASS_OUT: Record<string, string> = {
  d: '[0-9]',
  D: '[^0-9]',
  s: '[[:space:]]',
  S: '[^[:space:]]',
  w: '[[:alnum:]_]',
  W: '[^[:alnum:]_]'
}

function toEre(src: string): string | undefined {
  let out = ''
  let inClass = false
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!
    if (c === '\\') {
      const n = src[++i] ?? ''
      if (/[1-9kupPxc]/.test(n)) return undefined
      if (inClass) out += CLASS_IN[n] ?? (n === ']' || n === '\\' ? `\\${n}` : n === '-' ? '-' : n)
      else out += CLASS_OUT[n] ?? (n === 'b' || n === 'B' ? `\\${n}` : `\\${n}`)
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      out += c
      continue
    }
    if (c === '[') {
      inClass = true
      out += c
      if (src[i + 1] === '^') out += src[++i]
      continue
    }
    if (c === '(' && src[i + 1] === '?') {
      const m = /^\(\?(:|<[A-Za-z]\w*>)/.exec(src.slice(i))
      if (!m) return undefined // lookaround
      out += '('
      i += m[0].length - 1
      continue
    }
    if (c === '?' && /[*+?}]/.test(src[i - 1] ?? '') && src[i - 2] !== '\\') continue // lazy → greedy
    out += c
  }
  return out
}

export async function benchClassify(sizes = [20 * MB, 100 * MB, 1024 * MB]): Promise<Figure[]> {
  if (!existsSync('/usr/bin/time'))
    return [{ name: 'classification', value: NaN, unit: 'skipped: /usr/bin/time is missing (apt-get install time)' }]
  const figures: Figure[] = []
  mkdirSync(DIR, { recursive: true })
  const ere = ereOfCatalogue()
  const plainFile = join(DIR, 'catalogue.ere')
  const caselessFile = join(DIR, 'catalogue-i.ere')
  writeFileSync(plainFile, ere.plain.join('\n') + '\n')
  writeFileSync(caselessFile, ere.caseless.join('\n') + '\n')
  const used = ere.plain.length + ere.caseless.length
  for (const size of sizes) {
    const file = await makeLog(size)
    const bytes = statSync(file).size
    execFileSync('cat', [file], { stdio: 'ignore', maxBuffer: 2 * 1024 * MB }) // warm the page cache for both
    const ours = timed(process.execPath, [bundle('cli'), 'analyze', '--log', file, '--format', 'json'])
    const first = (JSON.parse(ours.stdout) as { findings: Array<{ pattern: string; line: number }> }).findings[0]
    // Two passes (case-sensitive and -i rules); their times add up.
    const g1 = timed('grep', ['-E', '-c', '-f', plainFile, file])
    const g2 = ere.caseless.length
      ? timed('grep', ['-E', '-i', '-c', '-f', caselessFile, file])
      : { seconds: 0, cpu: 0, maxRssKb: 0 }
    const grep = { seconds: g1.seconds + g2.seconds, maxRssKb: Math.max(g1.maxRssKb, g2.maxRssKb) }
    const label = `${Math.round(bytes / MB)} MB`
    figures.push({
      name: `hee analyze, ${label}`,
      value: bytes / MB / ours.seconds,
      unit: 'MB/s',
      note: `${ours.seconds.toFixed(2)} s, ${ours.cpu.toFixed(2)} s CPU (${(bytes / MB / ours.cpu).toFixed(1)} MB/s of CPU), peak RSS ${Math.round(ours.maxRssKb / 1024)} MB, first finding ${first?.pattern} at line ${first?.line}`
    })
    figures.push({
      name: `grep -E (${used} catalogue regexes, ${ere.skipped} not expressible), ${label}`,
      value: bytes / MB / grep.seconds,
      unit: 'MB/s',
      note: `${grep.seconds.toFixed(2)} s, peak RSS ${Math.round(grep.maxRssKb / 1024)} MB; hee/grep time ratio ${(ours.seconds / grep.seconds).toFixed(2)}`
    })
  }
  return figures
}
