import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  dominant,
  licenseIds,
  projectLicensing,
  type ProjectFile
} from '../../../../packages/core/src/autofix/strategies/license-project.js'

const CORPUS = join(import.meta.dirname, '../../../fixtures/fix-corpus')

function filesOf(dir: string): ProjectFile[] {
  const out: ProjectFile[] = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name)
      if (statSync(full).isDirectory()) walk(full)
      else out.push({ path: relative(dir, full), text: readFileSync(full, 'latin1') })
    }
  }
  walk(dir)
  return out
}

describe('projectLicensing', () => {
  it('takes the REUSE tags most files carry', () => {
    expect(projectLicensing(filesOf(join(CORPUS, 'toolbox')))).toEqual({
      license: 'MIT',
      copyrights: ['2024 Toolbox contributors'],
      licenseTexts: ['MIT'],
      reuse: true
    })
  })

  it('prefers the license most files carry when a project uses two', () => {
    const p = projectLicensing(filesOf(join(CORPUS, 'palette')))
    expect(p).toMatchObject({ license: 'Apache-2.0', copyrights: ['2023 Palette Authors'], reuse: true })
    expect(p.licenseTexts).toEqual(['CC0-1.0'])
  })

  it('repeats a plain copyright notice when the project has no SPDX copyright tags', () => {
    expect(projectLicensing(filesOf(join(CORPUS, 'relay')))).toMatchObject({
      license: 'Apache-2.0',
      copyrights: ['Copyright 2022 The Relay Authors'],
      reuse: false
    })
  })

  it('falls back to the manifest license field, and knows nothing when nothing says', () => {
    expect(projectLicensing([{ path: 'Cargo.toml', text: '[package]\nlicense = "MIT OR Apache-2.0"\n' }]).license).toBe(
      'MIT OR Apache-2.0'
    )
    expect(projectLicensing([{ path: 'package.json', text: '{"license":"ISC"}' }]).license).toBe('ISC')
    expect(projectLicensing([{ path: 'src/a.rs', text: 'fn a() {}\n' }])).toEqual({
      license: undefined,
      copyrights: [],
      licenseTexts: [],
      reuse: false
    })
  })

  it('refuses to choose between two licenses used equally often', () => {
    const files = [
      { path: 'a.rs', text: '// SPDX-License-Identifier: MIT\n' },
      { path: 'b.rs', text: '// SPDX-License-Identifier: GPL-3.0-only\n' }
    ]
    expect(projectLicensing(files).license).toBeUndefined()
    expect(dominant(['a', 'b', 'a'])).toBe('a')
  })
})

describe('licenseIds', () => {
  it('lists the licenses of an expression without operators and exceptions', () => {
    expect(licenseIds('(MIT OR Apache-2.0) AND Apache-2.0 WITH LLVM-exception')).toEqual([
      'MIT',
      'Apache-2.0',
      'Apache-2.0'
    ])
  })
})
