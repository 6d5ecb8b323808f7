/**
 * The project's other checks a fix must not break. A fix is proved by the failing check, and
 * also by every check of this list that passed on the failing commit before the fix: the engine
 * runs them before applying (those that fail already, or whose tool is missing, are not
 * required) and again after, and rolls the fix back when one of them no longer passes.
 *
 * Each is a whole-project command the project's own configuration selects: the build of the
 * Rust code and its tests after a clippy fix (clippy's `--fix` also applies rustc's suggestions,
 * such as removing an import only tests use), `cargo fmt --check` after a clippy or header fix,
 * the project's eslint, prettier and TypeScript checks after a JavaScript fix or a header, black
 * and ruff after a Python fix or a header.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { shellLine } from './command.js'

const SKIP_DIRS = new Set(['.git', 'target', 'node_modules', '.venv', 'venv', '__pycache__', 'dist', 'build'])

function read(root: string, path: string): string {
  try {
    return readFileSync(join(root, path), 'utf8')
  } catch {
    return ''
  }
}

/** Cargo manifests of the project (the root one and those of its members), three folders deep. */
function cargoManifests(root: string, dir = '', depth = 0): string[] {
  let names: string[]
  try {
    names = readdirSync(join(root, dir))
  } catch {
    return []
  }
  const out = names.includes('Cargo.toml') ? [dir ? `${dir}/Cargo.toml` : 'Cargo.toml'] : []
  if (depth >= 3) return out
  for (const n of names) {
    if (SKIP_DIRS.has(n) || n.startsWith('.')) continue
    const sub = dir ? `${dir}/${n}` : n
    if (statSync(join(root, sub), { throwIfNoEntry: false })?.isDirectory())
      out.push(...cargoManifests(root, sub, depth + 1))
  }
  return out
}

export interface RustChecks {
  /** `cargo test --no-run` over what the project builds (its tests included). */
  build?: boolean
  /** `cargo fmt --check`. */
  format?: boolean
}

/** The Rust project's build of every target (features included) and its format check. */
export function rustChecks(root: string, which: RustChecks): string[] {
  if (!existsSync(join(root, 'Cargo.toml'))) return []
  const rootManifest = read(root, 'Cargo.toml')
  const workspace = /^\s*\[workspace\]/m.test(rootManifest)
  const out: string[] = []
  if (which.build) {
    const features = cargoManifests(root).some((m) => /^\s*\[features\]/m.test(read(root, m)))
    out.push(
      shellLine([
        'cargo',
        'test',
        '--no-run',
        ...(workspace ? ['--workspace'] : []),
        ...(features ? ['--all-features'] : [])
      ])
    )
  }
  if (which.format) out.push(shellLine(['cargo', 'fmt', ...(workspace ? ['--all'] : []), '--', '--check']))
  return out
}

const PRETTIER_CONFIG =
  /^(?:\.prettierrc(?:\.(?:json|ya?ml|json5|js|cjs|mjs|toml))?|prettier\.config\.(?:js|cjs|mjs|ts))$/
const ESLINT_CONFIG = /^(?:eslint\.config\.(?:js|cjs|mjs|ts|mts|cts)|\.eslintrc(?:\.(?:json|ya?ml|js|cjs))?)$/

function rootNames(root: string): string[] {
  try {
    return readdirSync(root)
  } catch {
    return []
  }
}

/** Whether the project installs and configures a JavaScript tool (its own copy, in node_modules). */
export function jsToolConfigured(root: string, tool: 'eslint' | 'prettier' | 'tsc'): boolean {
  if (!existsSync(join(root, 'node_modules', '.bin', tool))) return false
  const names = rootNames(root)
  const pkg = read(root, 'package.json')
  if (tool === 'tsc') return names.includes('tsconfig.json')
  if (tool === 'prettier') return names.some((n) => PRETTIER_CONFIG.test(n)) || /"prettier"\s*:\s*[{"]/.test(pkg)
  return names.some((n) => ESLINT_CONFIG.test(n)) || /"eslintConfig"\s*:/.test(pkg)
}

/** The project's own whole-project JavaScript checks among `tools` (eslint, prettier, tsc). */
export function jsChecks(root: string, tools: ReadonlyArray<'eslint' | 'prettier' | 'tsc'>): string[] {
  const out: string[] = []
  for (const t of tools) {
    if (!jsToolConfigured(root, t)) continue
    if (t === 'eslint') out.push('npx --no-install eslint .')
    else if (t === 'prettier') out.push('npx --no-install prettier --check .')
    else out.push('npx --no-install tsc --noEmit -p .')
  }
  return out
}

/** The project's Python format and lint checks among `tools`, where its configuration names them. */
export function pythonChecks(root: string, tools: ReadonlyArray<'black' | 'ruff'>): string[] {
  const py = read(root, 'pyproject.toml')
  const names = rootNames(root)
  const out: string[] = []
  for (const t of tools) {
    if (t === 'black' && /^\s*\[tool\.black\]/m.test(py)) out.push('black --check --quiet .')
    if (
      t === 'ruff' &&
      (/^\s*\[tool\.ruff[\].]/m.test(py) || names.includes('ruff.toml') || names.includes('.ruff.toml'))
    )
      out.push('ruff check .')
  }
  return out
}

/**
 * The line of a check's output that says what broke (rustc's `error…`, an eslint row with its
 * file, prettier's `[warn] file`, black's `would reformat`), else its last line; paths inside the
 * scratch tree `root` are shown relative to the repository.
 */
export function firstError(output: string, root?: string): string {
  const text = root ? output.split(`${root}/`).join('') : output
  const lines = text.split('\n').filter((l) => l.trim() !== '')
  const i = lines.findIndex((l) => /^\s*(?:\d+:\d+\s+)?error\b|^\[warn\] |^would reformat |^\S+:\d+:\d+:? /i.test(l))
  if (i < 0) return (lines.at(-1) ?? '').trim().slice(0, 200)
  const row = lines[i]!.trim().replace(/\s{2,}/g, '  ')
  // an eslint row names its file on the line above
  const file = /^\d+:\d+\s/.test(row) && i > 0 && !/^\s/.test(lines[i - 1]!) ? `${lines[i - 1]!.trim()}:` : ''
  return `${file}${row}`.slice(0, 200)
}
