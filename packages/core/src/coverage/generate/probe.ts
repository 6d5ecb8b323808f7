import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Exec } from '../../exec/types.js'

/** One call the search kept: it reached code no earlier call had reached. */
export interface Observation {
  args: unknown[]
  outcome: { value: unknown } | { error: string; message: string }
}

export interface ProbedFunction {
  name: string
  arity: number
  async: boolean
  observations: Observation[]
  /** Calls tried. */
  tried: number
}

/**
 * The search, run in a child process so the project's code never runs inside HEE CI: it
 * imports the module, calls each exported function with inputs built from a value pool and the
 * literals of the source (boundary values n-1, n, n+1), and keeps a call only when V8's precise
 * block coverage shows it reached a block no kept call reached — the observed result then
 * becomes the assertion, as EvoSuite and Pynguin do.
 */
const PROBE = String.raw`
import { Session } from 'node:inspector/promises'
import { writeFileSync } from 'node:fs'
const [target, outFile, configJson] = process.argv.slice(1)
const config = JSON.parse(configJson)
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true })
const mod = await import(target)
const blocks = async () => {
  const { result } = await session.post('Profiler.takePreciseCoverage')
  const script = result.find((s) => s.url === target)
  const out = []
  for (const f of script ? script.functions : []) for (const r of f.ranges) if (r.count > 0) out.push(r.startOffset + ':' + r.endOffset)
  return out
}
await blocks()
const plain = (v, d = 0) => v === null || ['number', 'string', 'boolean', 'undefined'].includes(typeof v) || (d < 4 && Array.isArray(v) && v.every((x) => plain(x, d + 1))) || (d < 4 && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && Object.values(v).every((x) => plain(x, d + 1)))
const pool = config.pool
function* tuples(n, budget) {
  if (n === 0) { yield []; return }
  let k = 0
  // Each argument walks the pool at its own stride so small budgets still mix values.
  for (let i = 0; i < pool.length ** n && k < budget; i++, k++) {
    const t = []
    let x = i
    for (let j = 0; j < n; j++) { t.push(pool[x % pool.length]); x = Math.floor(x / pool.length) }
    yield t
  }
}
const results = []
for (const name of config.functions ?? Object.keys(mod)) {
  const fn = mod[name]
  if (typeof fn !== 'function' || /^class\s/.test(Function.prototype.toString.call(fn))) continue
  const seen = new Set()
  const observations = []
  let tried = 0
  for (const args of tuples(Math.min(fn.length, 3), config.budget)) {
    tried++
    let outcome
    try {
      let v = fn(...structuredClone(args))
      if (v && typeof v.then === 'function') v = await Promise.race([v, new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 200))])
      outcome = plain(v) ? { value: v } : undefined
    } catch (e) {
      outcome = { error: e && e.constructor ? e.constructor.name : 'Error', message: String(e && e.message) }
    }
    const fresh = (await blocks()).filter((b) => !seen.has(b))
    if (fresh.length === 0 || !outcome) continue
    for (const b of fresh) seen.add(b)
    observations.push({ args, outcome })
  }
  results.push({ name, arity: fn.length, async: fn.constructor && fn.constructor.name === 'AsyncFunction', observations, tried })
}
writeFileSync(outFile, JSON.stringify(results))
process.exit(0)
`

const BASE_POOL: unknown[] = [0, 1, -1, 2, 10, 100, 0.5, '', 'a', 'abc', true, false, null, [], [1, 2, 3], {}]

export async function probeModule(
  exec: Exec,
  node: string,
  file: string,
  opts: {
    literals: { numbers: number[]; strings: string[] }
    functions?: string[]
    budget?: number
    timeoutMs?: number
    cwd: string
  }
): Promise<ProbedFunction[]> {
  const dir = await mkdtemp(join(tmpdir(), 'hee-probe-'))
  try {
    const out = join(dir, 'out.json')
    const pool = [
      ...new Set([...opts.literals.numbers, ...BASE_POOL.slice(0, 7), ...opts.literals.strings, ...BASE_POOL.slice(7)])
    ]
    const r = await exec(
      node,
      [
        '--input-type=module',
        '-e',
        PROBE,
        pathToFileURL(file).href,
        out,
        JSON.stringify({ pool, functions: opts.functions, budget: opts.budget ?? 400 })
      ],
      {
        cwd: opts.cwd,
        timeoutMs: opts.timeoutMs ?? 60_000,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test' }
      }
    )
    if (r.code !== 0)
      throw new Error(
        `probing ${file} failed (exit ${r.code}${r.timedOut ? ', timed out' : ''}): ${r.stderr.trim().split('\n').slice(-3).join(' ')}`
      )
    return JSON.parse(await readFile(out, 'utf8')) as ProbedFunction[]
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
