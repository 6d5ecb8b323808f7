import { readFile } from 'node:fs/promises'
import { posix } from 'node:path'
import { glob } from 'tinyglobby'

/** The repository's files, for placing a report's paths: relative, `/`-separated. */
export interface RepoIndex {
  root: string
  files: Set<string>
  byBase: Map<string, string[]>
  /** Go modules (`module` line of each go.mod) and their folders, longest module first. */
  goModules: Array<{ module: string; dir: string }>
}

export const DEFAULT_IGNORES = ['**/.git/**', '**/node_modules/**']

/** Lists the repository's files (a walk: works in checkouts with or without .git). */
export async function indexRepository(root: string, files?: string[]): Promise<RepoIndex> {
  const list = files ?? (await glob('**/*', { cwd: root, ignore: DEFAULT_IGNORES, dot: true, onlyFiles: true }))
  const index: RepoIndex = {
    root: toPosix(root).replace(/\/+$/, ''),
    files: new Set(),
    byBase: new Map(),
    goModules: []
  }
  for (const f of list) {
    const p = toPosix(f)
    index.files.add(p)
    const base = posix.basename(p)
    const l = index.byBase.get(base)
    if (l) l.push(p)
    else index.byBase.set(base, [p])
  }
  for (const f of index.byBase.get('go.mod') ?? []) {
    const text = await readFile(posix.join(index.root, f), 'utf8').catch(() => '')
    const m = /^module\s+(\S+)/m.exec(text)
    if (m)
      index.goModules.push({
        module: m[1]!.replace(/^"|"$/g, ''),
        dir: posix.dirname(f) === '.' ? '' : posix.dirname(f)
      })
  }
  index.goModules.sort((a, b) => b.module.length - a.module.length)
  return index
}

export interface PlaceHints {
  /** The report's folder relative to the root: relative paths may be relative to it or its parents. */
  reportDir?: string
  sourceRoots?: string[]
  goImportPath?: boolean
  /** Build modules the entry belongs to, outermost first: they tell apart one path in two modules. */
  modules?: string[]
}

export type Placement = { path: string } | { outside: string }

// CI runners check a repository out at <base>/<repo>/<repo>: a path below that is inside the checkout.
const RUNNER_ROOTS = [
  /^\/home\/runner\/work\/[^/]+\/[^/]+\/(.+)$/,
  /^\/Users\/runner\/work\/[^/]+\/[^/]+\/(.+)$/,
  /^\/__w\/[^/]+\/[^/]+\/(.+)$/,
  /^[A-Za-z]:\/a\/[^/]+\/[^/]+\/(.+)$/,
  /^\/github\/workspace\/(.+)$/
]

/**
 * The folder a report's absolute paths were measured under, when it is not this checkout
 * (`/home/runner/work/r/r/` on the runner that made it): the prefix most of its absolute paths
 * share once their repository part is taken off. Deciding it per report keeps a toolchain
 * file (`/rustc/…/src/lib.rs`) from being taken for the repository's `src/lib.rs`.
 */
export function checkoutPrefix(raws: Iterable<string>, index: RepoIndex): string | undefined {
  const votes = new Map<string, number>()
  for (const raw of raws) {
    const p = posix.normalize(reportPath(raw))
    if (!isAbsolute(p) || p.startsWith(index.root + '/')) continue
    let prefix: string | undefined
    for (const re of RUNNER_ROOTS) {
      const m = re.exec(p)
      if (m) prefix = p.slice(0, p.length - m[1]!.length)
    }
    const s = prefix === undefined ? suffixMatch(p, index) : undefined
    if (s) prefix = p.slice(0, p.length - s.length)
    if (prefix !== undefined) votes.set(prefix, (votes.get(prefix) ?? 0) + (s ? s.split('/').length : 1))
  }
  let best: string | undefined
  let n = 0
  for (const [prefix, v] of votes)
    if (v > n || (v === n && best !== undefined && prefix.length > best.length)) [best, n] = [prefix, v]
  return best
}

/**
 * Places a report's path in the repository: absolute paths under the root or under the
 * report's checkout prefix, paths relative to the report, a Cobertura source root or a Go
 * module all become `src/x.ts`. A path that escapes the repository, or an absolute one
 * elsewhere, is `outside`.
 */
