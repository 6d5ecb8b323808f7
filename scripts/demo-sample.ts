/**
 * The demo's sample repository: a small Rust crate whose CI just failed three ways, each with
 * the real tool's output, made here by running the tools:
 *   lint     `cargo clippy -- -D warnings`  a `needless_return` and a `len_zero`     → fixable
 *   license  `sh scripts/check-headers.sh`   a source file without its SPDX header   → fixable
 *   test     `cargo test`                    a real bug the test catches            → never touched
 * and a `node --test` coverage report of its release helper (lcov), uploaded by CI as an artifact.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const HEADER = '// SPDX-FileCopyrightText: 2026 The Ledger Authors\n// SPDX-License-Identifier: MIT\n'

export const SAMPLE_FILES: Record<string, string> = {
  'Cargo.toml': '[package]\nname = "ledger"\nversion = "0.3.1"\nedition = "2021"\nlicense = "MIT"\n\n[dependencies]\n',
  LICENSE: 'MIT License\n\nCopyright (c) 2026 The Ledger Authors\n',
  '.gitignore': '/target\n/coverage\n',
  'src/lib.rs': `${HEADER}//! Balances and totals of a small ledger.

pub mod entries;

pub use entries::Entry;

/// The balance after every entry, in cents.
pub fn balance(entries: &[Entry]) -> i64 {
    let mut total = 0;
    for e in entries {
        total += e.cents;
    }
    return total;
}

/// True when there is nothing to report.
pub fn is_quiet(entries: &[Entry]) -> bool {
    entries.len() == 0
}

/// The fee on a transfer of \`cents\`: 1 %, at least 5 cents.
pub fn fee(cents: i64) -> i64 {
    // The bug the test catches: the minimum applies above, not below.
    (cents / 100).min(5)
}
`,
  // The file CI's header check names: no SPDX header.
  'src/entries.rs': `//! One line of the ledger.

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub label: String,
    pub cents: i64,
}

impl Entry {
    pub fn new(label: &str, cents: i64) -> Self {
        Entry { label: label.to_string(), cents }
    }
}
`,
  'tests/ledger.rs': `${HEADER}use ledger::{balance, fee, is_quiet, Entry};

#[test]
fn balance_sums_entries() {
    let e = [Entry::new("rent", -90_000), Entry::new("salary", 250_000)];
    assert_eq!(balance(&e), 160_000);
    assert!(!is_quiet(&e));
}

#[test]
fn fee_has_a_minimum_of_five_cents() {
    assert_eq!(fee(100), 5);
    assert_eq!(fee(10_000), 100);
}
`,
  'scripts/check-headers.sh': `#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Ledger Authors
# SPDX-License-Identifier: MIT
#
# Every source file carries the license identifier in its first lines.
status=0
for f in $(git ls-files '*.rs' '*.sh' '*.mjs'); do
  if ! head -n 5 "$f" | grep -q 'SPDX-License-Identifier: MIT'; then
    echo "missing license header: $f"
    status=1
  fi
done
exit $status
`,
  'tools/version.mjs': `// SPDX-FileCopyrightText: 2026 The Ledger Authors
// SPDX-License-Identifier: MIT
/** The next version after \`v\` for a change of \`kind\`. */
export function bump(v, kind) {
  const [major, minor, patch] = v.split('.').map(Number)
  if (kind === 'major') return \`\${major + 1}.0.0\`
  if (kind === 'minor') return \`\${major}.\${minor + 1}.0\`
  if (kind === 'patch') return \`\${major}.\${minor}.\${patch + 1}\`
  throw new Error(\`unknown kind \${kind}\`)
}

/** The tag of a version. */
export const tag = (v) => \`v\${v}\`
`,
  'tools/version.test.mjs': `// SPDX-FileCopyrightText: 2026 The Ledger Authors
// SPDX-License-Identifier: MIT
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bump } from './version.mjs'

test('bumps the patch and minor versions', () => {
  assert.equal(bump('0.3.1', 'patch'), '0.3.2')
  assert.equal(bump('0.3.1', 'minor'), '0.4.0')
})
`
}

/** One failing job of the sample's CI: the command and its real output. */
export interface SampleCheck {
  job: string
  command: string
  exitCode: number
  output: string
}

export interface Sample {
  /** The work tree at the failing commit. */
  dir: string
  head: string
  checks: SampleCheck[]
  /** The lcov `node --test` wrote for tools/. */
  lcovPath: string
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

function run(cwd: string, command: string, args: string[]): { code: number; output: string } {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CARGO_TERM_COLOR: 'never', NO_COLOR: '1', RUST_BACKTRACE: '0' }
  })
  if (r.error) throw new Error(`${command} could not be run (${r.error.message}): the demo needs it on PATH`)
  return { code: r.status ?? 1, output: `${r.stdout}${r.stderr}`.trimEnd() }
}

/** Writes the sample into `dir` (a new folder), commits it, and runs its CI checks for their output. */
export function makeSample(dir: string): Sample {
  mkdirSync(dir, { recursive: true })
  for (const [path, text] of Object.entries(SAMPLE_FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'user.name', 'Ada Dev')
  git(dir, 'config', 'user.email', 'ada@example.com')
  git(dir, 'config', 'commit.gpgsign', 'false')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'Fees and entries')
  const head = git(dir, 'rev-parse', 'HEAD').trim()

  const checks: SampleCheck[] = []
  const check = (job: string, command: string, cmd: string, args: string[]) => {
    const r = run(dir, cmd, args)
    if (r.code === 0) throw new Error(`the sample's ${job} check passed; the demo needs it to fail`)
    checks.push({ job, command, exitCode: r.code, output: r.output })
  }
  check('lint', 'cargo clippy -- -D warnings', 'cargo', ['clippy', '--quiet', '--', '-D', 'warnings'])
  check('license', 'sh scripts/check-headers.sh', 'sh', ['scripts/check-headers.sh'])
  check('test', 'cargo test', 'cargo', ['test', '--quiet'])

  mkdirSync(join(dir, 'coverage'), { recursive: true })
  const cov = run(dir, process.execPath, [
    '--test',
    '--experimental-test-coverage',
    '--test-reporter=lcov',
    '--test-reporter-destination=coverage/lcov.info',
    'tools/version.test.mjs'
  ])
  if (cov.code !== 0) throw new Error(`node --test failed in the sample:\n${cov.output}`)
  const lcovPath = join(dir, 'coverage', 'lcov.info')
  readFileSync(lcovPath)
  return { dir, head, checks, lcovPath }
}

/** A job log as GitHub serves it: set-up, the failing step's group, the output, the exit line. */
export function jobLog(c: SampleCheck): string {
  const lines = [
    'Current runner version: 2.330.0',
    '##[group]Run actions/checkout@v4',
    'Syncing repository: hee-demo/ledger',
    '##[endgroup]',
    `##[group]Run ${c.command}`,
    c.command,
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    ...c.output.split('\n'),
    `##[error]Process completed with exit code ${c.exitCode}.`
  ]
  const t0 = Date.parse('2026-12-03T09:00:00Z')
  return lines.map((l, i) => `${new Date(t0 + i * 10).toISOString().replace('Z', '0000Z')} ${l}`).join('\n') + '\n'
}
