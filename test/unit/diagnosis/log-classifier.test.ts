import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../../packages/core/src/diagnosis/catalogue.js'
import { MAX_EXCERPT_CHARS, MAX_EXCERPT_LINES, type Finding } from '../../../packages/core/src/diagnosis/finding.js'
import { classifyStream, classifyText, LogClassifier } from '../../../packages/core/src/diagnosis/log-classifier.js'
import { MAX_MATCH_CHARS } from '../../../packages/core/src/diagnosis/log-line.js'

// Logs produced by real tools on small broken projects: see test/fixtures/logs/make-fixtures.sh.
const FIXTURES = join(import.meta.dirname, '../../fixtures/logs')
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8')
/** 1-based number of the first line matching `re`, counted on \n like the classifier. */
const lineOf = (text: string, re: RegExp) => text.split('\n').findIndex((l) => re.test(l)) + 1
const top = (text: string): Finding | undefined => classifyText(text).findings[0]
/** The catalogue with every built-in rule of one pattern taken out: its family layer alone. */
const withoutRules = (pattern: string) =>
  loadCatalogue(
    `patterns:\n  ${pattern}:\n    replace_rules: true\n    rules:\n      - regex: '^never 0d1c$'\n        weight: 50\n`
  )

const TOOL_CASES: [file: string, pattern: string, evidence: RegExp][] = [
  ['cargo-build-type-error.log', 'PAT-001', /^error\[E0308\]/],
  ['cargo-test-failure.log', 'PAT-002', /^test tests::adds_two_numbers \.\.\. FAILED/],
  ['cargo-clippy-deny.log', 'PAT-007', /^error: /],
  ['cargo-fmt-check.log', 'PAT-007', /^Diff in /],
  ['tsc-type-error.log', 'PAT-001', /error TS2322/],
  ['eslint-errors.log', 'PAT-007', /^\s+1:7\s+error/],
  ['vitest-failure.log', 'PAT-002', /^ FAIL {2}sum\.test\.js/],
  ['npm-ci-no-lockfile.log', 'PAT-006', /can only install with an existing package-lock/],
  ['npm-ci-missing-package.log', 'PAT-006', /are in sync/],
  ['command-not-found.log', 'PAT-006', /command not found/]
]

