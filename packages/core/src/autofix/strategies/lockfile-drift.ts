/**
 * A lockfile out of sync with its manifest, as each package manager reports it in CI, and the
 * command that regenerates only the lockfile (no install scripts, no network for Cargo).
 */

export interface LockfileDrift {
  manager: 'npm' | 'pnpm' | 'yarn' | 'cargo'
  lockfile: string
  /** Regenerates the lockfile from the manifest without installing or running anything. */
  regenerate: string[]
  /** The log line that says so. */
  evidence: string
}

const RULES: Array<{ re: RegExp; drift: Omit<LockfileDrift, 'evidence'> }> = [
  {
    re: /`npm ci` can only install packages when your package\.json and package-lock\.json(?: or npm-shrinkwrap\.json)? are in sync|npm (?:ERR!|error) Missing: \S+ from lock file|npm (?:ERR!|error) Invalid: lock file's \S+ does not satisfy/,
    drift: {
      manager: 'npm',
      lockfile: 'package-lock.json',
      regenerate: ['npm', 'install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund']
    }
  },
  {
    re: /ERR_PNPM_OUTDATED_LOCKFILE|Cannot install with "frozen-lockfile" because pnpm-lock\.yaml is not up to date/,
    drift: {
      manager: 'pnpm',
      lockfile: 'pnpm-lock.yaml',
      regenerate: ['pnpm', 'install', '--lockfile-only', '--ignore-scripts']
    }
  },
  {
    re: /Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`|YN0028: .*The lockfile would have been modified by this install, which is explicitly forbidden/,
    drift: { manager: 'yarn', lockfile: 'yarn.lock', regenerate: ['yarn', 'install', '--mode=update-lockfile'] }
  },
  {
    re: /the lock file \S*Cargo\.lock needs to be updated but --(?:locked|frozen) was passed|cannot update the lock file \S*Cargo\.lock because --(?:locked|frozen) was passed/,
    drift: { manager: 'cargo', lockfile: 'Cargo.lock', regenerate: ['cargo', 'update', '--workspace', '--offline'] }
  }
]

/** The lockfile drift the log shows, if any (the first one named). */
export function lockfileDrift(lines: readonly string[]): LockfileDrift | undefined {
  for (const line of lines) {
    for (const r of RULES) {
      if (r.re.test(line)) {
        const drift = { ...r.drift, regenerate: [...r.drift.regenerate], evidence: line.trim() }
        // yarn classic (1.x) has no --mode; its lockfile is rewritten by a plain install
        if (drift.manager === 'yarn' && /--frozen-lockfile/.test(line))
          drift.regenerate = ['yarn', 'install', '--ignore-scripts']
        return drift
      }
    }
  }
  return undefined
}
