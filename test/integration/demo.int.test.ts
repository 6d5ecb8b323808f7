import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { ROOT } from '../support/workflow.js'

// The README's first command must stay true: the demo runs the bundles end to end.
test('npm run demo analyses the failed run, carries the capsule between jobs and refuses the tampered copy', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/demo.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    timeout: 120_000
  })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
  expect(r.stdout).not.toContain('✘')
  expect(r.stdout).toMatch(
    /monitor {2}: monitor +status=failed severity=critical patterns=PAT-001 fix_required=false version=3/
  )
  expect(r.stdout).toMatch(/follow-up: capsule-load \(same run\) +status=failed version=3 source-run-id=2001/)
  expect(r.stdout).toContain('| build | Run cargo build --locked | PAT-001 Compilation failure |')
  expect(r.stdout).toMatch(/monitor +status=operational severity=none fix_required=false version=4/)
  expect(r.stdout).toContain('signature does not match')
  expect(r.stdout).toContain('class Operational current')
})