describe('classifyText on real tool output', () => {
  it.each(TOOL_CASES)('classifies %s as %s at the tool error line', (file, pattern, evidence) => {
    const text = fixture(file)
    expect(top(text)).toMatchObject({ pattern, line: lineOf(text, evidence) })
  })

  it.each(TOOL_CASES.filter(([f]) => existsSync(join(FIXTURES, `gha-${f}`))))(
    'classifies the GitHub-wrapped %s as %s inside its Run step, with the line timestamp',
    (file, pattern, evidence) => {
      const text = fixture(`gha-${file}`)
      const f = top(text)
      const line = lineOf(text.replace(/^\S+Z /gm, ''), evidence)
      expect(f).toMatchObject({ pattern, line, section: expect.stringMatching(/^Run /) })
      expect(f?.timestamp).toBe(text.split('\n')[line - 1].slice(0, 28))
    }
  )

  it('reports nothing for a passing cargo test run', () => {
    expect(classifyText(fixture('cargo-test-pass.log')).findings).toEqual([])
  })

  it('reads clippy errors as lint, not as a compile failure too', () => {
    const patterns = classifyText(fixture('cargo-clippy-deny.log')).findings.map((f) => f.pattern)
    expect(patterns).toEqual(['PAT-007'])
  })

  it('points at the compile error, not the "could not compile" or exit-code echo after it', () => {
    const text = fixture('gha-cargo-build-type-error.log')
    const findings = classifyText(text).findings
    expect(findings.map((f) => f.pattern)).toEqual(['PAT-001'])
    expect(findings[0].line).toBe(lineOf(text, /error\[E0308\]/))
    expect(findings[0].lines).toContain(lineOf(text, /could not compile/))
  })

  it('gives excerpts of at most 5 ANSI-free lines and 500 characters', () => {
    const text = fixture('cargo-fmt-check.log') + `\n${'x'.repeat(2000)}\n` + fixture('cargo-test-failure.log')
    for (const f of classifyText(text).findings) {
      expect(f.excerpt.split('\n').length).toBeLessThanOrEqual(MAX_EXCERPT_LINES)
      expect(f.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS)
      expect(f.excerpt).not.toMatch(/\x1b/)
    }
    expect(top(fixture('cargo-fmt-check.log'))?.excerpt).toMatch(/^Diff in .*\n-fn main\(\)\{let x=1;/)
  })
})

/** Wraps tool output as GitHub Actions steps: [title, body lines, exit code]. */
function ghaLog(steps: [string, string, number][]): string {
  let n = 0
  const ts = () => `2024-05-01T12:00:${String(n++ % 60).padStart(2, '0')}.0000000Z `
  const out: string[] = []
  for (const [title, body, rc] of steps) {
    out.push(
      `${ts()}##[group]Run ${title}`,
      `${ts()}${title}`,
      `${ts()}shell: /usr/bin/bash -e {0}`,
      `${ts()}##[endgroup]`
    )
    for (const l of body.split('\n')) out.push(ts() + l)
    if (rc !== 0) out.push(`${ts()}##[error]Process completed with exit code ${rc}.`)
  }
  return out.join('\n') + '\n'
}

describe('ranking', () => {
  it('ranks a failing test above a retried download in a step that passed', () => {
    const log = ghaLog([
      [
        'npm ci',
        'npm warn retry will retry, error on last attempt: Error: read ECONNRESET\nadded 120 packages in 9s',
        0
      ],
      ['npx vitest run', fixture('vitest-failure.log'), 1]
    ])
    const findings = classifyText(log).findings
    expect(findings[0]).toMatchObject({ pattern: 'PAT-002', section: 'Run npx vitest run' })
    expect(findings.findIndex((f) => f.pattern === 'PAT-008')).not.toBe(0)
  })

  it('ignores a step script shown under its Run group even when it echoes an error', () => {
    const log = ghaLog([
      ['echo "ERROR: No space left on device"; cargo build', fixture('cargo-build-type-error.log'), 101]
    ])
    expect(classifyText(log).findings.map((f) => f.pattern)).toEqual(['PAT-001'])
  })

  it("reads on after a script's own ::group::Run … that never ends: only the runner's header is skipped", () => {
    const ts = (n: number) => `2024-05-01T12:00:${String(n).padStart(2, '0')}.0000000Z `
    const log = [
      `${ts(1)}##[group]Run ./ci.sh`,
      `${ts(2)}\x1b[36;1m./ci.sh\x1b[0m`,
      `${ts(3)}shell: /usr/bin/bash -e {0}`,
      `${ts(4)}##[endgroup]`,
      `${ts(5)}##[group]Run unit tests`,
      `${ts(6)}running 2 tests`,
      `${ts(7)}test tests::adds ... FAILED`,
      `${ts(8)}test result: FAILED. 1 passed; 1 failed`,
      `${ts(9)}##[error]Process completed with exit code 101.`
    ].join('\n')
    const [f] = classifyText(log + '\n').findings
    expect(f).toMatchObject({ pattern: 'PAT-002', line: 7, section: 'Run ./ci.sh' })
  })

  it.each([
    ['an empty line', ''],
    ['an indented line', '  RUNS  src/a.test.ts'],
    ['a line that starts like the shell line', 'shell: running the suite'],
    ['the rest of its title', 'unit tests'],
    ['a line in cyan', '\x1b[36;1mvitest v1.6.0\x1b[0m']
  ])("reads on after a script's own ::group::Run … that never ends and goes on with %s", (_what, first) => {
    const ts = (n: number) => `2024-05-01T12:00:${String(n).padStart(2, '0')}.0000000Z `
    const log = [
      `${ts(1)}##[group]Run ./ci.sh`,
      `${ts(2)}\x1b[36;1m./ci.sh\x1b[0m`,
      `${ts(3)}shell: /usr/bin/bash -e {0}`,
      `${ts(4)}##[endgroup]`,
      `${ts(5)}##[group]Run unit tests`,
      `${ts(6)}${first}`,
      `${ts(7)}running 2 tests`,
      `${ts(8)}test tests::adds ... FAILED`,
      `${ts(9)}test result: FAILED. 1 passed; 1 failed`,
      `${ts(10)}##[error]Process completed with exit code 101.`
    ].join('\n')
    expect(classifyText(log + '\n').findings[0]).toMatchObject({ pattern: 'PAT-002', line: 8 })
  })

  it("reads a script's own ::group::Run … closed without a shell or input block as output", () => {
    const ts = (n: number) => `2024-05-01T12:00:${String(n).padStart(2, '0')}.0000000Z `
    const log = [
      `${ts(1)}##[group]Run ./ci.sh`,
      `${ts(2)}\x1b[36;1m./ci.sh\x1b[0m`,
      `${ts(3)}shell: /usr/bin/bash -e {0}`,
      `${ts(4)}##[endgroup]`,
      `${ts(5)}##[group]Run unit tests`,
      `${ts(6)}  test tests::adds ... FAILED`,
      `${ts(7)}##[endgroup]`,
      `${ts(8)}##[error]Process completed with exit code 101.`
    ].join('\n')
    expect(classifyText(log + '\n').findings[0]).toMatchObject({ pattern: 'PAT-002', line: 6 })
  })

  it("skips the runner's own Run header, coloured script and inputs included", () => {
    const ts = (n: number) => `2024-05-01T12:00:${String(n).padStart(2, '0')}.0000000Z `
    const log = [
      `${ts(1)}##[group]Run echo "error: No space left on device"; cargo build`,
      `${ts(2)}\x1b[36;1mecho "error: No space left on device"; cargo build\x1b[0m`,
      `${ts(3)}\x1b[36;1mecho "FAILED tests/test_a.py::test_x"\x1b[0m`,
      `${ts(4)}shell: /usr/bin/bash -e {0}`,
      `${ts(5)}env:`,
      `${ts(6)}  CARGO_TERM_COLOR: always`,
      `${ts(7)}##[endgroup]`,
      `${ts(8)}error[E0308]: mismatched types`,
      `${ts(9)}##[error]Process completed with exit code 101.`
    ].join('\n')
    expect(classifyText(log + '\n').findings.map((f) => `${f.pattern}@${f.line}`)).toEqual(['PAT-001@8'])
  })

  it("locates a paste whose only log line is a failure marker on that line, not on the reporter's sentence", () => {
    const paste = [
      'The nightly build breaks because some files lack the license header:',
      '',
      '```',
      'make[1]: *** [Makefile:88: check-license-headers] Error 1',
      '```',
      ''
    ].join('\n')
    expect(classifyText(paste).findings.map((f) => `${f.pattern}@${f.line}`)).toEqual(['PAT-004@4'])
    // The same sentence over a log with a line of its own: that line is quoted.
    const withLine = paste.replace('```\nmake', '```\nsrc/a.c: missing license header\nmake')
    expect(classifyText(withLine).findings[0]?.line).toBe(4)
  })

  it('reads a whole job pasted from the web view step by step: only the failed step names the cause', () => {
    // Earlier steps passed: their commands (`npm ci`, `make`) say nothing of the failure.
    const log = [
      'Run actions/checkout@v4',
      '  with:',
      '    fetch-depth: 1',
      'Run npm ci',
      '  npm ci',
      '  shell: /usr/bin/bash -e {0}',
      'added 412 packages in 9s',
      'Run make dist',
      '  make dist',
      '  shell: /usr/bin/bash -e {0}',
      'Run ./ci/check.sh',
      '  ./ci/check.sh',
      '  shell: /usr/bin/bash -e {0}',
      '  env:',
      '    CI_LEVEL: full',
      '    Build timed out (after 180 minutes). Marking the build as aborted.',
      'Error: Process completed with exit code 1.'
    ].join('\n')
    expect(classifyText(log + '\n').findings[0]).toMatchObject({
      pattern: 'PAT-005',
      line: 16,
      section: 'Run ./ci/check.sh'
    })
  })

  it('takes an indented line after a web view header’s shell: that is no env entry as output', () => {
    const log = [
      'Run ./ci/check.sh',
      '  ./ci/check.sh',
      '  shell: /usr/bin/bash -e {0}',
      '    error: linker `cc` not found'
    ]
    expect(classifyText(log.join('\n') + '\nError: Process completed with exit code 1.\n').findings[0]).toMatchObject({
      pattern: 'PAT-006',
      line: 4
    })
  })

  it('takes the shell command that ran before the failure as its command, not the ones that passed before it', () => {
    // GitLab stops at the first failing `$` command: `npm ci` passed, `make check` failed.
    const log = [
      '\x1b[32;1m$ npm ci\x1b[0;m',
      'added 412 packages in 9s',
      '\x1b[32;1m$ make check\x1b[0;m',
      'error: the generated tables are out of date',
      '\x1b[31;1mERROR: Job failed: exit code 1\x1b[0;m'
    ]
    expect(classifyText(log.join('\n') + '\n').findings[0]).toMatchObject({ pattern: 'PAT-001', line: 4 })
  })

  it('does not take a clean-up command echoed after the failure as the one that failed', () => {
    const log = [
      '+ cargo build --release',
      'error: the generated tables are out of date',
      '+ pip install --user junit2html',
      'Successfully installed junit2html-31.0.2',
      'ERROR: script returned exit code 1',
      'Finished: FAILURE'
    ]
    expect(classifyText(log.join('\n') + '\n').findings[0]).toMatchObject({ pattern: 'PAT-001', line: 2 })
  })

  it('reads lines cut out of a GitHub job log as an excerpt: no error annotation in view is no pass', () => {
    const ts = (n: number) => `2024-05-01T12:00:${String(n).padStart(2, '0')}.0000000Z `
    const cut = [
      `${ts(1)}##[group]Run cargo build --locked`,
      `${ts(2)}cargo build --locked`,
      `${ts(3)}shell: /usr/bin/bash -e {0}`,
      `${ts(4)}##[endgroup]`,
      `${ts(5)}   Compiling app v0.1.0 (/home/runner/work/app/app)`,
      `${ts(6)}error[E0308]: mismatched types`,
      `${ts(7)}  --> src/main.rs:4:18`
    ]
    expect(classifyText(cut.join('\n') + '\n').findings[0]).toMatchObject({ pattern: 'PAT-001', line: 6 })
    // The whole job (the runner's last line in it) with no error annotation passed.
    const whole = [
      ...cut,
      `${ts(8)}warning: build failed, waiting for other jobs to finish...`,
      `${ts(9)}Cleaning up orphan processes`
    ]
    expect(classifyText(whole.join('\n') + '\n').findings).toEqual([])
  })

  it('reads a whole Buildkite or Azure Pipelines job without its failure line as passed, and a part of one as an excerpt', () => {
    const retried = [
      '$ pip install --index-url http://127.0.0.1:9/simple --find-links ./wheels errorkit',
      "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused')': /simple/errorkit/",
      'Successfully installed errorkit-1.0.2',
      '$ python -c "import errorkit; print(errorkit.wrap(ValueError(1)))"',
      "{'error': '1'}"
    ]
    expect(classifyText(retried.join('\n') + '\n').findings[0]?.pattern).toBe('PAT-008')
    const buildkite = [
      '~~~ Preparing working directory',
      '$ git checkout -f 4c1d2e3',
      '~~~ Running commands',
      ...retried
    ]
    expect(classifyText(buildkite.join('\n') + '\n').findings).toEqual([])
    // The agent's own failure line says the command failed, whatever came before it.
    const failed = [...buildkite, '\ud83d\udea8 Error: The command exited with status 1']
    expect(classifyText(failed.join('\n') + '\n').findings[0]?.pattern).toBe('PAT-008')
    const azure = [
      '##[section]Starting: Initialize job',
      '##[section]Starting: Lint report',
      'src/a.py:1:8: F401 `os` imported but unused',
      'Found 1 error.',
      '##[section]Finishing: Lint report',
      '##[section]Starting: Finalize Job'
    ]
    expect(classifyText(azure.join('\n') + '\n').findings).toEqual([])
    const azureFailed = [...azure.slice(0, 4), "##[error]Bash exited with code '1'.", ...azure.slice(4)]
    expect(classifyText(azureFailed.join('\n') + '\n').findings[0]).toMatchObject({ pattern: 'PAT-007', line: 3 })
    expect(classifyText(azure.slice(1, 4).join('\n') + '\n').findings[0]?.pattern).toBe('PAT-007')
  })

  it("reads git's refused push as no network failure, and a push the network cut off as one", () => {
    const refused = [
      'To github.com:acme/app.git',
      ' ! [rejected]        HEAD -> main (fetch first)',
      "error: failed to push some refs to 'github.com:acme/app.git'"
    ].join('\n')
    const scores = classifyText(refused, { explain: true, knownFailed: true }).scores ?? []
    expect(scores.find((s) => s.pattern === 'PAT-008')?.cue ?? 0).toBe(0)
    expect(top(refused)?.pattern).not.toBe('PAT-008')
    const cut =
      'Error: failed to push ghcr.io/acme/app:latest: failed to do request: Put "https://ghcr.io/v2/": dial tcp: i/o timeout'
    expect(top(cut)?.pattern).toBe('PAT-008')
  })

  it("reads a tool's error under a test runner's cross mark as no failed test, in the cue as in the rule", () => {
    // uv, pip and miette-based tools report under the same `×` a test runner marks a failed
    // test with: what the js-test-cross rule takes for no test, the test-marker cue does not either.
    const report = (first: string): string =>
      [`  × ${first}`, '  ├─▶ The build backend returned an error', '  ╰─▶ exit status: 1'].join('\n')
    for (const first of ['Failed to build `pycairo==1.26.0`', 'Could not find a version that satisfies `foo`']) {
      const scores = classifyText(report(first), { explain: true, knownFailed: true }).scores ?? []
      expect(scores.find((s) => s.pattern === 'PAT-002')?.cue ?? 0).toBe(0)
    }
    // A failed test's name under the same mark still is one.
    const test = classifyText('  × fails to build the cache when offline 12ms', { knownFailed: true })
    expect(test.findings[0]).toMatchObject({ pattern: 'PAT-002', line: 1 })
  })

  it("reads a gh run view log's step column as the failed step's name: its words weigh as the monitor's failed step does", () => {
    const gh = (step: string, text: string): string => `lint\t${step}\t2025-03-01T10:00:00.0000000Z ${text}`
    const step = 'Type-check and lint with luacheck'
    const log = [
      gh('Set up job', "Current runner version: '2.322.0'"),
      gh(step, '##[group]Run sudo apt-get install -y lua5.1 luarocks'),
      gh(step, 'sudo apt-get install -y lua5.1 luarocks'),
      gh(step, 'make check'),
      gh(step, 'shell: /usr/bin/bash -e {0}'),
      gh(step, '##[endgroup]'),
      gh(step, 'Setting up luarocks (3.8.0+dfsg1-1) ...'),
      gh(step, 'Checking lua/tree.lua                             OK'),
      gh(step, 'Total: 1 warning / 0 errors in 12 files'),
      gh(step, 'make: *** [Makefile:4: check] Error 1'),
      gh(step, '##[error]Process completed with exit code 2.')
    ].join('\n')
    const withColumn = classifyText(log, { explain: true })
    const named = classifyText(log, { explain: true, failedStep: step })
    const prior = (r: typeof named, p: string): number => r.scores?.find((s) => s.pattern === p)?.prior ?? 0
    expect(prior(withColumn, 'PAT-007')).toBe(prior(named, 'PAT-007'))
    expect(prior(withColumn, 'PAT-007')).toBeGreaterThan(prior(withColumn, 'PAT-006'))
    expect(withColumn.findings[0]?.pattern).toBe('PAT-007')
  })

  it("leans to what a GitHub job is named for when the failed step's own name and command name no family", () => {
    const job = (name: string, script: string): string =>
      [
        "Current runner version: '2.329.0'",
        `Complete job name: ${name}`,
        `##[group]Run ${script}`,
        script,
        'shell: /usr/bin/bash -e {0}',
        '##[endgroup]',
        'checking 214 packages',
        'left-pad@1.3.0 WTFPL',
        'argparse@2.0.1 Python-2.0',
        '##[error]Process completed with exit code 1.',
        'Cleaning up orphan processes'
      ].join('\n') + '\n'
    const prior = (r: ReturnType<typeof classifyText>, p: string): number =>
      r.scores?.find((s) => s.pattern === p)?.prior ?? 0
    const licences = classifyText(job('licenses', './scripts/check.sh'), { explain: true })
    expect(licences.findings[0]?.pattern).toBe('PAT-004')
    // Half what the step's own name gives: the job's name is a weaker word.
    const stepNamed = classifyText(job('build', './scripts/check-licenses.sh'), { explain: true })
    expect(prior(licences, 'PAT-004')).toBeLessThan(prior(stepNamed, 'PAT-004'))
    // `build`, the starter workflows' one job that runs everything, names no family.
    const generic = classifyText(job('build (ubuntu-latest)', './scripts/check.sh'), { explain: true })
    expect(prior(generic, 'PAT-001')).toBe(
      prior(classifyText(job('', './scripts/check.sh'), { explain: true }), 'PAT-001')
    )
    // A step that names its family keeps its own priors, whatever the job is called.
    const tests = classifyText(job('licenses', 'npm test'), { explain: true })
    expect(tests.findings[0]?.pattern).toBe('PAT-002')
    expect(prior(tests, 'PAT-004')).toBeLessThan(prior(tests, 'PAT-002'))
  })

  it("reads a wait loop's probe that failed before its service answered as no failure of the service", () => {
    const wait = [
      '$ until pg_isready -h postgres; do sleep 1; done',
      'postgres:5432 - no response',
      'postgres:5432 - accepting connections'
    ]
    const migrate = ['$ ./run-migrations.sh', 'psql:0003_add_index.sql:1: ERROR:  relation "orders" does not exist']
    const got = classifyText([...wait, ...migrate, 'ERROR: Job failed: exit code 3'].join('\n') + '\n').findings[0]
    expect(got?.line).toBe(5)
    expect(got?.pattern).not.toBe('PAT-008')
    // The loop's own words when it gives up are the service's failure.
    const gaveUp = [...wait.slice(0, 2), 'postgres did not become ready', 'ERROR: Job failed: exit code 1']
    expect(classifyText(gaveUp.join('\n') + '\n').findings[0]).toMatchObject({ pattern: 'PAT-008', line: 3 })
  })

  it('finds a failure in an excerpt by its verdict or error line when no rule knows the tool', () => {
    const build = withoutRules('PAT-001')
    // MSBuild's verdict, then the compiler's error again, indented, in its summary.
    const msbuild = [
      'Build FAILED.',
      '',
      '"C:\\src\\shop\\Core\\Core.csproj" (default target) (2) ->',
      '(CoreCompile target) ->',
      "  Models\\Order.cs(14,9): error CS0103: The name 'totl' does not exist in the current context",
      '',
      '    1 Error(s)'
    ]
    expect(classifyText(msbuild.join('\n') + '\n', { catalogue: build }).findings[0]).toMatchObject({
      pattern: 'PAT-001',
      line: 5
    })
    // A program's own `name: error:` line is error-level, whatever the program.
    const driver = ['[2/44] Compiling C object lib/config.c.o', 'cc: error: lib/config.c: No such file or directory']
    expect(classifyText(driver.join('\n') + '\n', { catalogue: build }).findings[0]?.line).toBe(2)
    // Travis's verdict on an install phase marks the log failed even when nothing else says why.
    const travis = [
      '$ ./scripts/bootstrap.sh',
      'Fetching the toolchain manifest for release 4.2',
      'The command "./scripts/bootstrap.sh" failed and exited with 3 during before_install.'
    ]
    expect(classifyText(travis.slice(0, 2).join('\n') + '\n').findings).toEqual([])
    expect(classifyText(travis.join('\n') + '\n').findings.length).toBe(1)
    // A CI's memory limit, in its own words, with no rule of the infrastructure family.
    const memory = 'Your build has exceeded the memory limit of 4G on 1 container.\n'
    expect(classifyText(memory, { catalogue: withoutRules('PAT-008') }).findings[0]?.pattern).toBe('PAT-008')
    // Without a verdict or an error-level line, a tool's chatter stays no finding.
    expect(classifyText('Compiling lib/config.c\nLinking app\n', { catalogue: build }).findings).toEqual([])
  })

  it('reads an excerpt whose tool ends on its own clean verdict as passed, whatever it logged on the way', () => {
    const notes = [
      "reuse._util - ERROR - Could not parse '[identifier]'",
      'reuse.project - ERROR - docs/faq.md holds an SPDX expression that cannot be parsed, skipping the file',
      '42 files checked'
    ]
    expect(classifyText(notes.join('\n') + '\n').findings.length).toBe(1)
    expect(classifyText([...notes, 'Summary: 0 errors found.'].join('\n') + '\n').findings).toEqual([])
    // In a paste, the fence and the reporter's words after it are not the tool's last word.
    const pasted = ['```', ...notes, 'Summary: 0 errors found.', '```', 'Is this expected?']
    expect(classifyText(pasted.join('\n') + '\n').findings).toEqual([])
    // One zero count of a list ("Read errors: 0") is no verdict on the rest of it.
    expect(classifyText([...notes, 'Read errors: 0'].join('\n') + '\n').findings.length).toBe(1)
    // A clean count before the failure it leads to is no verdict.
    const failed = [...notes, 'Summary: 0 errors found.', 'error: 2 files could not be read']
    expect(classifyText(failed.join('\n') + '\n').findings.length).toBe(1)
  })

  it("reads Gradle's 'What went wrong' as an echo only when the cause is on the next line", () => {
    const deps = withoutRules('PAT-006')
    const oneLine =
      "* What went wrong: A problem occurred configuring root project 'app'. > Could not resolve all dependencies for configuration ':classpath'. > Could not find com.android.tools.build:gradle:2.2.3.\n"
    expect(classifyText(oneLine, { catalogue: deps }).findings[0]?.pattern).toBe('PAT-006')
    const twoLines = [
      '* What went wrong:',
      "Could not resolve all dependencies for configuration ':classpath'.",
      '> Could not find com.android.tools.build:gradle:2.2.3.'
    ]
    expect(classifyText(twoLines.join('\n') + '\n', { catalogue: deps }).findings[0]?.line).not.toBe(1)
  })

  it("reads clippy's error-level lints and cargo's verdict after them as lint in a step that ran clippy, with no rule of the linter's own", () => {
    const log = [
      '2026-11-01T10:12:10.5490000Z ##[group]Run cargo clippy --all-targets -- -D warnings',
      '2026-11-01T10:12:10.5500000Z \u001b[36;1mcargo clippy --all-targets -- -D warnings\u001b[0m',
      '2026-11-01T10:12:10.5500000Z shell: /usr/bin/bash -e {0}',
      '2026-11-01T10:12:10.5510000Z ##[endgroup]',
      '2026-11-01T10:12:11.2890000Z error: unneeded `return` statement',
      '2026-11-01T10:12:11.2900000Z  --> src/lib.rs:4:5',
      '2026-11-01T10:12:20.2870000Z error: could not compile `configr` (lib) due to 1 previous error',
      '2026-11-01T10:12:20.2880000Z warning: build failed, waiting for other jobs to finish...',
      '2026-11-01T10:12:20.2890000Z error: could not compile `configr` (lib test) due to 1 previous error',
      '2026-11-01T10:12:20.7310000Z ##[error]Process completed with exit code 101.'
    ]
    const found = classifyText(log.join('\n') + '\n', { catalogue: withoutRules('PAT-007') }).findings[0]
    expect(found?.pattern).toBe('PAT-007')
  })

  it('reads a build stopped on a package it cannot resolve as that package, with no rule of the resolver', () => {
    const deps = withoutRules('PAT-006')
    const webpack = [
      '$ npm run build',
      '> app@1.0.0 build',
      '> webpack --mode production',
      'asset main.js 8.49 KiB [emitted] [minimized] (name: main)',
      '  ./src/index.js 285 bytes [built] [code generated]',
      '',
      'ERROR in ./src/index.js 3:0-27',
      "Module not found: Error: Can't resolve 'left-pad' in '/app/src'",
      ' @ ./src/main.js 4:0-54'
    ]
    expect(classifyText(webpack.join('\n') + '\n', { catalogue: deps }).findings[0]).toMatchObject({
      pattern: 'PAT-006',
      line: 8
    })
    // A compiler's located row about an import stays the compiler's.
    const javac = [
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on project app: Compilation failure',
      '[ERROR] /src/main/java/a/App.java:[12,28] error: package org.example.util does not exist'
    ]
    expect(classifyText(javac.join('\n') + '\n', { catalogue: deps }).findings[0]?.pattern).toBe('PAT-001')
  })

  it("reads a located line ending with a rule's name in parentheses as lint, with no rule of the linter's own", () => {
    // The lint family's rules taken out: what is left is the family layer a new linter meets.
    const catalogue = withoutRules('PAT-007')
    const lint = 'internal/store/cache.go:88:2: Error return value of `f.Close` is not checked (errcheck)\n'
    expect(classifyText(lint, { catalogue }).findings[0]).toMatchObject({ pattern: 'PAT-007', line: 1 })
    // A compiler's located error does not end so.
    const compile = "src/main.c:12:5: error: 'count' undeclared (first use in this function)\n"
    expect(classifyText(compile, { catalogue }).findings[0]?.pattern).toBe('PAT-001')
  })

  it("quotes the error a build's verdict sums up, not the verdict, with no rule of the compiler's own", () => {
    const catalogue = withoutRules('PAT-001')
    // An annotated compiler error in words no cue knows, then the build tool's verdict.
    const go = [
      'Building bot for linux/amd64',
      '##[error]internal/queue/ring.go:18:6: Buffer redeclared in this block',
      '\tinternal/queue/buffer.go:7:6: other declaration of Buffer',
      'FAIL\texample.com/relay/internal/queue [build failed]',
      'make: *** [Makefile:12: release] Error 1'
    ]
    expect(classifyText(go.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({ pattern: 'PAT-001', line: 2 })
    // A bundler's closing count of errors it told before.
    const bundle = [
      '> app@0.3.0 build',
      '> rspack build',
      '',
      '  × Module build failed:',
      "  ╰─▶   × Expected ';', '}' or <eof>",
      '         ╭─[src/menu.tsx:14:1]',
      'Rspack compiled with 1 error in 412 ms'
    ]
    const found = classifyText(bundle.join('\n') + '\n', { catalogue }).findings[0]
    expect(found?.pattern).toBe('PAT-001')
    expect([4, 5]).toContain(found?.line)
  })

  it('reads the quoted-file diagnostics of EDG-based and IAR compilers as compile errors on their own line', () => {
    const iar = [
      'Building configuration: fw - Release',
      'adc.c',
      '"C:\\fw\\src\\adc.c",57  Error[Pe513]: a value of type "int *" may not be used to initialize an entity',
      'Error while running C/C++ Compiler'
    ]
    expect(classifyText(iar.join('\n') + '\n').findings[0]).toMatchObject({ pattern: 'PAT-001', line: 3 })
    const edg = [
      '"src/io/uart.c", line 88: error #137: expression must be a modifiable lvalue',
      '      UART_BASE = addr;'
    ]
    expect(classifyText(edg.join('\n') + '\n').findings[0]?.rule).toBe('PAT-001/cue:compiler-diagnostic')
  })

  it("reads a build system's failed library lookup as a dependency, with no rule of the lookup's own", () => {
    const catalogue = withoutRules('PAT-006')
    const cmake = [
      '-- The C compiler identification is GNU 13.2.0',
      'CMake Error at /usr/share/cmake-3.28/Modules/FindPackageHandleStandardArgs.cmake:230 (message):',
      '  Could NOT find CURL (missing: CURL_LIBRARY CURL_INCLUDE_DIR)',
      'Call Stack (most recent call first):',
      '  CMakeLists.txt:9 (find_package)',
      '-- Configuring incomplete, errors occurred!'
    ]
    expect(classifyText(cmake.join('\n') + '\n', { catalogue }).findings[0]?.pattern).toBe('PAT-006')
    const call = [
      'CMake Error at CMakeLists.txt:121 (find_package):',
      '  By not providing "FindQt6.cmake" in CMAKE_MODULE_PATH this project has'
    ]
    expect(classifyText(call.join('\n') + '\n', { catalogue }).findings[0]?.pattern).toBe('PAT-006')
    // Any other CMake error is the build's.
    const own = ['CMake Error at CMakeLists.txt:40 (add_executable):', '  Cannot find source file:', '    src/mian.c']
    expect(classifyText(own.join('\n') + '\n').findings[0]?.pattern).toBe('PAT-001')
  })

  it("reads XCTest's located assertion and a sanitizer's report as test failures, with no rule of the runner's own", () => {
    const catalogue = withoutRules('PAT-002')
    const xctest = [
      "Test Case 'SlugTests.testTrim' started at 2026-03-02 10:01:02.100",
      '/w/slug/Tests/SlugTests/SlugTests.swift:21: error: SlugTests.testTrim : XCTAssertEqual failed: ("-a-") is not equal to ("a") -',
      "Test Case 'SlugTests.testTrim' failed (0.002 seconds)"
    ]
    expect(classifyText(xctest.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-002',
      line: 2
    })
    const ubsan = [
      './hash_test',
      "hash.c:12:21: runtime error: signed integer overflow: 2147483647 + 1 cannot be represented in type 'int'"
    ]
    expect(classifyText(ubsan.join('\n') + '\n', { catalogue }).findings[0]?.rule).toBe('PAT-002/cue:crash')
    const asan = ['./ring_test', '==4411==ERROR: AddressSanitizer: heap-use-after-free on address 0x602000000010']
    expect(classifyText(asan.join('\n') + '\n', { catalogue }).findings[0]?.rule).toBe('PAT-002/cue:crash')
  })

  it("reads a linter's message under a cross as lint, not as a failed test, with no rule of the linter's own", () => {
    const catalogue = withoutRules('PAT-007')
    const biome = [
      '$ npx biome check src',
      'src/cart.ts:5:8 lint/correctness/noInnerDeclarations ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      '',
      '  × This var should be declared at the root of the enclosing function.',
      '',
      '    3 │ export function total(items: any[]) {',
      'Checked 4 files in 12ms. No fixes applied.',
      'Found 1 error.',
      'check ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      '  × Some errors were emitted while running checks.'
    ]
    expect(classifyText(biome.join('\n') + '\n', { catalogue }).findings[0]?.pattern).toBe('PAT-007')
    // A runner's row ends on the test's duration, whatever it says.
    const vitest = [' ❯ src/cart.test.ts (2 tests | 1 failed) 6ms', '   × totals the cart. 3ms']
    expect(classifyText(vitest.join('\n') + '\n').findings[0]?.pattern).toBe('PAT-002')
  })

  it("quotes a test file's first failed test, not the runner's verdict on the file, with no rule of the runner's own", () => {
    const catalogue = withoutRules('PAT-002')
    const log = [
      '$ npx jest --ci',
      'FAIL test/slug.test.ts (1.2 s)',
      '  ✓ keeps ascii (1 ms)',
      '  ✕ strips accents (3 ms)',
      '  ✓ lowercases (1 ms)',
      '',
      '  ● strips accents',
      '',
      '    Expected: "cafe"',
      '    Received: "café"',
      'Tests: 1 failed, 2 passed, 3 total'
    ]
    expect(classifyText(log.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-002',
      line: 7
    })
  })

  it("quotes a linter's first error, not the warnings it printed before, with no rule of the linter's own", () => {
    const catalogue = withoutRules('PAT-007')
    const table = [
      '> eslint . --max-warnings 50',
      '',
      '/home/runner/work/web/web/src/api.ts',
      "   4:10  warning  'Retry' is defined but never used  @typescript-eslint/no-unused-vars",
      '  31:7   warning  Unexpected console statement       no-console',
      '',
      '/home/runner/work/web/web/src/poll.ts',
      "  22:9  error  'timeout' is never reassigned. Use 'const' instead  prefer-const",
      '',
      '✖ 3 problems (1 error, 2 warnings)'
    ]
    // An identifier named `timeout` in the message is no time limit.
    expect(classifyText(table.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-007',
      line: 8
    })
    const annotations = [
      '##[group]Run npx eslint --format github .',
      'npx eslint --format github .',
      '##[endgroup]',
      "##[warning]src/a.ts#L5: 'page' is defined but never used (@typescript-eslint/no-unused-vars)",
      '##[warning]src/a.ts#L9: Unexpected console statement (no-console)',
      '##[error]src/b.ts#L67: Unexpected any. Specify a different type (@typescript-eslint/no-explicit-any)',
      '##[error]Process completed with exit code 1.'
    ]
    expect(classifyText(annotations.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-007',
      line: 6
    })
  })

  it("quotes a diagnostic's header, not its note that only names the linter, with no rule of the linter's own", () => {
    const catalogue = withoutRules('PAT-007')
    const log = [
      '$ cargo clippy --all-targets -- -D clippy::pedantic',
      '    Checking app v0.1.0 (/home/runner/work/app/app)',
      'error: unnested or-patterns',
      '   --> src/main.rs:120:13',
      '    |',
      '120 |             Some(1) | Some(2) => {}',
      '    |             ^^^^^^^^^^^^^^^^^',
      '    |',
      '    = help: for further information visit https://rust-lang.github.io/rust-clippy/master/index.html#unnested_or_patterns',
      '',
      'error: could not compile `app` (bin "app") due to 1 previous error',
      '##[error]Process completed with exit code 101.'
    ]
    expect(classifyText(log.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-007',
      line: 3
    })
  })

  it("quotes a Ruby test runner's numbered failure header, not its count of failures, with no rule of the runner's own", () => {
    const catalogue = withoutRules('PAT-002')
    const log = [
      '# Running:',
      '',
      '.F',
      '',
      'Finished in 0.001606s, 1245.3 runs/s, 1245.3 assertions/s.',
      '',
      '  1) Failure:',
      'MoneyTest#test_formats_with_two_decimals [test/money_test.rb:15]:',
      'Expected: "12.34 EUR"',
      '  Actual: "12.00 EUR"',
      '',
      '2 runs, 2 assertions, 1 failures, 0 errors, 0 skips',
      'rake aborted!'
    ]
    expect(classifyText(log.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-002',
      line: 7
    })
  })

  it("quotes a pasted log's own error line, not the reporter's command above its fence that named the tool", () => {
    const catalogue = withoutRules('PAT-007')
    const log = [
      'Running the formatter check:',
      "$ find . -name '*.cpp' -exec clang-format --dry-run --Werror -style=file {} \\;",
      '',
      '```',
      './src/HardSwish.cpp:24:23: error: code should be clang-formatted [-Wclang-format-violations]',
      '    return outputNode;',
      '```'
    ]
    expect(classifyText(log.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-007',
      line: 5
    })
  })

  it('reads a lock file older than its manifest as a dependency problem, with no rule of the package manager', () => {
    const catalogue = withoutRules('PAT-006')
    const log = [
      'Installing dependencies from lock file',
      '',
      'pyproject.toml changed significantly since poetry.lock was last generated. Run `poetry lock [--no-update]` to fix the lock file.'
    ].join('\n')
    expect(classifyText(log + '\n', { catalogue }).findings[0]).toMatchObject({ pattern: 'PAT-006', line: 3 })
  })

  it("reads the go command's own fatal error in a go test run as the failure, though packages after it pass", () => {
    const log = ghaLog([
      [
        'go test -coverprofile=coverage.out ./...',
        [
          '# example.com/app/cmd/debug',
          'go: no such tool "covdata"',
          '=== RUN   TestParse',
          '--- PASS: TestParse (0.00s)',
          'PASS',
          'ok  \texample.com/app/pkg/config\t1.015s\tcoverage: 87.9% of statements'
        ].join('\n'),
        1
      ]
    ])
    expect(classifyText(log).findings[0]).toMatchObject({ pattern: 'PAT-006', line: 6 })
  })

  it("reads pip's resolution-too-deep box as a dependency failure, not a test runner's × mark", () => {
    const body = [
      '  Downloading zipp-3.20.0-py3-none-any.whl.metadata (3.6 kB)',
      'error: resolution-too-deep',
      '',
      '× Dependency resolution exceeded maximum depth',
      '╰─> Pip cannot resolve the current dependencies as the dependency graph is too complex for pip to solve efficiently.'
    ].join('\n')
    const log = ghaLog([['pip install -r requirements.txt', body, 1]])
    expect(classifyText(log).findings[0]).toMatchObject({ pattern: 'PAT-006', line: 8 })
  })

  it('reads a job log saved by gh run view --log, its escapes written as ^[, as the runner wrote it', () => {
    const body = [
      '    Checking shared v0.1.0 (/home/runner/work/app/shared)',
      '^[[1m^[[91merror^[[0m^[[1m: unnested or-patterns^[[0m',
      '   ^[[1m^[[94m--> ^[[0msrc/main.rs:120:13',
      '    ^[[1m^[[94m= ^[[0m^[[1mhelp^[[0m: for further information visit https://rust-lang.github.io/rust-clippy/master/index.html#unnested_or_patterns',
      '    ^[[1m^[[94m= ^[[0m^[[1mnote^[[0m: `-D clippy::unnested-or-patterns` implied by `-D clippy::pedantic`',
      '^[[1m^[[91merror^[[0m^[[1m: could not compile `app` (bin "app") due to 1 previous error^[[0m'
    ].join('\n')
    const log = ghaLog([['cargo clippy --all-targets -- -D warnings', body, 101]])
      .split('\n')
      .map((l) => (l ? `lint\tcargo clippy\t${l}` : l))
      .join('\n')
    const findings = classifyText(log).findings
    expect(findings[0]).toMatchObject({ pattern: 'PAT-007', line: 6 })
    expect(findings[0]?.excerpt).not.toContain('^[')
  })

  it('reads a CI service stopping a job that printed nothing for too long as a time limit, in any wording', () => {
    const catalogue = withoutRules('PAT-005')
    for (const stop of [
      'Too long with no output (exceeded 10m0s): context deadline exceeded',
      'No output has been received in the last 10m0s, this potentially indicates a stalled build or something wrong with the build itself.'
    ]) {
      const log = `Running integration suite against staging\n${stop}\n`
      expect(classifyText(log, { catalogue }).findings[0]).toMatchObject({ pattern: 'PAT-005', line: 2 })
    }
  })

  it("reads one test case or hook over its own time limit as a failed test, with no rule of the test runner's", () => {
    const catalogue = withoutRules('PAT-002')
    for (const limit of [
      '    thrown: "Exceeded timeout of 5000 ms for a hook.',
      '     Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure "done()" is called.',
      'Error: Test timed out in 5000ms.',
      'Test timeout of 30000ms exceeded.',
      '** (ExUnit.TimeoutError) test timed out after 60000ms. You can change the timeout:',
      'E   Failed: Timeout (>300.0s) from pytest-timeout.',
      'java.util.concurrent.TimeoutException: fetchesUser() timed out after 5 seconds',
      '        TIMEOUT [  60.004s] store::tests::replays_the_journal'
    ]) {
      const log = `Running the test suite\n  ✓ parses the header\n${limit}\n`
      expect(classifyText(log, { catalogue }).findings[0], limit).toMatchObject({ pattern: 'PAT-002', line: 3 })
    }
    // A whole test binary stopped by its limit is over its time, and so is a job.
    for (const limit of ['panic: test timed out after 10m0s', 'Tests timed out']) {
      const log = `Running the test suite\n  ✓ parses the header\n${limit}\n`
      expect(classifyText(log, { catalogue }).findings[0], limit).toMatchObject({ pattern: 'PAT-005', line: 3 })
    }
  })

  it("reads a test run's own failure lines, not a build tool's closing banner, with no rule of the test runner's", () => {
    const catalogue = withoutRules('PAT-002')
    const runs: [string, number][] = [
      // xUnit's console runner: the test's name, then `[FAIL]`.
      [
        '  Starting:    Store.Tests\n    Store.Tests.JournalFixture.Replays_the_journal [FAIL]\n      Assert.Equal() Failure\n  Finished:    Store.Tests\n=== TEST EXECUTION SUMMARY ===\n',
        2
      ],
      // A summary that counts errors only, under Maven's banner.
      [
        '[INFO] Running com.example.JournalTest\nTests: 41, Assertions: 0, Errors: 41.\n[INFO] ------------------------------------------------------------------------\n[INFO] BUILD FAILURE\n[INFO] ------------------------------------------------------------------------\n',
        2
      ],
      // Go's race detector in a test run.
      [
        '=== RUN   TestJournal\n==================\nWARNING: DATA RACE\nWrite at 0x00c0000a4010 by goroutine 8:\n  store.(*Journal).Append()\n==================\n',
        3
      ]
    ]
    for (const [log, line] of runs)
      expect(classifyText(log, { catalogue }).findings[0], log).toMatchObject({ pattern: 'PAT-002', line })
    // A test class in a package named `lint` is no lint script.
    const gradle =
      '> Task :detectors:test\ncom.example.lint.detectors.LogDetectorTest > flags_the_call FAILED\n\n4 tests completed, 1 failed\n'
    expect(classifyText(gradle, { catalogue }).findings[0]?.pattern).toBe('PAT-002')
    // A build that says only that it failed is still a failed build.
    const banner = '** BUILD FAILED **\n\nThe following build commands failed:\n\tCompileSwift normal arm64\n'
    expect(classifyText(banner, { catalogue }).findings[0]?.pattern).toBe('PAT-001')
  })

  it("reads pytest's report of a skipped test as no failure, whatever its reason says", () => {
    // Pasted without the closing summary line that says the run passed.
    const log = [
      'tests/test_io.py ..........s.                                            [100%]',
      '=========================== short test summary info ============================',
      "SKIPPED [1] tests/test_io.py:713: could not import 'pandas': No module named 'pandas'"
    ].join('\n')
    expect(classifyText(log + '\n').findings).toEqual([])
  })

  it('reads a compiler naming an unknown name on a located line as a failed build, without the word error', () => {
    const catalogue = withoutRules('PAT-001')
    const ghc = [
      '[1 of 2] Compiling Utils            ( src/Utils.hs, dist/build/hhp/hhp-tmp/Utils.o )',
      '[2 of 2] Compiling Main             ( src/Hhp.hs, dist/build/hhp/hhp-tmp/Main.o )',
      '',
      "src/Hhp.hs:57:3: Not in scope: 'block'"
    ].join('\n')
    expect(classifyText(ghc + '\n', { catalogue }).findings[0]).toMatchObject({ pattern: 'PAT-001', line: 4 })
    // A test that logs such a message about a snippet (no file) passed.
    const logged = "run test: checking diagnostics\n0:12: use of undeclared identifier 'foo'\nAll 3 tests passed.\n"
    expect(classifyText(logged, { catalogue }).findings).toEqual([])
  })

  it('reads a connection that could not be made, or a server that answered nothing, as the network', () => {
    const catalogue = withoutRules('PAT-008')
    for (const line of [
      'Debugger entered--Lisp error: (error "Could not create connection to elpa.gnu.org:443")',
      "fatal: unable to access 'https://github.com/vim/vim/': Empty reply from server"
    ]) {
      const log = `Fetching dependencies\n${line}\n`
      expect(classifyText(log, { catalogue }).findings[0]).toMatchObject({ pattern: 'PAT-008', line: 2 })
    }
  })

  it("points at a failed test's explanation, not at the runner's progress line that names it", () => {
    // The test family's rules taken out: what a runner no rule knows yet meets.
    const catalogue = withoutRules('PAT-002')
    const unittest = [
      'test_ascii (tests.test_slugs.SlugTest.test_ascii) ... ok',
      'test_unicode (tests.test_slugs.SlugTest.test_unicode) ... FAIL',
      '',
      '======================================================================',
      'FAIL: test_unicode (tests.test_slugs.SlugTest.test_unicode)',
      '----------------------------------------------------------------------',
      "AssertionError: 'cr-me' != 'creme'",
      '',
      'Ran 2 tests in 0.001s',
      'FAILED (failures=1)'
    ]
    expect(classifyText(unittest.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-002',
      line: 5
    })
    const vitest = [
      ' ❯ range.test.js (3 tests | 1 failed) 21ms',
      '     × knows sunday 11ms',
      '',
      ' FAIL  range.test.js > isWeekend > knows sunday',
      'AssertionError: expected false to be true',
      ' Test Files  1 failed (1)'
    ]
    expect(classifyText(vitest.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-002',
      line: 4
    })
    // With no explanation under the test's name, the progress line stays the one to quote.
    const bare = [
      '1/2 Test #1: parse ..........   Passed    0.01 sec',
      '2/2 Test #2: render .........***Failed    0.47 sec'
    ]
    expect(classifyText(bare.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-002',
      line: 2
    })
    // A pre-commit hook's line is not a test's progress line: the hook id after it is no explanation.
    const hook = [
      'ruff.....................................................................Failed',
      '- hook id: ruff',
      '- exit code: 1'
    ]
    expect(classifyText(hook.join('\n') + '\n', { catalogue: withoutRules('PAT-007') }).findings[0]?.line).toBe(1)
  })

  it('reads a licence refused by its SPDX id as a licence finding, not a failed test', () => {
    const log = '$ npx license-checker --onlyAllow MIT\n✖ left-pad@1.3.0: WTFPL is not in the allow list\n'
    expect(classifyText(log).findings[0]).toMatchObject({ pattern: 'PAT-004', line: 2 })
    expect(classifyText('LICENSE_VIOLATION: package bar (AGPL-3.0)\n').findings[0]?.pattern).toBe('PAT-004')
    // A licence named in metadata is no finding.
    expect(classifyText('license: GPL-3.0-or-later\nThis package is licensed under GPL-3.0\n').findings).toEqual([])
  })

  it('reads a lock file, a relative module and a TAP count by what they name', () => {
    const one = (line: string) => classifyText(`$ run\n${line}\n`).findings[0]
    // A lock file that is not up to date is a dependency issue, a generated file is lint's.
    expect(
      one('The lock file is not up to date with the latest changes in pyproject.toml. Run `poetry lock` to fix it.')
    ).toMatchObject({ pattern: 'PAT-006', line: 2 })
    expect(one("error: The lockfile is not up to date. Run 'deno install' to update.")?.pattern).toBe('PAT-006')
    expect(one('src/generated.ts is not up to date. Run `npm run codegen`.')?.pattern).toBe('PAT-007')
    expect(
      one('Your bundle only supports platforms ["x86_64-darwin"] but your local platform is x86_64-linux.')?.pattern
    ).toBe('PAT-006')
    // A module by relative path is the project's own code; a package by name is a dependency.
    expect(one("Error: Cannot find module './utils' or its corresponding type declarations.")?.pattern).toBe('PAT-001')
    expect(one("Error: Cannot find module 'express' or its corresponding type declarations.")?.pattern).toBe('PAT-006')
    // A zero count out of a total is a clean result; a nonzero one is not.
    expect(classifyText('0 out of 6 tests failed\nTests: 0 out of 12 failed\n').findings).toEqual([])
    expect(classifyText('1 out of 6 tests failed\n').findings[0]?.pattern).toBe('PAT-002')
    // tape's and node:test's TAP summary.
    expect(classifyText('# tests 3\n# pass  2\n# fail  1\n').findings[0]).toMatchObject({ pattern: 'PAT-002', line: 3 })
    expect(classifyText('# tests 3\n# pass  3\n# fail  0\n').findings).toEqual([])
  })

  it('reads a crashed process as a finding, a test failure unless the step says otherwise', () => {
    const crashes = [
      'Segmentation fault (core dumped)',
      "terminate called after throwing an instance of 'std::runtime_error'",
      'Unhandled exception. System.InvalidOperationException: Sequence contains no elements',
      'Abort trap: 6'
    ]
    for (const line of crashes)
      expect(classifyText(`./build/tests\n${line}\n`).findings[0], line).toMatchObject({ pattern: 'PAT-002', line: 2 })
    const build = [
      '##[group]Run make build',
      'make build',
      'shell: /usr/bin/bash -e {0}',
      '##[endgroup]',
      'Segmentation fault (core dumped)',
      '##[error]Process completed with exit code 139.'
    ]
      .map((l) => `2024-01-01T10:00:00.0000000Z ${l}\n`)
      .join('')
    expect(classifyText(build).findings[0]?.pattern).toBe('PAT-001')
    expect(classifyText('Handling segmentation faults in the runner\n').findings).toEqual([])
  })

  it("reads a task runner's verdict by the name of the task that failed", () => {
    const cases: [string, string][] = [
      ['make: *** [Makefile:12: lint] Error 1', 'PAT-007'],
      ['make: *** [Makefile:20: test] Error 2', 'PAT-002'],
      ['make: *** [Makefile:32: audit] Error 1', 'PAT-003'],
      ['  mypy: commands failed', 'PAT-007'],
      ['  py312: FAIL code 1 (12.44=setup[0.66]+cmd[11.78] seconds)', 'PAT-002'],
      ['nox > Session mypy failed.', 'PAT-007'],
      ['task: Failed to run task "test": exit status 1', 'PAT-002'],
      ['Script phpunit handling the test event returned with error code 1', 'PAT-002'],
      ['error: script "lint" exited with code 1', 'PAT-007'],
      [' ERR_PNPM_RECURSIVE_RUN_FIRST_FAIL  @app/web@1.0.0 test: `vitest run`', 'PAT-002'],
      ['[error] (scalafmtCheckAll) 3 files must be formatted', 'PAT-007'],
      ['** ARCHIVE FAILED **', 'PAT-001']
    ]
    for (const [line, pattern] of cases)
      expect(classifyText(`$ run\n${line}\n`).findings[0], line).toMatchObject({ pattern, line: 2 })
    // The same runners' words for a task that passed.
    const passed = [
      "make: Nothing to be done for 'lint'.",
      '  lint: OK (2.31=setup[0.5]+cmd[1.8] seconds)',
      '  py312: commands succeeded',
      'nox > Session tests-3.11 was successful.',
      'task: [lint] golangci-lint run',
      'Script phpunit handling the test event returned with error code 0'
    ]
    expect(classifyText(passed.join('\n') + '\n').findings).toEqual([])
  })

  it("reads Gradle's verdict on a task by what the task's name says it does", () => {
    const cases: [string, string][] = [
      ['> Task :app:compileReleaseKotlin FAILED', 'PAT-001'],
      [':app:compileJava FAILED', 'PAT-001'],
      ["Execution failed for task ':app:mergeDebugResources'.", 'PAT-001'],
      ['> Task :app:connectedDebugAndroidTest FAILED', 'PAT-002'],
      ["Execution failed for task ':integrationTest'.", 'PAT-002'],
      ['> Task :app:ktlintMainSourceSetCheck FAILED', 'PAT-007'],
      ['> Task :core:spotlessKotlinGradle FAILED', 'PAT-007'],
      ['> Task :checkLicense FAILED', 'PAT-004'],
      ["Execution failed for task ':checkLicenses'.", 'PAT-004'],
      ['> Task :dependencyCheckAnalyze FAILED', 'PAT-003']
    ]
    for (const [line, pattern] of cases)
      expect(classifyText(`> Task :clean\n${line}\n`).findings[0], line).toMatchObject({ pattern, line: 2 })
    // A test task's sources are compiled by a build task.
    expect(classifyText('> Task :app:compileTestKotlin FAILED\n').findings[0]?.pattern).toBe('PAT-001')
    // A task that ran is no finding.
    expect(classifyText('> Task :checkLicense\n> Task :app:test\nBUILD SUCCESSFUL in 12s\n').findings).toEqual([])
  })

  it("reads an IaC scanner's failed policy check as a security finding, not a test's verdict", () => {
    // The security family's rules taken out: a scanner no rule knows prints its checks this way.
    const catalogue = withoutRules('PAT-003')
    const checks = [
      'terraform scan results:',
      '',
      'Passed checks: 1, Failed checks: 1, Skipped checks: 0',
      '',
      'Check: CKV_AWS_46: "Ensure no hard-coded secrets exist in EC2 user data"',
      '\tPASSED for resource: aws_instance.web',
      '\tFile: /main.tf:1-12',
      'Check: CKV_AWS_20: "S3 Bucket has an ACL defined which allows public READ access."',
      '\tFAILED for resource: aws_s3_bucket.assets',
      '\tFile: /main.tf:14-19'
    ]
    expect(classifyText(checks.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-003',
      line: 9
    })
    // A misconfiguration scanner's count by severity is no count of failed tests.
    const trivy = [
      'main.tf (terraform)',
      '===================',
      'Tests: 3 (SUCCESSES: 2, FAILURES: 1, EXCEPTIONS: 0)',
      'Failures: 1 (UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 1, CRITICAL: 0)',
      '',
      'AVD-AWS-0086 (HIGH): No public access block so not blocking public acls',
      'S3 buckets should block public ACLs on buckets and any objects they contain.'
    ]
    for (const options of [{ catalogue }, {}]) {
      const f = classifyText(trivy.join('\n') + '\n', options).findings[0]
      expect(f?.pattern).toBe('PAT-003')
      expect(f?.line).toBeGreaterThanOrEqual(4)
      expect(f?.line).toBeLessThanOrEqual(6)
    }
    const avd = 'AVD-AWS-0086 (HIGH): No public access block so not blocking public acls\n'
    expect(classifyText(avd, { catalogue }).findings[0]).toMatchObject({ pattern: 'PAT-003', line: 1 })
    // A passing check's title names the weakness it looks for; it is no finding.
    expect(classifyText(checks.slice(4, 7).join('\n') + '\n').findings).toEqual([])
    // A scan's verdict with its count of findings is no count of failed tests.
    expect(classifyText('$ ./scan.sh\nSecurity scan failed: 2 high-severity findings\n').findings[0]).toMatchObject({
      pattern: 'PAT-003',
      line: 2
    })
    expect(classifyText('Security scan completed: 0 findings\nSecurity scanning found 0 issues\n').findings).toEqual([])
    // Nor is a scanner's advice to its reader.
    const notice =
      "If you're an OSS maintainer and Trivy has detected vulnerabilities in your project that you believe are not actually exploitable, consider issuing a VEX."
    expect(classifyText(notice + '\n').findings).toEqual([])
  })

  it('reads an error line that names no family as a build failure, unless the step says otherwise', () => {
    const catalogue = withoutRules('PAT-001')
    const plan = ['│ Error: Unsupported argument', '│', '│   on main.tf line 12, in resource "x" "y":']
    expect(classifyText(plan.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-001',
      line: 1
    })
    // A step named for tests outweighs it.
    const tests = ghaLog([['npm test', 'Error: Unsupported argument', 1]])
    expect(classifyText(tests, { catalogue }).findings[0]?.pattern).toBe('PAT-002')
    // A matcher's report is a test's, whatever runner printed it.
    const matcher = ['error: expect(received).toBe(expected)', '', 'Expected: 3', 'Received: 4']
    expect(classifyText(matcher.join('\n') + '\n', { catalogue: withoutRules('PAT-002') }).findings[0]).toMatchObject({
      pattern: 'PAT-002',
      line: 1
    })
  })

  it("points at the compiler's error, not at the build tool's echo of the target it failed", () => {
    const catalogue = withoutRules('PAT-001')
    const ninja = [
      '[1/3] Building C object CMakeFiles/ring.dir/src/util.c.o',
      'FAILED: CMakeFiles/ring.dir/src/ring.c.o',
      '/usr/bin/cc -O2 -o CMakeFiles/ring.dir/src/ring.c.o -c src/ring.c',
      "src/ring.c:8:13: error: expected ';' before '}' token",
      'ninja: build stopped: subcommand failed.'
    ]
    expect(classifyText(ninja.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-001',
      line: 4
    })
    // `go test` reports a package that did not build as FAIL: the build's failure, not a test's.
    const go = [
      '# example.com/app/store [example.com/app/store.test]',
      'store/cache_test.go:88:9: undefined: os',
      'FAIL\texample.com/app/store [build failed]'
    ]
    expect(classifyText(go.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({ pattern: 'PAT-001', line: 2 })
  })

  it('lets a full disk, or a network failure on a dependency line, explain what failed with it', () => {
    // The infrastructure family's rules taken out: only its cues are left to tell the cause.
    const catalogue = withoutRules('PAT-008')
    const transfer =
      '[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.acme:app:jar:1.0: Could not transfer artifact com.acme:util:jar:2.1 from/to central (https://repo.maven.apache.org/maven2): Connection reset'
    expect(classifyText(transfer + '\n', { catalogue }).findings[0]).toMatchObject({ pattern: 'PAT-008', line: 1 })
    const disk = [
      '[INFO] Compiling 212 source files to /builds/app/target/classes',
      '[ERROR] /builds/app/src/main/java/com/acme/App.java:[5,8] error while writing com.acme.App: /builds/app/target/classes/com/acme/App.class (No space left on device)',
      '[INFO] BUILD FAILURE'
    ]
    expect(classifyText(disk.join('\n') + '\n', { catalogue }).findings[0]?.pattern).toBe('PAT-008')
    // A test that fails because of the network is a failed test; a setting named OOM explains nothing.
    const test = [
      '--- FAIL: TestFetch (0.01s)',
      '    fetch_test.go:12: Get "https://example.com": dial tcp: lookup example.com: no such host',
      'FAIL'
    ]
    expect(classifyText(test.join('\n') + '\n', { catalogue }).findings[0]?.pattern).toBe('PAT-002')
    const dump = ['OOM restarts => 0', 'src/main.c:3:1: error: unknown type name ‘foo’']
    expect(classifyText(dump.join('\n') + '\n', { catalogue }).findings[0]?.pattern).toBe('PAT-001')
  })

  it("reads a scanner's count of findings as a security failure, with no rule of the scanner", () => {
    const catalogue = withoutRules('PAT-003')
    for (const line of [
      'Total: 2 (UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 2, CRITICAL: 0)',
      'Tested 64 dependencies for known issues, found 2 issues, 2 vulnerable paths.',
      '  11 potential problem(s) detected.',
      '✅ Found verified result 🐷🔑'
    ]) {
      // The count is read wherever it stands, not only among the last lines.
      const log = `Scanning the image\n${line}\n` + 'Detector Type: URI\nDecoder Type: PLAIN\n'.repeat(5)
      expect(classifyText(log, { catalogue }).findings[0], line).toMatchObject({ pattern: 'PAT-003', line: 2 })
    }
    // A clean count is no finding.
    expect(
      classifyText('Total: 0 (UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0)\n', { catalogue }).findings
    ).toEqual([])
  })

  it('reads an Elixir exception of a namespaced module as a failure line, with no rule of the runner', () => {
    const catalogue = withoutRules('PAT-002')
    const log = [
      '  1) test addition works (MathTest)',
      '     test/math_test.exs:5',
      '     ** (ExUnit.ExpectationError)',
      ''
    ]
    expect(classifyText(log.join('\n'), { catalogue }).findings[0]).toMatchObject({ pattern: 'PAT-002', line: 3 })
  })

  it('lets a missing package explain the test file that could not load, with no rule of the package manager', () => {
    const catalogue = withoutRules('PAT-006')
    const log = [
      '==================================== ERRORS ====================================',
      '___________________ ERROR collecting tests/test_distance.py ____________________',
      'ImportError while importing test module /app/tests/test_distance.py.',
      'Traceback:',
      'tests/test_distance.py:3: in <module>',
      '    import shapely',
      "E   ModuleNotFoundError: No module named 'shapely'",
      '=========================== short test summary info ============================',
      'ERROR tests/test_distance.py'
    ]
    expect(classifyText(log.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-006',
      line: 7
    })
  })

  it('points at the failure a count of failures repeats, not at the count', () => {
    const catalogue = withoutRules('PAT-002')
    const exunit = [
      '  1) test addition works (MathTest)',
      '     test/math_test.exs:5',
      '     ** (ExUnit.ExpectationError)',
      '',
      'Finished in 0.03 seconds',
      '1 tests, 1 failures'
    ]
    expect(classifyText(exunit.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-002',
      line: 3
    })
    // A warning before it is not what the count repeats.
    const warned = ['WARNING: 3 invalid entries ignored', 'Finished in 0.03 seconds', '1 tests, 1 failures']
    expect(classifyText(warned.join('\n') + '\n', { catalogue }).findings[0]).toMatchObject({
      pattern: 'PAT-002',
      line: 3
    })
  })

  it("reads BuildKit's lines the same behind a CI's own prefix (GitLab's stream tag, Jenkins' time)", () => {
    const build = [
      '#28 0.307 go: updates to go.mod needed, disabled by -mod=readonly; to update it:',
      '#28 0.307 \tgo mod tidy'
    ]
    const bare = classifyText(build.join('\n') + '\n').findings[0]
    expect(bare).toMatchObject({ pattern: 'PAT-006', line: 1, confidence: 'high' })
    for (const wrap of [(l: string) => `2024-05-01T12:00:00.000000Z 00O ${l}`, (l: string) => `12:00:01  ${l}`]) {
      const found = classifyText(build.map(wrap).join('\n') + '\n').findings[0]
      expect(found).toMatchObject({ pattern: 'PAT-006', line: 1, confidence: 'high', rule: bare!.rule })
    }
  })

  it('reports nothing for a GitHub log with warnings but no error annotation', () => {
    const log = ghaLog([
      ['cargo build', '##[warning]unused variable: `x`\nwarning: unused variable: `x`\n    Finished dev', 0]
    ])
    expect(classifyText(log).findings).toEqual([])
  })

  it('reports nothing when Jenkins says the job succeeded, whatever the output said', () => {
    const log = `${fixture('cargo-test-failure.log')}\nFinished: SUCCESS\n`
    expect(classifyText(log).findings).toEqual([])
  })

  it('prefers the earliest of two equally decisive findings', () => {
    const log = `${fixture('tsc-type-error.log')}\n${fixture('cargo-test-failure.log')}`
    expect(classifyText(log).findings.map((f) => f.pattern)).toEqual(['PAT-001', 'PAT-002'])
  })

  it('lets a full disk outrank the compile errors it caused', () => {
    const log = `${fixture('cargo-build-type-error.log')}\nerror: failed to write /tmp/x.rlib: No space left on device (os error 28)\n`
    expect(top(log)?.pattern).toBe('PAT-008')
  })

  it('reads a job timeout as a timeout, and a test timeout as a test failure', () => {
    expect(
      top(
        '##[group]Run make\n##[endgroup]\nbuilding\n##[error]The job running on runner X has exceeded the maximum execution time of 10 minutes.\n'
      )?.pattern
    ).toBe('PAT-005')
    expect(
      top('  12 passing\n  1 failing\n\n  1) api returns data:\n     Error: timeout of 2000ms exceeded.\n')?.pattern
    ).toBe('PAT-002')
  })

  it('counts a Travis step that exited 0 as noise', () => {
    const log =
      '$ ./install.sh\nbash: yarn: command not found\nThe command "./install.sh" exited with 0.\n$ make test\n--- FAIL: TestParse (0.00s)\nThe command "make test" exited with 1.\n'
    expect(classifyText(log).findings.map((f) => f.pattern)).toEqual(['PAT-002', 'PAT-006'])
  })
})

describe("meson test's rows", () => {
  it('reads a test program stopped at its time limit as a timeout, with the confidence of a rule', () => {
    const [f] = classifyText(
      '1/2 test_io        OK       0.41 s\n2/2 test_net       TIMEOUT 30.01 s\n\nTimeout:  1\n'
    ).findings
    expect(f).toMatchObject({ rule: 'PAT-005/meson-test-timeout', line: 2, confidence: 'high' })
  })
})

describe('context.after', () => {
  const ruff = 'F401 [*] `os` imported but unused'
  const arrow = ' --> src/app.py:1:8'
  const failed = '\n##[error]Process completed with exit code 1.\n'
  const found = (text: string) => classifyText(text).findings.map((f) => `${f.rule}@${f.line}`)

  it('reads a rule whose context is the line before only right after that line', () => {
    expect(found(`Run ruff\n${ruff}\n${arrow}${failed}`)).toEqual(['PAT-007/python-diagnostic-arrow@2'])
    // One line too far, or an earlier segment of the same line: the context does not count.
    expect(found(`Run ruff\n${ruff}\nsomething else\n${arrow}${failed}`)).toEqual(['PAT-007/cue:lint-code@2'])
    expect(found(`Run ruff\n${ruff}\r${arrow}${failed}`)).toEqual(['PAT-007/cue:lint-code@2'])
  })

  it('finds the context line when a progress bar on the next line pushed it out of the recent lines', () => {
    const bar = 'p\r'.repeat(100)
    expect(found(`Run ruff\n${ruff}\n${bar}${arrow}${failed}`)).toEqual(['PAT-007/python-diagnostic-arrow@2'])
    const ts = (s: number) => `2024-01-01T00:00:0${s}.0000000Z `
    const [f] = classifyText(`${ts(1)}${ruff}\n${ts(2)}${bar}${arrow}${failed}`).findings
    expect(f).toMatchObject({ rule: 'PAT-007/python-diagnostic-arrow', line: 1, timestamp: ts(1).trim() })
  })
})

describe('context.after without literals', () => {
  // Two spellings of one context regex: the first has a literal the filter reads, so it is
  // tried on each line that holds it as the line is read; the second has none, so it is
  // tried only on the lines before a line where its rule matches.
  const catalogue = (after: string, within: number) =>
    loadCatalogue(
      `patterns:\n  PAT-007:\n    rules:\n      - id: ctx-location\n        regex: '^at \\S+\\.zz:\\d+$'\n        weight: 95\n        evidence: context\n        context:\n          after: '${after}'\n          within: ${within}\n`
    )
  const pieces = [
    'ctx: unused name',
    'at src/a.zz:12',
    'at src/b.zz:3',
    'plain output',
    '',
    '   ',
    'ctx: x\rat src/c.zz:4',
    'p\r'.repeat(40) + 'at src/d.zz:5',
    'p\r'.repeat(70) + 'at src/e.zz:6',
    'p\r'.repeat(70) + 'ctx: bar',
    'ctx:nospace',
    'error: something broke'
  ]

  it('finds the same context lines as a reading line by line, across progress bars and segments', () => {
    for (const within of [1, 3, 40]) {
      const eager = catalogue(String.raw`^ctx: \S`, within)
      const lazy = catalogue(String.raw`^(?:c)(?:t)(?:x): \S`, within)
      let found = 0
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), fc.boolean(), (lines, stamped) => {
          const text =
            lines
              .map((l, i) => (stamped ? `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}.0000000Z ` : '') + l)
              .join('\n') + '\n##[error]Process completed with exit code 1.\n'
          const a = classifyText(text, { catalogue: eager, explain: true })
          const b = classifyText(text, { catalogue: lazy, explain: true })
          expect(b).toEqual(a)
          if (a.findings.some((f) => f.rule === 'PAT-007/ctx-location')) found++
        }),
        { numRuns: 150 }
      )
      expect(found).toBeGreaterThan(10)
    }
  })
})

describe('streaming', () => {
  const corpus = Buffer.from(
    [
      fixture('gha-eslint-errors.log'),
      fixture('vitest-failure.log'),
      fixture('cargo-fmt-check.log'),
      'é✖⎯ mixed 𝄞 text\n'
    ].join('')
  )
  const expected = classifyText(corpus.toString('utf8'))

  it('gives the same findings from a file stream as from the text', async () => {
    const text = fixture('gha-cargo-test-failure.log')
    const streamed = await classifyStream(
      createReadStream(join(FIXTURES, 'gha-cargo-test-failure.log'), { highWaterMark: 7 })
    )
    expect(streamed).toEqual(classifyText(text))
    expect(streamed.bytes).toBe(Buffer.byteLength(text))
  })

  it('gives identical findings however the bytes are chunked, even inside UTF-8 sequences', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: corpus.length - 1 }), { maxLength: 40 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), corpus.length]
        const c = new LogClassifier()
        for (let i = 1; i < points.length; i++) c.push(corpus.subarray(points[i - 1], points[i]))
        expect(c.end()).toEqual(expected)
      }),
      { numRuns: 200 }
    )
  })

  it('refuses input after end', () => {
    const c = new LogClassifier()
    c.end()
    expect(() => c.push('late')).toThrow(/after end/)
  })

  it('keeps state bounded on a long log: evidence lines are capped and counts stay exact', async () => {
    async function* many() {
      for (let i = 0; i < 20_000; i++) yield `--- FAIL: TestCase${i} (0.00s)\n    case_test.go:${i}: wrong\n`
    }
    const r = await classifyStream(many())
    expect(r.lines).toBe(40_000)
    expect(r.findings[0]).toMatchObject({ pattern: 'PAT-002', line: 1 })
    expect(r.findings[0].lines.length).toBe(20)
  })
})

