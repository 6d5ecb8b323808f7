import { posix } from 'node:path'

/** Where a generated test for `target` goes, and how it imports the target. */
export function testPlacement(target: string, generator: string, k = 0): { path: string; importPath: string } {
  const dir = posix.dirname(target)
  const base = posix.basename(target).replace(/\.[cm]?[jt]sx?$/, '')
  const path = posix.join(dir, `${base}.${generator}${k ? `-${k}` : ''}.generated.test.mjs`)
  return { path, importPath: `./${posix.basename(target)}` }
}

/** The exported names a module's source declares (ESM `export function`/`export const`/`export {}`). */
export function exportedNames(source: string): string[] {
  const names = new Set<string>()
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/g)) names.add(m[1]!)
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]!)
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g))
    for (const part of m[1]!.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim()
      if (name && /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default') names.add(name)
    }
  return [...names]
}
