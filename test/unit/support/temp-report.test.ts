import { mkdirSync, mkdtempSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { tempLeftovers } from '../../support/temp-report.js'

it("lists this run's test roots, and other recent hee-* folders, never another run's roots or old folders", () => {
  const dir = mkdtempSync(join(tmpdir(), 'scan-'))
  const since = Date.now() - 60_000
  for (const name of ['hee-test-41-aaaaaa', 'hee-test-41-bbbbbb', 'hee-test-415-cccccc', 'hee-test-7-dddddd'])
    mkdirSync(join(dir, name))
  for (const name of ['hee-git-eeeeee', 'hee-old-ffffff', 'other-gggggg']) mkdirSync(join(dir, name))
  const old = new Date(since - 3_600_000)
  utimesSync(join(dir, 'hee-old-ffffff'), old, old)
  expect(tempLeftovers(dir, '41', since)).toEqual({
    roots: ['hee-test-41-aaaaaa', 'hee-test-41-bbbbbb'],
    recent: ['hee-git-eeeeee']
  })
  expect(tempLeftovers(dir, '9', since)).toEqual({ roots: [], recent: ['hee-git-eeeeee'] })
})
