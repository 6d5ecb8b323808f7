/**
 * Differential check of the log classifier: the classifier of another checkout (`--base DIR`,
 * e.g. `git archive main packages | tar -x -C DIR`, with node_modules linked in) against this
 * one, on every log of the shared eval set, the corpus's dev and held-out sets, the held-out
 * set of real tool logs and the unit fixtures, plus any file named on the command line. Each
 * log is classified whole and fed in random chunk sizes (the streaming path); the full result
 * (findings, line and byte counts, every pattern's score) must be the same. With
 * `--cli-base FILE --cli FILE` the two `hee analyze --format json` outputs are compared too.
 *
 *   node --import tsx scripts/diff-classifier.ts --base /tmp/base [--cli-base /tmp/base/dist/cli/index.js --cli dist/cli/index.js] [BIG.log …]
 *
 * Prints one line per difference and a summary; exits 1 when any result differs.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { findEvalSet } from '../test/unit/diagnosis/eval-set.js'
import { seededRandom } from '../test/support/seeded-random.js'

interface Classifier {
  push(chunk: Buffer | string): void
  end(options?: { explain?: boolean; knownFailed?: boolean }): unknown
}
type Make = () => Classifier

const ROOT = resolve(import.meta.dirname, '..')
const { values, positionals } = parseArgs({
  options: {
    base: { type: 'string' },
    'cli-base': { type: 'string' },
    cli: { type: 'string' },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '2' }
  },
  allowPositionals: true
})
if (!values.base) {
  console.error('usage: diff-classifier.ts --base DIR [--cli-base FILE --cli FILE] [--seed N] [--rounds N] [LOG …]')
  process.exit(2)
}

async function load(root: string): Promise<Make> {
  const m = (await import(join(root, 'packages/core/src/diagnosis/log-classifier.ts'))) as {
    LogClassifier: new () => Classifier
  }
  return () => new m.LogClassifier()
}

const base = await load(resolve(values.base))
const ours = await load(ROOT)

function logsIn(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((n) => n.endsWith('.log') || n.endsWith('.txt'))
    .sort()
    .map((n) => join(dir, n))
}

const evalSet = findEvalSet(ROOT)
const files = [
  ...(evalSet ? logsIn(join(evalSet, 'logs')) : []),
  ...logsIn(join(ROOT, 'test/fixtures/corpus/dev/logs')),
  ...logsIn(join(ROOT, 'test/fixtures/corpus/heldout/logs')),
  ...logsIn(join(ROOT, 'test/fixtures/heldout/logs')),
  ...logsIn(join(ROOT, 'test/fixtures/logs'))
]

const rounds = Number(values.rounds)
const next = seededRandom(Number(values.seed))
let compared = 0
let differences = 0

function run(make: Make, chunks: readonly (Buffer | string)[], knownFailed: boolean): string {
  const c = make()
  for (const x of chunks) c.push(x)
  return JSON.stringify(c.end({ explain: true, knownFailed }))
}

/** `buf` cut at random places: mostly small pieces, sometimes one byte, sometimes large. */
function cut(buf: Buffer): Buffer[] {
  const out: Buffer[] = []
  for (let at = 0; at < buf.length;) {
    const r = next()
    const size =
      r < 0.2 ? 1 + Math.floor(next() * 4) : r < 0.8 ? 1 + Math.floor(next() * 300) : 1 + Math.floor(next() * 70000)
    out.push(buf.subarray(at, Math.min(buf.length, at + size)))
    at += size
  }
  return out
}

function check(name: string, variant: string, chunks: readonly (Buffer | string)[], knownFailed = false): void {
  const a = run(base, chunks, knownFailed)
  const b = run(ours, chunks, knownFailed)
  compared++
  if (a !== b) {
    differences++
    let i = 0
    while (i < a.length && a[i] === b[i]) i++
    console.log(
      `DIFF ${name} (${variant}) at ${i}:\n  base: ${a.slice(Math.max(0, i - 80), i + 160)}\n  ours: ${b.slice(Math.max(0, i - 80), i + 160)}`
    )
  }
}

for (const file of files) {
  const buf = readFileSync(file)
  const name = file.slice(ROOT.length + 1)
  check(name, 'whole', [buf])
  check(name, 'whole, known failed', [buf], true)
  check(name, 'as a string', [buf.toString('utf8')])
  for (let k = 0; k < rounds; k++) check(name, `random chunks ${k}`, cut(buf))
}

/** Big files are streamed, not held: 256 KiB reads as the CLI does, and random reads. */
async function streamed(file: string, sizes: () => number): Promise<[string, string]> {
  const a = base()
  const b = ours()
  const fd = await import('node:fs/promises').then((f) => f.open(file))
  try {
    const buf = Buffer.alloc(1 << 20)
    for (;;) {
      const n = Math.min(buf.length, sizes())
      const { bytesRead } = await fd.read(buf, 0, n, null)
      if (bytesRead === 0) break
      const piece = Buffer.from(buf.subarray(0, bytesRead))
      a.push(piece)
      b.push(piece)
    }
  } finally {
    await fd.close()
  }
  return [JSON.stringify(a.end({ explain: true })), JSON.stringify(b.end({ explain: true }))]
}

for (const file of positionals) {
  for (const [variant, sizes] of [
    ['256 KiB reads', () => 256 * 1024],
    ['random reads', () => 1 + Math.floor(next() * (next() < 0.5 ? 512 : 600000))]
  ] as const) {
    const [a, b] = await streamed(file, sizes)
    compared++
    if (a !== b) {
      differences++
      console.log(`DIFF ${file} (${variant})\n  base: ${a.slice(0, 400)}\n  ours: ${b.slice(0, 400)}`)
    }
  }
}

if (values['cli-base'] && values.cli) {
  for (const file of [...files, ...positionals]) {
    const cli = (bundle: string) =>
      execFileSync(process.execPath, [bundle, 'analyze', '--log', file, '--format', 'json'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024
      })
    compared++
    if (cli(values['cli-base']) !== cli(values.cli)) {
      differences++
      console.log(`DIFF ${file} (hee analyze --format json)`)
    }
  }
}

console.log(`${compared} comparisons over ${files.length + positionals.length} logs: ${differences} differences`)
process.exit(differences > 0 ? 1 : 0)
