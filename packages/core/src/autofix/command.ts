import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** One tool invocation a CI command line comes down to (`npm run lint` → `eslint src lib`). */
export interface Invocation {
  /** The tool's name: `eslint`, `cargo`, `black`, `vitest`, `npm`… */
  tool: string
  args: string[]
  /** The shell text this came from. */
  source: string
}

/** Splits a shell line into words (quotes honoured, no expansion); undefined for what we cannot read. */
export function shellWords(line: string): string[] | undefined {
  const words: string[] = []
  let cur = ''
  let has = false
  let q: '"' | "'" | null = null
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (q) {
      if (c === q) q = null
      else if (q === '"' && (c === '$' || c === '`')) return undefined
      else if (c === '\\' && q === '"' && i + 1 < line.length) cur += line[++i]
      else cur += c
      continue
    }
    if (c === '"' || c === "'") {
      q = c
      has = true
    } else if (c === '\\' && i + 1 < line.length) {
      cur += line[++i]
      has = true
    } else if (/\s/.test(c)) {
      if (has) words.push(cur)
      cur = ''
      has = false
    } else if ('$`<>'.includes(c)) {
      return undefined
    } else {
      cur += c
      has = true
    }
  }
  if (q) return undefined
  if (has) words.push(cur)
  return words
}

const RUNNERS = new Set(['npx', 'pnpx', 'bunx'])

/** The project's scripts from its package.json (none when it has none). */
function scripts(root: string): Record<string, string> {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }
    return pkg.scripts ?? {}
  } catch {
    return {}
  }
}

/**
 * The tool invocations of a CI command: `&&`, `;` and new lines split it, environment
 * assignments and `npx`/`pnpm exec`/`python -m` are taken off, and package.json scripts
 * (`npm run X`, `npm test -- args`, `yarn X`, `pnpm X`) are followed two levels deep.
 */
export function invocations(command: string, root: string, depth = 0): Invocation[] {
  const out: Invocation[] = []
  for (const part of command.split(/&&|\|\||;|\n/)) {
    const src = part.trim()
    if (src === '' || src.startsWith('#')) continue
    const words = shellWords(src)
    if (!words || words.length === 0) continue
    let w = words
    if (w[0] === 'env') w = w.slice(1)
    while (w.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(w[0]!)) w = w.slice(1)
    if (w.length === 0) continue
    let tool = w[0]!.split('/').pop()!
    let args = w.slice(1)
    if (RUNNERS.has(tool)) {
      while (args[0]?.startsWith('-')) args = args.slice(1)
      if (args.length === 0) continue
      tool = args[0]!.split('/').pop()!
      args = args.slice(1)
    } else if ((tool === 'pnpm' || tool === 'yarn') && args[0] === 'exec') {
      tool = args[1] ?? ''
      args = args.slice(2)
    } else if (/^python[0-9.]*$/.test(tool) && args[0] === '-m' && args[1]) {
      tool = args[1]
      args = args.slice(2)
    }
    const script = depth < 2 ? scriptOf(tool, args, root) : undefined
    if (script) {
      const extra = script.extra.length > 0 ? ` ${script.extra.map(quote).join(' ')}` : ''
      const inner = invocations(script.text + extra, root, depth + 1)
      if (inner.length > 0) {
        out.push(...inner)
        continue
      }
    }
    out.push({ tool, args, source: src })
  }
  return out
}

function scriptOf(tool: string, args: string[], root: string): { text: string; extra: string[] } | undefined {
  if (!['npm', 'yarn', 'pnpm', 'bun'].includes(tool)) return undefined
  const s = scripts(root)
  let name: string | undefined
  let rest: string[] = []
  if (args[0] === 'run' || args[0] === 'run-script') {
    name = args[1]
    rest = args.slice(2)
  } else if (args[0] === 'test' || args[0] === 't') {
    name = 'test'
    rest = args.slice(1)
  } else if (tool !== 'npm' && args[0] && s[args[0]] !== undefined) {
    name = args[0]
    rest = args.slice(1)
  }
  if (!name || s[name] === undefined) return undefined
  const dd = rest.indexOf('--')
  const extra = tool === 'npm' ? (dd >= 0 ? rest.slice(dd + 1) : []) : dd >= 0 ? rest.slice(dd + 1) : rest
  return { text: s[name]!, extra }
}

/** A word quoted for a POSIX shell when it needs to be. */
export function quote(a: string): string {
  if (a !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(a)) return a
  return `'${a.replace(/'/g, `'\\''`)}'`
}

/** Words as one shell line. */
export function shellLine(words: readonly string[]): string {
  return words.map(quote).join(' ')
}