describe('catastrophic-backtracking inputs', () => {
  const catalogue = loadCatalogue()
  const regexes = catalogue.rules.flatMap((r) =>
    [r.regex, r.after, r.section].filter((x): x is RegExp => x !== undefined)
  )
  const unit = [
    'a',
    ' ',
    '\t',
    ':',
    '/',
    '.',
    '-',
    '_',
    '0',
    '1:1:',
    'a.go:1:1: ',
    ' > ',
    '--- FAIL: ',
    '(',
    ')',
    '[',
    '=',
    '*',
    'error: ',
    '`',
    "'",
    '"',
    '✖ '
  ]

  it('runs every rule over long runs of one character and repeated fragments, ending in a non-match', () => {
    let runs = 0
    for (const u of unit) {
      const run = u.repeat(Math.ceil(MAX_MATCH_CHARS / u.length)).slice(0, MAX_MATCH_CHARS - 1)
      for (const input of [run, `${run}!`, `(${run})`, `${u}${' '.repeat(MAX_MATCH_CHARS - 10)}!`]) {
        for (const re of regexes) {
          expect(typeof re.test(input.slice(0, MAX_MATCH_CHARS))).toBe('boolean')
          runs++
        }
      }
    }
    expect(runs).toBe(unit.length * 4 * regexes.length)
  }, 120_000)

  it('classifies a 1 MB single line and nested-looking text and still returns a result', () => {
    const oneLine = classifyText('a'.repeat(1 << 20) + '!')
    expect(oneLine).toMatchObject({ lines: 1, findings: [] })
    const nested = classifyText(
      `${'(('.repeat(50_000)}error: ${'))'.repeat(50_000)}\n${'error: '.repeat(150_000)}\n--- FAIL: X (0s)\n`
    )
    expect(nested.lines).toBe(3)
    expect(nested.findings[0]).toMatchObject({ pattern: 'PAT-002', line: 3 })
  }, 120_000)
})

