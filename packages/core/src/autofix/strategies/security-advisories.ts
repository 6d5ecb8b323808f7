/** Advisories as `npm audit` and `cargo audit` print them in CI logs. */
import { markdownCode, markdownLink, markdownText } from '../../security/escape.js'
import { fenced } from '../delivery/markdown.js'

export interface Advisory {
  ecosystem: 'npm' | 'cargo'
  package: string
  /** Affected versions (npm) or the installed version (cargo). */
  versions: string
  severity?: string
  title: string
  id?: string
  url?: string
  /** What the tool says would fix it (`fix available via npm audit fix`, `Upgrade to >=0.2.23`). */
  fix?: string
}

const NPM_HEAD = /^([@\w./-]+)\s{2,}(.+)$/
const CARGO_FIELD = /^(Crate|Version|Title|ID|URL|Solution|Severity):\s+(.+)$/

/** Every advisory a log shows, in order, once each. */
export function parseAdvisories(lines: readonly string[]): Advisory[] {
  const out: Advisory[] = []
  let inNpm = false
  let npm: Advisory | undefined
  let cargo: Partial<Record<string, string>> = {}
  const flushCargo = (): void => {
    if (cargo['Crate'] && cargo['ID'])
      out.push({
        ecosystem: 'cargo',
        package: cargo['Crate'],
        versions: cargo['Version'] ?? '',
        title: cargo['Title'] ?? '',
        id: cargo['ID'],
        ...(cargo['URL'] ? { url: cargo['URL'] } : {}),
        ...(cargo['Severity'] ? { severity: cargo['Severity'] } : {}),
        ...(cargo['Solution'] ? { fix: cargo['Solution'] } : {})
      })
    cargo = {}
  }
  for (const raw of lines) {
    const line = raw.trim()
    if (/^# npm audit report/.test(line)) {
      inNpm = true
      continue
    }
    const f = CARGO_FIELD.exec(line)
    // npm's report has a Severity line of its own
    if (f && !(inNpm && f[1] === 'Severity')) {
      if (f[1] === 'Crate') flushCargo()
      cargo[f[1]!] = f[2]!.trim()
      continue
    }
    if (!inNpm) continue
    const head = NPM_HEAD.exec(line)
    if (head && !/^(Severity|fix|node_modules|Depends)/.test(line)) {
      npm = { ecosystem: 'npm', package: head[1]!, versions: head[2]!.trim(), title: '' }
      out.push(npm)
      continue
    }
    if (!npm) continue
    const sev = /^Severity:\s*(\w+)/.exec(line)
    if (sev) npm.severity = sev[1]!
    else if (/^fix available via|^No fix available/.test(line)) npm.fix = line
    else if (/ - https?:\/\//.test(line) && npm.title === '') {
      const [title, url] = line.split(/ - (?=https?:\/\/)/)
      npm.title = title!.trim()
      npm.url = url!.trim()
      const ghsa = /GHSA-[\w-]+/.exec(url!)
      if (ghsa) npm.id = ghsa[0]
    }
    if (
      /^\d+ (?:low|moderate|high|critical)?\s*severity vulnerabilit/.test(line) ||
      /^found \d+ vulnerabilit/.test(line)
    )
      inNpm = false
  }
  flushCargo()
  const seen = new Set<string>()
  return out.filter((a) => {
    const k = `${a.ecosystem}:${a.package}:${a.id ?? a.title}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** A package manager's dry run and what it printed. */
export interface DryRun {
  command: string
  /** Exit code; anything but 0 means the dry run could not say what would change. */
  code: number
  output: string
}

/**
 * The advisories as a Markdown list for an issue or a comment, with what each dry run that
 * worked says would change; the dry runs that did not run or failed are named, with the reason,
 * for a person to run.
 */
export function advisoriesMarkdown(advisories: readonly Advisory[], dryRuns: readonly DryRun[] = []): string {
  const done = dryRuns.filter((d) => d.code === 0)
  const failed = dryRuns.filter((d) => d.code !== 0)
  const left = dryRunCommands(advisories).filter((c) => !done.some((d) => d.command === c))
  const rows = advisories.map(
    (a) =>
      `| ${a.ecosystem} | ${markdownCode(a.package, true)} | ${markdownText(a.versions)} | ${markdownText(a.severity ?? '')} | ${markdownLink(a.id ?? 'advisory', a.url)} ${markdownText(a.title)} | ${markdownText(a.fix ?? '')} |`
  )
  return [
    `${advisories.length} security advisor${advisories.length === 1 ? 'y' : 'ies'} affect the dependencies. Nothing was changed: security fixes are applied by a person.`,
    '',
    '| ecosystem | package | versions | severity | advisory | fix |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...(done.length > 0
      ? [
          'What the package manager would change (dry run, on the failing commit):',
          '',
          fenced(done.map((d) => `$ ${d.command}\n${lastLines(d.output, 40)}`).join('\n\n'))
        ]
      : []),
    ...(left.length > 0
      ? [
          ...(done.length > 0 ? [''] : []),
          `${done.length > 0 ? 'The other dry runs' : 'What the package manager would change'} could not be computed here (${
            failed.length > 0
              ? failed
                  .map(
                    (d) =>
                      `${markdownCode(d.command)} exited ${d.code}: ${markdownText(lastLines(d.output, 1).slice(0, 160))}`
                  )
                  .join('; ')
              : 'its dry run asks the registry'
          }). These commands show it without changing anything:`,
          '',
          fenced(left.join('\n'))
        ]
      : [])
  ].join('\n')
}

function lastLines(text: string, n: number): string {
  return text
    .replace(/\r/g, '')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(-n)
    .join('\n')
}

/** The dry runs that show what would fix the advisories: `npm audit fix --dry-run`, `cargo update -p <crate> --dry-run`. */
export function dryRunCommands(advisories: readonly Advisory[]): string[] {
  const out: string[] = []
  const npm = advisories.filter((a) => a.ecosystem === 'npm')
  if (npm.length > 0) {
    out.push('npm audit fix --dry-run')
    // a fix npm marks as breaking (a major version) is only made with --force
    if (npm.some((a) => /--force/.test(a.fix ?? ''))) out.push('npm audit fix --force --dry-run')
  }
  for (const crate of new Set(advisories.filter((a) => a.ecosystem === 'cargo').map((a) => a.package)))
    if (/^[A-Za-z0-9_-]+$/.test(crate)) out.push(`cargo update -p ${crate} --dry-run`)
  return out
}
