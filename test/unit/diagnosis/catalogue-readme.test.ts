import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../../packages/core/src/diagnosis/catalogue.js'
import { DEFAULT_PATTERNS } from '../../../packages/core/src/diagnosis/default-patterns.js'
import { classifyText } from '../../../packages/core/src/diagnosis/log-classifier.js'
import { catalogueRows, parseTable, readmeTable, ROOT } from '../../../scripts/catalogue-table.js'

describe("the README's catalogue table", () => {
  const documented = parseTable(readmeTable(readFileSync(join(ROOT, 'README.md'), 'utf8')))

  it('is the table generated from the built-in catalogue (node --import tsx scripts/catalogue-table.ts --write)', () => {
    expect(documented).toEqual(catalogueRows())
  })

  it('has one row per built-in rule, in catalogue order', () => {
    const rules = DEFAULT_PATTERNS.flatMap((p) => p.rules.map((r) => `${p.id}/${r.id}`))
    expect(documented.slice(1).map((row) => `${row[0]!.split(' ')[0]}/${row[1]}`)).toEqual(rules)
  })

  it("shows example lines that the row's regex matches", () => {
    const byId = new Map(DEFAULT_PATTERNS.flatMap((p) => p.rules.map((r) => [`${p.id}/${r.id}`, r] as const)))
    const examples = documented.slice(1).filter((row) => row[4] !== '—')
    expect(examples.length).toBeGreaterThan(100)
    for (const row of examples) {
      const rule = byId.get(`${row[0]!.split(' ')[0]}/${row[1]}`)!
      const text = row[4]!.replace(/^(``?) ?(.*?) ?\1$/, '$2').replace(/\\\|/g, '|')
      if (text.endsWith('…')) continue
      expect(new RegExp(rule.regex, rule.flags ?? '').test(text), `${row[1]}: ${text}`).toBe(true)
    }
  })
})

describe("the README's example .github/hee-patterns.yml", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const yaml = /```yaml\n(# \.github\/hee-patterns\.yml\n[\s\S]*?)```/.exec(readme)?.[1]

  it('loads, and its rules apply', () => {
    expect(yaml).toBeDefined()
    const catalogue = loadCatalogue(yaml)
    expect(catalogue.patterns.get('PAT-005')?.severity).toBe('high')
    expect(catalogue.patterns.get('PAT-008')?.enabled).toBe(false)
    const dash = classifyText('One or more dependencies were not approved\n', { catalogue }).findings[0]
    expect(dash?.rule).toBe('PAT-004/dash-not-approved')
    const drift = classifyText(
      '##[group]Run ./migrate --check\n##[endgroup]\nMigration 0042_users is not applied\n##[error]Process completed with exit code 1.\n',
      { catalogue }
    ).findings[0]
    expect(drift?.pattern).toBe('PAT-101')
  })
})
