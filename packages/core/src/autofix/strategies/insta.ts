import { existsSync } from 'node:fs'
import { readdir, rename } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { shellLine } from '../command.js'
import { findInvocation, plan, tail, type Detection, type DetectInput, type Strategy } from '../strategy.js'

/** insta's own lines: a failed snapshot assertion, the diff banner, the snapshot file. */
const INSTA_OUTPUT =
  /^snapshot assertion for '[^']*' failed in line \d+|^━+ Snapshot (?:Differences|Summary) ━+$|^Snapshot file: \S+\.snap$/
const ASSERTION = /^snapshot assertion for '[^']*' failed in line \d+/
const SECTION = /^---- (\S+) stdout ----$/
const PANIC = /^thread '[^']*'(?: \(\d+\))? panicked at /
const COMPILE_ERROR = /^error\[E\d{4}\]|^error: could not compile/
/** What `cargo test` lists under `failures:` after the sections. */
const FAILED_NAME = /^ {4}(\S+)$/
const PENDING = /\.snap\.new$|\.pending-snap$/
const SKIP_DIRS = new Set(['.git', 'target', 'node_modules'])

interface Section {
  test: string
  snapshot: boolean
  /** The panic message, for a failure that is not a snapshot. */
  message: string
}

/** The `---- name stdout ----` sections of cargo test output, each with what made it fail. */
export function testSections(lines: readonly string[]): Section[] {
  const out: Section[] = []
  let cur: Section | undefined
  let afterPanic = false
  for (const raw of lines) {
    const l = raw.trimEnd()
    const m = SECTION.exec(l)
    if (m) {
      cur = { test: m[1]!, snapshot: false, message: '' }
      out.push(cur)
      afterPanic = false
      continue
    }
    if (!cur) continue
    if (l === 'failures:' || l.startsWith('test result:')) {
      cur = undefined
      continue
    }
    if (ASSERTION.test(l)) cur.snapshot = true
    else if (PANIC.test(l)) afterPanic = true
    else if (afterPanic && cur.message === '' && l.trim() !== '') cur.message = l.trim()
  }
  return out
}

/** Pending snapshots (`.snap.new`, inline `.pending-snap`) under `root`, relative to it. */
async function pending(root: string, dir = root, out: string[] = []): Promise<string[]> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) await pending(root, join(dir, e.name), out)
    } else if (e.isFile() && PENDING.test(e.name)) out.push(relative(root, join(dir, e.name)))
  }
  return out.sort()
}

/**
 * Rust snapshot mismatches (PAT-002) of insta: when every failing test failed on a snapshot
 * assertion, the failing `cargo test` is run again with insta told to record what it saw
 * (`INSTA_UPDATE=new`, `INSTA_FORCE_PASS=1`); a run that still fails has another failure and
 * nothing is touched. The pending snapshots of that run are accepted with `cargo insta accept`
 * where cargo-insta is installed, else by moving each `.snap.new` over its `.snap` (what accept
 * does for file snapshots). Proved by the failing command passing three times in a row.
 */
export const insta: Strategy = {
  name: 'insta',
  patterns: ['PAT-002'],
  detect(input: DetectInput): Detection {
    const inv = findInvocation(input, 'cargo', 'test') ?? findInvocation(input, 'cargo', 'nextest')
    if (input.command !== undefined && !inv) return undefined
    const lines = input.log.lines.map((l) => l.trim())
    if (!lines.some((l) => INSTA_OUTPUT.test(l))) return undefined
    const broken = lines.find((l) => COMPILE_ERROR.test(l))
    if (broken) return { reason: `the tests do not compile (${broken.slice(0, 100)}): no snapshot can be updated` }
    const other = testSections(input.log.lines).find((s) => !s.snapshot)
    if (other)
      return {
        reason: `${other.test} fails for another reason than a snapshot${other.message ? ` (${other.message.slice(0, 100)})` : ''}: tests are never changed to pass`
      }
    const args = inv ? inv.args : ['test']
    const check = inv ? input.command! : shellLine(['cargo', ...args])
    return plan({ check, fromLog: inv !== undefined, runs: 3, data: { args } })
  },
  async apply(ctx, p) {
    const args = p.data['args'] as string[]
    const before = new Set(await pending(ctx.root))
    const line = `INSTA_UPDATE=new INSTA_FORCE_PASS=1 ${shellLine(['cargo', ...args])}`
    ctx.note(`recording the snapshots the tests see: ${line}`)
    const r = await ctx.sh(line)
    if (r.code !== 0) {
      const failing = `${r.stdout}\n${r.stderr}`
        .split('\n')
        .map((l) => FAILED_NAME.exec(l)?.[1])
        .filter((n): n is string => n !== undefined && n.includes('::'))
      return {
        ok: false,
        notApplicable: true,
        detail:
          failing.length > 0
            ? `with snapshots recorded, ${[...new Set(failing)].slice(0, 3).join(', ')} still fail: tests are never changed to pass`
            : `with snapshots recorded, \`${line}\` still exits ${r.code}: ${tail(r, 1)}`
      }
    }
    const found = (await pending(ctx.root)).filter((f) => !before.has(f))
    if (found.length === 0)
      return { ok: false, notApplicable: true, detail: 'the tests recorded no snapshot that differs' }
    const inline = found.filter((f) => f.endsWith('.pending-snap'))
    const version = await ctx.run('cargo', ['insta', '--version'])
    const haveCli = version.code === 0 && before.size === 0
    if (inline.length > 0 && !haveCli)
      return {
        ok: false,
        notApplicable: true,
        detail: `inline snapshots (${inline[0]}) are accepted by cargo-insta, which is not installed here`
      }
    const accepted = found.filter((f) => f.endsWith('.snap.new')).map((f) => f.slice(0, -'.new'.length))
    const existed = new Set<string>()
    for (const f of accepted) if (existsSync(join(ctx.root, f))) existed.add(f)
    if (haveCli) {
      const a = await ctx.run('cargo', ['insta', 'accept'])
      if (a.code !== 0) return { ok: false, detail: `cargo insta accept exited ${a.code}: ${tail(a, 1)}` }
    } else {
      for (const f of accepted) await rename(join(ctx.root, `${f}.new`), join(ctx.root, f))
    }
    return {
      ok: true,
      detail: `accepted ${accepted.length + inline.length} snapshot(s) ${haveCli ? 'with cargo insta accept' : 'recorded by insta'}: ${[...accepted, ...inline].join(', ')}`,
      newFiles: accepted.filter((f) => !existed.has(f))
    }
  }
}