export function placePath(raw: string, index: RepoIndex, hints: PlaceHints = {}, prefix?: string): Placement {
  const p = reportPath(raw)
  const candidates: string[] = []
  if (hints.goImportPath && !isAbsolute(p)) {
    for (const m of index.goModules) {
      if (p.startsWith(m.module + '/'))
        candidates.push(m.dir ? `${m.dir}/${p.slice(m.module.length + 1)}` : p.slice(m.module.length + 1))
    }
  }
  if (!isAbsolute(p)) for (const s of hints.sourceRoots ?? []) candidates.push(joinPosix(toPosix(s), p))
  candidates.push(p)
  // A file the checkout has wins over one it lacks: with several Cobertura source roots, only
  // one of them holds the file; the others give well-formed paths to nothing.
  const resolved = candidates.map((c) => resolveCandidate(c, index, hints, prefix))
  const present = resolved.find((r) => r !== undefined && index.files.has(r))
  if (present !== undefined) return { path: present }
  const first = resolved.find((r) => r !== undefined)
  if (first !== undefined) return { path: first }
  if (isAbsolute(p))
    return {
      outside: `${raw} is outside the repository (${index.root}${prefix ? ` or ${prefix} where the report was made` : ''})`
    }
  const rel = posix.normalize(p).replace(/^\.\//, '')
  if (rel.startsWith('../') || rel === '..') return { outside: `${raw} escapes the repository root` }
  // A name relative to absolute source roots is where the roots put it: when the report's
  // checkout folder is known and no root puts the file in it (coverlet's root C:\Users\me\
  // holds the NuGet cache beside the checkout), the file is outside the repository.
  const roots = (hints.sourceRoots ?? []).map((r) => toPosix(r.trim())).filter(isAbsolute)
  if (prefix && roots.length) {
    const inside = (abs: string) => abs.startsWith(index.root + '/') || abs.startsWith(prefix)
    if (!roots.some((r) => inside(posix.normalize(joinPosix(r, p)))))
      return { outside: `${raw} is outside the repository (under ${roots.join(', ')}, not in ${prefix})` }
  }
  // A relative path may name a file the report measured but this checkout lacks (generated code): it stays as named.
  return { path: containing(rel, index, hints.modules) ?? rel }
}

/** A candidate path as a repository path: under the root or the checkout prefix, or relative (to the root or the report's folders). */
function resolveCandidate(c: string, index: RepoIndex, hints: PlaceHints, prefix?: string): string | undefined {
  if (isAbsolute(c)) {
    const abs = posix.normalize(c)
    const under =
      abs.startsWith(index.root + '/') ||
      (isWindows(abs) && abs.toLowerCase().startsWith(index.root.toLowerCase() + '/'))
    if (under) return abs.slice(index.root.length + 1)
    if (prefix && abs.startsWith(prefix)) return abs.slice(prefix.length)
    return undefined
  }
  const rel = posix.normalize(c).replace(/^\.\//, '')
  const up = rel.startsWith('../') || rel === '..'
  if (!up && index.files.has(rel)) return rel
  if (hints.reportDir) {
    // A monorepo package's report names files relative to the package, not to the root, and
    // a sibling package's files with `../` (jest's or nyc's collectCoverageFrom reaching out).
    let dir = hints.reportDir
    while (dir && dir !== '.') {
      const j = posix.normalize(`${dir}/${rel}`)
      if (!j.startsWith('../') && index.files.has(j)) return j
      dir = posix.dirname(dir)
    }
  }
  return undefined
}

/**
 * The one repository file whose path ends with `rel` (JaCoCo's `org/x/A.java` →
 * `src/main/java/org/x/A.java`); when several do, the one in a folder named after the entry's
 * innermost module that tells them apart (`core/src/main/java/org/x/A.java`).
 */
function containing(rel: string, index: RepoIndex, modules: string[] = []): string | undefined {
  const found = (index.byBase.get(posix.basename(rel)) ?? []).filter((c) => c.endsWith('/' + rel))
  if (found.length === 1) return found[0]
  for (const m of [...modules].reverse()) {
    const inModule = found.filter((c) => `/${c.slice(0, c.length - rel.length)}`.includes(`/${m}/`))
    if (inModule.length === 1) return inModule[0]
  }
  return undefined
}

/** The longest repository path whose segments end the given path (`/ci/r/r/src/x.ts` → `src/x.ts`). */
function suffixMatch(p: string, index: RepoIndex): string | undefined {
  const segs = posix
    .normalize(p)
    .replace(/^[A-Za-z]:/, '')
    .split('/')
    .filter(Boolean)
  const base = segs[segs.length - 1]
  if (!base) return undefined
  let best: string | undefined
  let bestLen = 0
  let tie = false
  for (const cand of index.byBase.get(base) ?? []) {
    const cs = cand.split('/')
    if (cs.length > segs.length) continue
    let ok = true
    for (let i = 1; i <= cs.length && ok; i++) ok = cs[cs.length - i] === segs[segs.length - i]
    if (!ok) continue
    if (cs.length > bestLen) {
      best = cand
      bestLen = cs.length
      tie = false
    } else if (cs.length === bestLen) tie = true
  }
  if (tie) return undefined
  return best
}

/** A report's path with `/` separators, without `file://` and Go's `_` before a package outside GOPATH and modules. */
function reportPath(raw: string): string {
  const p = toPosix(raw.trim()).replace(/^file:\/\//, '')
  return /^_\//.test(p) ? p.slice(1) : p
}

/**
 * The absolute paths a report's entry may stand for, to find where the report was made: the
 * path itself, or joined to each source root the report declares (Cobertura `<sources>`).
 */
export function* measuredPaths(raw: string, sourceRoots: string[] = []): Iterable<string> {
  yield raw
  const p = reportPath(raw)
  if (isAbsolute(p)) return
  for (const s of sourceRoots) {
    const root = toPosix(s.trim())
    if (isAbsolute(root)) yield joinPosix(root, p)
  }
}

export function toPosix(p: string): string {
  return p.replace(/\\/g, '/')
}

function isWindows(p: string): boolean {
  return /^[A-Za-z]:\//.test(p)
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || isWindows(p)
}

function joinPosix(a: string, b: string): string {
  return a.endsWith('/') ? a + b : `${a}/${b}`
}