// The development half of the labelled corpus, in the repository (CI clones have it; the
// held-out half is scored only by hand, never tuned against).
const EVAL = join(import.meta.dirname, '../../fixtures/corpus/dev')
interface Label {
  file: string
  patterns: string[]
  cause_lines: unknown[]
  uncertain: boolean
}

describe('the labelled corpus (development half)', () => {
  it('finds the primary pattern in at least 95% of cases, locates the cause in at least 90%, and leaves no failed log without a finding', async () => {
    const labels = (JSON.parse(readFileSync(join(EVAL, 'labels.json'), 'utf8')) as Label[]).filter(
      (c) => !c.uncertain && c.patterns[0] !== 'OTHER'
    )
    let primary = 0
    let located = 0
    let withCause = 0
    const misses: string[] = []
    const silent: string[] = []
    for (const c of labels) {
      const { findings } = await classifyStream(createReadStream(join(EVAL, 'logs', c.file)))
      const want = c.patterns[0]
      if (want === undefined) {
        if (findings.length === 0) primary++
        else misses.push(`${c.file}: want none, got ${findings[0].pattern}`)
        continue
      }
      if (findings.length === 0) silent.push(c.file)
      if (findings[0]?.pattern === want) primary++
      else misses.push(`${c.file}: want ${want}, got ${findings[0]?.pattern ?? 'none'}`)
      withCause++
      const causes = c.cause_lines.filter((l): l is number => typeof l === 'number')
      if (findings.some((f) => c.patterns.includes(f.pattern) && causes.some((l) => Math.abs(l - f.line) <= 2)))
        located++
    }
    expect(primary / labels.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95)
    expect(located / withCause).toBeGreaterThanOrEqual(0.9)
    expect(silent).toEqual([])
  }, 120_000)
})

