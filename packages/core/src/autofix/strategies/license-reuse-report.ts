/** What `reuse lint` (REUSE tool 1.x to 5.x, plain text output) says is missing. */
export interface ReuseReport {
  /** Files without copyright and/or license information. */
  files: Array<{ path: string; copyright: boolean; license: boolean }>
  /** Licenses used in the project whose text is not in LICENSES/. */
  missingLicenses: string[]
  /** Problems this fix does not handle (bad, deprecated or unused licenses, read errors). */
  other: string[]
  /** True when the tool said the project is compliant. */
  compliant: boolean
}

/** Reads `reuse lint` output; log decorations (timestamps, `##[group]`) are the caller's to strip. */
export function parseReuseLint(output: string): ReuseReport {
  const files = new Map<string, { path: string; copyright: boolean; license: boolean }>()
  const missingLicenses = new Set<string>()
  const other: string[] = []
  let mode: 'both' | 'copyright' | 'license' | 'missing-license' | 'none' = 'none'
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trimEnd()
    if (/^# /.test(line)) {
      mode = 'none'
      continue
    }
    if (
      /no copyright and licensing information:$/i.test(line) ||
      /no copyright and licen[cs]ing information:/i.test(line)
    ) {
      mode = 'both'
      continue
    }
    if (/have no copyright information:$/i.test(line)) {
      mode = 'copyright'
      continue
    }
    if (/have no licen[cs]ing information:$/i.test(line)) {
      mode = 'license'
      continue
    }
    const found = /^'(.+)' found in:$/.exec(line)
    if (found) {
      missingLicenses.add(found[1]!)
      mode = 'missing-license'
      continue
    }
    const summary =
      /^\* (Bad|Deprecated|Unused) licen[cs]es:\s*(.+)$/.exec(line) ??
      /^\* (Licen[cs]es without file extension):\s*(.+)$/.exec(line)
    if (summary && summary[2]!.trim() !== '') other.push(`${summary[1]} licenses: ${summary[2]!.trim()}`)
    const miss = /^\* Missing licen[cs]es:\s*(.*)$/.exec(line)
    if (miss) for (const id of miss[1]!.split(/,\s*/)) if (id.trim()) missingLicenses.add(id.trim())
    const read = /^\* Read errors:\s*(\d+)/.exec(line)
    if (read && read[1] !== '0') other.push(`${read[1]} read errors`)
    const item = /^\* (.+)$/.exec(line)
    if (item && (mode === 'both' || mode === 'copyright' || mode === 'license')) {
      const path = item[1]!
      const f = files.get(path) ?? { path, copyright: false, license: false }
      if (mode !== 'license') f.copyright = true
      if (mode !== 'copyright') f.license = true
      files.set(path, f)
    }
  }
  const compliant = /Congratulations! Your project is compliant/i.test(output)
  return { files: [...files.values()], missingLicenses: [...missingLicenses], other, compliant }
}
