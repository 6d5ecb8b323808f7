import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PATTERNS } from '../../../packages/core/src/diagnosis/default-patterns.js'
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