describe('Gradle and jpackage words that name no runner and no test', () => {
  it('reads a type Gradle cannot instantiate as a build failure, not as a cloud instance that could not be created', () => {
    const log = [
      '##[group]Run ./gradlew build',
      './gradlew build',
      'shell: /usr/bin/bash -e {0}',
      '##[endgroup]',
      'FAILURE: Build failed with an exception.',
      '* What went wrong:',
      "A problem occurred configuring root project 'inventory'.",
      '> Could not create an instance of type org.jetbrains.kotlin.gradle.plugin.mpp.KotlinJvmTarget.',
      '   > Could not generate a decorated class for type KotlinJvmTarget.',
      'BUILD FAILED in 12s',
      '##[error]Process completed with exit code 1.'
    ].join('\n')
    expect(top(log)?.pattern).toBe('PAT-001')
    expect(top('Error: could not create an instance: quota exceeded for n2-standard-4 in us-east1\n')?.pattern).toBe(
      'PAT-008'
    )
  })

  it("reads Gradle's task verdict behind a prefix of another tool as the task's, not as a test case's", () => {
    const log = [
      'build | > Task :backend:jre',
      'build | > Task :backend:jpackageImage FAILED',
      'build | FAILURE: Build failed with an exception.',
      "build | Execution failed for task ':backend:jpackageImage'.",
      'build | BUILD FAILED in 1m 5s'
    ].join('\n')
    expect(classifyText(log).findings.map((f) => f.rule)).not.toContain('PAT-002/gradle-test-failed')
    expect(top('com.example.CartTest > addsItem() FAILED\n')?.rule).toBe('PAT-002/gradle-test-failed')
  })

  it("reads pnpm audit's count on a line of its own as the audit's finding, and a zero count as none", () => {
    expect(top('4 vulnerabilities found\nSeverity: 1 low | 2 moderate | 1 high\n')?.rule).toBe('PAT-003/yarn-audit')
    expect(top('1 vulnerabilities found - Packages audited: 812\n')?.rule).toBe('PAT-003/yarn-audit')
    expect(top('0 vulnerabilities found\n')).toBeUndefined()
  })

  it("reads Pester's failed It row, Pester 3 to 5, as the test's failure", () => {
    expect(top('  [-] Should return the verbose message 122ms\n')?.rule).toBe('PAT-002/pester-failed')
    expect(top('    [-] Get-Thing.returns the name 21ms (18ms|3ms)\n')?.rule).toBe('PAT-002/pester-failed')
    expect(top('  [+] returns one thing 14ms (9ms|5ms)\n')).toBeUndefined()
  })
})

