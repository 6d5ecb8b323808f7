/**
 * What license and copyright a project already declares, read from its own files (SPDX tags,
 * plain copyright notices, manifest license fields, LICENSES/): a header fix repeats them and
 * never invents either.
 */

export interface ProjectFile {
  path: string
  text: string
}

export interface ProjectLicensing {
  /** The license expression most files carry (or the manifests name); undefined when unknown or tied. */
  license: string | undefined
  /** The copyright text to add: the most common SPDX-FileCopyrightText, else the most common notice. */
  copyrights: string[]
  /** License ids with a text in LICENSES/. */
  licenseTexts: string[]
  /** True when the project follows REUSE (a LICENSES/ folder, REUSE.toml or .reuse/dep5). */
  reuse: boolean
}

// Tags in comments only (a script that greps for a tag is not declaring one): comment markers, then the tag.
const LICENSE_TAG = /^[\s#/*;!<%'.-]*SPDX-License-Identifier:\s*([A-Za-z0-9.+:() -]+?)\s*(?:\*\/|-->)?\s*$/m
const COPYRIGHT_TAG = /^[\s#/*;!<%'.-]*SPDX-FileCopyrightText:\s*(.+?)\s*(?:\*\/|-->)?\s*$/gm
const NOTICE = /^[\s#/*;!<%'-]*(Copyright\s+(?:\(c\)\s*|©\s*)?\d{4}(?:\s*[-,]\s*\d{4})*\s+.+?)\s*(?:\*\/|-->)?\s*$/gim

/** The single most frequent value, or undefined when there is none or the first place is shared. */
export function dominant(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  if (ranked.length === 0) return undefined
  if (ranked.length > 1 && ranked[1]![1] === ranked[0]![1]) return undefined
  return ranked[0]![0]
}

function manifestLicense(files: readonly ProjectFile[]): string | undefined {
  const found: string[] = []
  for (const f of files) {
    if (f.path === 'package.json') {
      try {
        const l = (JSON.parse(f.text) as { license?: unknown }).license
        if (typeof l === 'string' && l !== 'UNLICENSED') found.push(l)
      } catch {
        // a broken package.json tells nothing about the license
      }
    } else if (f.path === 'Cargo.toml' || f.path === 'pyproject.toml') {
      const m = /^\s*license\s*=\s*(?:"([^"]+)"|\{\s*text\s*=\s*"([^"]+)"\s*\})/m.exec(f.text)
      if (m) found.push((m[1] ?? m[2])!)
    }
  }
  return dominant(found)
}

/** Reads the project's licensing from its files (header lines only: the first 40 lines of each). */
export function projectLicensing(files: readonly ProjectFile[]): ProjectLicensing {
  const licenses: string[] = []
  const spdxCopyrights: string[] = []
  const notices: string[] = []
  const licenseTexts: string[] = []
  let reuse = false
  for (const f of files) {
    const lt = /^LICENSES\/(.+)\.[^./]+$/.exec(f.path)
    if (lt) {
      licenseTexts.push(lt[1]!)
      reuse = true
      continue
    }
    if (f.path === 'REUSE.toml' || f.path === '.reuse/dep5') reuse = true
    if (f.path.endsWith('.license') && !f.text.includes('SPDX-')) continue
    const head = f.text.slice(0, 4000).split('\n').slice(0, 40).join('\n')
    const l = LICENSE_TAG.exec(head)
    if (l) licenses.push(l[1]!)
    for (const m of head.matchAll(COPYRIGHT_TAG)) spdxCopyrights.push(m[1]!)
    for (const m of head.matchAll(NOTICE)) notices.push(m[1]!)
  }
  const license =
    dominant(licenses) ??
    (licenses.length === 0 ? manifestLicense(files) : undefined) ??
    (licenses.length === 0 && licenseTexts.length === 1 ? licenseTexts[0] : undefined)
  const copyright = dominant(spdxCopyrights) ?? (spdxCopyrights.length === 0 ? dominant(notices) : undefined)
  return { license, copyrights: copyright ? [copyright] : [], licenseTexts, reuse }
}

/** License ids named in an SPDX expression (`MIT OR Apache-2.0 WITH LLVM-exception` → MIT, Apache-2.0). */
export function licenseIds(expression: string): string[] {
  return expression
    .replace(/[()]/g, ' ')
    .split(/\s+/)
    .filter(
      (t, i, all) =>
        t !== '' && !/^(?:AND|OR|WITH)$/i.test(t) && !/^with$/i.test(all[i - 1] ?? '') && all[i - 1] !== 'WITH'
    )
}
