import { describe, expect, it } from 'vitest'
import {
  advisoriesMarkdown,
  dryRunCommands,
  parseAdvisories
} from '../../../../packages/core/src/autofix/strategies/security-advisories.js'

// As npm 10 and cargo-audit print them (a job log's lines, decorations already stripped).
const NPM = [
  '# npm audit report',
  '',
  'braces  <3.0.3',
  'Severity: high',
  'Uncontrolled resource consumption in braces - https://github.com/advisories/GHSA-grv7-fg5c-xmjg',
  'fix available via `npm audit fix`',
  'node_modules/braces',
  '',
  'semver  7.0.0 - 7.5.1',
  'Severity: moderate',
  'semver vulnerable to Regular Expression Denial of Service - https://github.com/advisories/GHSA-c2qf-rxjj-qqgw',
  'No fix available',
  'node_modules/semver',
  '',
  '2 vulnerabilities (1 moderate, 1 high)'
]
const CARGO = [
  'Crate:     time',
  'Version:   0.1.45',
  'Title:     Potential segfault in the time crate',
  'Date:      2020-11-18',
  'ID:        RUSTSEC-2020-0071',
  'URL:       https://rustsec.org/advisories/RUSTSEC-2020-0071',
  'Solution:  Upgrade to >=0.2.23',
  'Dependency tree:',
  'time 0.1.45'
]

describe('parseAdvisories', () => {
  it('reads npm audit advisories with severity, link and fix', () => {
    expect(parseAdvisories(NPM)).toEqual([
      {
        ecosystem: 'npm',
        package: 'braces',
        versions: '<3.0.3',
        severity: 'high',
        title: 'Uncontrolled resource consumption in braces',
        url: 'https://github.com/advisories/GHSA-grv7-fg5c-xmjg',
        id: 'GHSA-grv7-fg5c-xmjg',
        fix: 'fix available via `npm audit fix`'
      },
      expect.objectContaining({
        package: 'semver',
        versions: '7.0.0 - 7.5.1',
        severity: 'moderate',
        fix: 'No fix available'
      })
    ])
  })

  it('reads cargo audit advisories', () => {
    expect(parseAdvisories(CARGO)).toEqual([
      {
        ecosystem: 'cargo',
        package: 'time',
        versions: '0.1.45',
        title: 'Potential segfault in the time crate',
        id: 'RUSTSEC-2020-0071',
        url: 'https://rustsec.org/advisories/RUSTSEC-2020-0071',
        fix: 'Upgrade to >=0.2.23'
      }
    ])
  })

  it('finds nothing in an ordinary failure', () => {
    expect(parseAdvisories(['error[E0308]: mismatched types', 'Severity: none of your business'])).toEqual([])
  })
})

describe('advisoriesMarkdown', () => {
  it('lists every advisory and what the dry runs say, and says nothing was changed', () => {
    const md = advisoriesMarkdown(parseAdvisories([...NPM, ...CARGO]), [
      {
        command: 'npm audit fix --dry-run',
        code: 0,
        output: 'change braces 3.0.2 => 3.0.3\nup to date, audited 1 package'
      },
      { command: 'cargo update -p time --dry-run', code: 0, output: '    Updating time v0.1.45 -> v0.1.47' }
    ])
    expect(md).toMatch(/^3 security advisories affect the dependencies\. Nothing was changed/)
    expect(md).toContain(
      '| npm | `braces` | &lt;3.0.3 | high | [GHSA-grv7-fg5c-xmjg](https://github.com/advisories/GHSA-grv7-fg5c-xmjg)'
    )
    expect(md).toContain('| cargo | `time` | 0.1.45 |')
    expect(md).toContain('$ npm audit fix --dry-run\nchange braces 3.0.2 => 3.0.3\nup to date, audited 1 package')
    expect(md).toContain('$ cargo update -p time --dry-run\n    Updating time v0.1.45 -> v0.1.47')
    expect(md).not.toContain('could not be computed')
  })

  it('names a dry run that failed with its error, beside the one that worked', () => {
    const md = advisoriesMarkdown(parseAdvisories([...NPM, ...CARGO]), [
      {
        command: 'npm audit fix --dry-run',
        code: 1,
        output: 'npm warn audit 405 Method Not Allowed\nnpm error audit endpoint returned an error'
      },
      { command: 'cargo update -p time --dry-run', code: 0, output: '    Updating time v0.1.45 -> v0.1.47' }
    ])
    expect(md).toContain('$ cargo update -p time --dry-run')
    expect(md).toMatch(
      /The other dry runs could not be computed here \(`npm audit fix --dry-run` exited 1: npm error audit endpoint returned an error\)/
    )
    expect(md).toMatch(/```\nnpm audit fix --dry-run\n```/)
  })

  it('names the dry runs a person runs when the preview could not be computed, never "(nothing)"', () => {
    const advisories = parseAdvisories([...NPM, ...CARGO])
    const md = advisoriesMarkdown(advisories)
    expect(md).not.toContain('(nothing)')
    expect(md).toContain('could not be computed here (its dry run asks the registry)')
    expect(dryRunCommands(advisories)).toEqual(['npm audit fix --dry-run', 'cargo update -p time --dry-run'])
    const breaking = { ...advisories[0]!, fix: 'fix available via `npm audit fix --force`' }
    expect(dryRunCommands([breaking])).toEqual(['npm audit fix --dry-run', 'npm audit fix --force --dry-run'])
    expect(md).toContain('cargo update -p time --dry-run')
    expect(dryRunCommands([{ ecosystem: 'cargo', package: 'x; rm -rf /', versions: '', title: '' }])).toEqual([])
  })
})