describe('a GitHub job that went on after a failed step', () => {
  // The lint step failed; the test step after it ran anyway (`if: always()`, or the lint step
  // was allowed to fail) and passed. The log alone cannot tell which: the failure stands.
  const log = [
    "2026-02-10T08:06:22.7000000Z Current runner version: '2.331.0'",
    '2026-02-10T08:09:39.5742070Z ##[group]Run poetry run lint',
    '2026-02-10T08:09:39.5742357Z poetry run lint',
    '2026-02-10T08:09:39.5775500Z shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}',
    '2026-02-10T08:09:39.5780344Z ##[endgroup]',
    '2026-02-10T08:10:30.9386510Z /home/runner/work/app/app/backend/blocks/fetch.py',
    '2026-02-10T08:10:30.9390250Z   /home/runner/work/app/app/backend/blocks/fetch.py:13:21 - error: Argument of type "dict[str, str]" cannot be assigned to parameter "credentials" (reportArgumentType)',
    '2026-02-10T08:10:30.9398375Z 1 error, 0 warnings, 0 informations ',
    '2026-02-10T08:10:30.9446561Z ##[error]Process completed with exit code 1.',
    '2026-02-10T08:10:30.9496521Z ##[group]Run poetry run pytest -s -vv',
    '2026-02-10T08:10:30.9497157Z poetry run pytest -s -vv',
    '2026-02-10T08:10:30.9590784Z shell: /usr/bin/bash --noprofile --norc -e -o pipefail {0}',
    '2026-02-10T08:10:30.9591129Z ##[endgroup]',
    '2026-02-10T08:14:47.0765558Z ========== 1865 passed, 92 skipped, 56 warnings in 252.47s (0:04:12) ===========',
    '2026-02-10T08:14:55.4088337Z Post job cleanup.',
    '2026-02-10T08:14:55.5000000Z Cleaning up orphan processes'
  ].join('\n')

  it('reports the failed step, with low confidence', () => {
    expect(top(log)).toMatchObject({ pattern: 'PAT-007', line: 7, confidence: 'low' })
  })

  it('keeps the confidence of the evidence when the caller knows the job failed', () => {
    expect(classifyText(log, { knownFailed: true }).findings[0]).toMatchObject({ line: 7 })
    expect(classifyText(log, { knownFailed: true }).findings[0]!.confidence).not.toBe('low')
  })

  it('reads a failed step with nothing after it as before', () => {
    const cut = log.split('\n').slice(0, 9).join('\n')
    expect(top(cut)?.confidence).not.toBe('low')
  })
})
