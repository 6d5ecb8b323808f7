import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { ROOT } from '../support/workflow.js'

// The README's first command must stay true: the demo runs the bundles end to end, from a CI run
// that failed with real tool output to a fix pull request and the capsule report.
test('npm run demo: causes of three failed jobs, a clippy fix PR proved by the check, the test failure left alone, coverage, capsule', () => {
  const keep = join(mkdtempSync(join(tmpdir(), 'hee-demo-keep-')), 'kept')
  const temp = mkdtempSync(join(tmpdir(), 'hee-demo-tmp-'))
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/demo.ts'), '--keep', keep], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: temp },
    timeout: 170_000
  })
  expect(r.stderr).toBe('')
  expect(r.status, r.stdout).toBe(0)
  expect(r.stdout).not.toMatch(/^ {4}✘ /m)
  // The installed workflow file ran, calling the reusable workflow: its jobs and steps in order.
  expect(r.stdout).toContain('HEE CI runs (docs/examples/hee-ci.yml → .github/workflows/hee.yml)')
  const steps = [...r.stdout.matchAll(/^ {2}job (\S+)|^ {4}[✔–] (.+?) {2,}/gm)].map((m) => m[1] ?? m[2]!.trim())
  expect(steps).toEqual([
    'monitor',
    'capsule-load',
    'monitor',
    'auto-fix',
    'checkout',
    'capsule-load',
    "Install the project's tools",
    'auto-fix'
  ])
  expect(r.stdout).toMatch(
    /monitor {2}outputs: status=degraded .*patterns=PAT-007,PAT-004,PAT-002 fix_required=true coverage-total=[\d.]+/
  )
  expect(r.stdout).toMatch(
    /auto-fix outputs: fixed=true rolled-back=false branch=hee\/auto-fix\/\d+-pat-004-pat-007 pr-url=\S+\/pull\/\d+/
  )
  // The alert as an annotation and as one GitHub issue per failure.
  expect(r.stdout).toMatch(/^::error title=HEE CI%3A CI broke%3A Test failure,file=tests\/ledger\.rs,line=14::/m)
  expect(r.stdout).toMatch(/GitHub issue #1: \[HEE CI\] CI: Lint or format violation.* \(3 opened, one per failure\)/)
  expect(r.stdout).toContain('| PAT-007 | `clippy` | ✅ fixed |')
  expect(r.stdout).toContain('| PAT-004 | `license-headers` | ✅ fixed |')
  expect(r.stdout).toMatch(
    /\| PAT-002 \| — \| ⏭️ skipped: no strategy fixes what \\`cargo test\\` reports for PAT-002: a failing assertion is a bug in the code or in the test, which a person decides/
  )
  // The test failure is still open: the capsule stays degraded and says why.
  expect(r.stdout).toMatch(/auto-fix outputs: .* status=degraded /)
  expect(r.stdout).toContain(
    'Capsule status: stays degraded: PAT-002 still failing, for a person to fix; the next monitor run sees it recover.'
  )
  expect(r.stdout).toContain('| Metric | HEE Target | Current | Gap | Priority |')
  expect(r.stdout).toContain('signature does not match')
  // The fix branch is in the remote, with clippy's own fix in it.
  const bare = join(keep, 'ledger.git')
  const git = (...args: string[]) => spawnSync('git', args, { cwd: bare, encoding: 'utf8' }).stdout
  const branches = git('for-each-ref', '--format=%(refname:short)', 'refs/heads/hee/auto-fix/').trim().split('\n')
  expect(branches).toHaveLength(1)
  expect(git('show', `${branches[0]}:src/lib.rs`)).toContain('entries.is_empty()')
  expect(git('show', 'main:src/lib.rs')).toContain('entries.len() == 0')
  expect(git('show', `${branches[0]}:src/entries.rs`)).toContain('SPDX-License-Identifier: MIT')
  // The test failure is a real bug: the fix branch leaves the fee function as it was.
  expect(git('show', `${branches[0]}:src/lib.rs`)).toContain('(cents / 100).min(5)')
  expect(existsSync(join(keep, 'hee-state-capsule.json'))).toBe(true)
  expect(readFileSync(join(keep, 'hee-ci.yml'), 'utf8')).toContain('uses: hee-ci/hee-ci/.github/workflows/hee.yml@v1')
  const records = JSON.parse(readFileSync(join(keep, 'standin-records.json'), 'utf8')) as {
    pulls: unknown[]
    issues: unknown[]
  }
  expect(records.pulls).toHaveLength(1)
  expect(records.issues).toHaveLength(3)
  // It leaves nothing in the temp folder but tsx's compile cache: workspaces, runner folders and
  // jobs' files included.
  expect(readdirSync(temp).filter((f) => !f.startsWith('tsx-'))).toEqual([])
})
