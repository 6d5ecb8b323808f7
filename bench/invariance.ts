/**
 * Does the answer survive the wrapper? Every labelled excerpt of a set is re-read the way the
 * same failure reaches us from elsewhere — inside a whole GitHub Actions job log (runner setup,
 * checkout, a setup action's noise, post-job cleanup), pasted from the web view, from
 * `gh run view --log`, fenced in an issue comment, with CRLF line ends — and scored against its
 * label with the cause lines moved along. A rule that only fits one wrapper shows up here as a
 * drop from the bare excerpt's figure; the failure itself is the same text in every row.
 *
 *   node --import tsx bench/invariance.ts [--verbose] DIR...
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { classifyText } from '../packages/core/src/diagnosis/log-classifier.js'
import type { Label } from './accuracy.js'

/** A wrapped log: its text and how many lines came before the excerpt's first line. */
interface Wrapped {
  text: string
  offset: number
}

type Wrapper = (lines: string[], failed: boolean) => Wrapped

const COMMAND = './ci/check.sh'

// What a hosted runner prints before the first step of the job, and a setup action's noise.
const SETUP = [
  "Current runner version: '2.329.0'",
  '##[group]Operating System',
  'Ubuntu',
  '24.04.3',
  'LTS',
  '##[endgroup]',
  '##[group]Runner Image',
  'Image: ubuntu-24.04',
  'Version: 20251112.124.1',
  '##[endgroup]',
  '##[group]GITHUB_TOKEN Permissions',
  'Contents: read',
  'Metadata: read',
  '##[endgroup]',
  'Secret source: Actions',
  'Prepare workflow directory',
  'Prepare all required actions',
  "Download action repository 'actions/checkout@v4' (SHA:08eba0b27e820071cde6df949e0beb9ba4906955)",
  "Download action repository 'actions/setup-node@v4' (SHA:49933ea5288caeca8642d1e84afbd3f7d6820020)",
  'Complete job name: check',
  '##[group]Run actions/checkout@v4',
  'with:',
  '  repository: acme/widgets',
  '  token: ***',
  '  fetch-depth: 1',
  '##[endgroup]',
  'Syncing repository: acme/widgets',
  '##[group]Fetching the repository',
  '[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +2f3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e:refs/remotes/origin/main',
  'From https://github.com/acme/widgets',
  ' * [new ref]         2f3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e -> origin/main',
  '##[endgroup]',
  "hint: Using 'master' as the name for the initial branch. This default branch name",
  'hint: is subject to change. To configure the initial branch name to use in all',
  '##[group]Run actions/setup-node@v4',
  'with:',
  '  node-version: 20',
  '  cache: npm',
  '##[endgroup]',
  'Found in cache @ /opt/hostedtoolcache/node/20.19.5/x64',
  '##[group]Environment details',
  'node: v20.19.5',
  'npm: 10.8.2',
  '##[endgroup]',
  '[command]/opt/hostedtoolcache/node/20.19.5/x64/bin/npm config get cache',
  '/home/runner/.npm',
  '##[warning]Failed to restore: Cache service responded with 503',
  'Cache not found for input keys: node-cache-Linux-x64-npm-4b7c1d6e3f',
  '##[group]Run npm ci',
  'npm ci',
  'shell: /usr/bin/bash -e {0}',
  '##[endgroup]',
  'npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it.',
  'npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported',
  '',
  'added 412 packages, and audited 413 packages in 9s',
  '',
  '0 vulnerabilities'
]

const POST = [
  'Post job cleanup.',
  '[command]/usr/bin/git version',
  'git version 2.51.2',
  '[command]/usr/bin/git config --local --name-only --get-regexp http\\.https\\:\\/\\/github\\.com\\/\\.extraheader',
  'http.https://github.com/.extraheader',
  'Cleaning up orphan processes'
]

const NEXT_STEP = ['##[group]Run echo done', 'echo done', 'shell: /usr/bin/bash -e {0}', '##[endgroup]', 'done']

function stamp(lines: string[]): string[] {
  return lines.map((l, i) => {
    const s = String(i % 60).padStart(2, '0')
    return `2025-11-01T10:12:${s}.${String(1000000 + i).slice(1)}0Z ${l}`
  })
}

/** The excerpt as one step of a whole job log downloaded from the API. */
const jobLog: Wrapper = (lines, failed) => {
  const head = [...SETUP, `##[group]Run ${COMMAND}`, COMMAND, 'shell: /usr/bin/bash -e {0}', '##[endgroup]']
  const tail = failed ? ['##[error]Process completed with exit code 1.', ...POST] : [...NEXT_STEP, ...POST]
  return { text: stamp([...head, ...lines, ...tail]).join('\n') + '\n', offset: head.length }
}

// Output a failing step often prints before its failure, none of it a cause: compiler and
// runtime warnings, deprecation notices, retried downloads, passing tests, zero counts.
const STEP_NOISE = [
  '(node:2231) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.',
  '(Use `node --trace-deprecation ...` to show where the warning was created)',
  'npm warn deprecated rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported',
  'warning: unused variable: `retries`',
  '  --> src/client.rs:88:9',
  'src/util/hash.c:41:12: warning: implicit conversion loses integer precision [-Wshorten-64-to-32]',
  '/usr/lib/python3/dist-packages/setuptools/dist.py:723: DeprecationWarning: Invalid dash-separated options',
  'Download failed (connection reset), retrying in 2s (attempt 1 of 3)',
  'Downloaded https://registry.example.org/pkg/widgets-2.4.1.tgz',
  'test result: ok. 14 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out',
  '  ✓ parses an empty config (3 ms)',
  'ok      example.com/widgets/internal/cache    0.021s',
  'tests/test_config.py::test_defaults PASSED                               [ 12%]',
  'Found 0 errors in 0 files.',
  '0 warnings, 0 errors'
]

/** The excerpt in a whole job log, after the noise a failing step prints before its failure. */
const noisyStep: Wrapper = (lines, failed) => {
  const w = jobLog([...STEP_NOISE, ...lines], failed)
  return { text: w.text, offset: w.offset + STEP_NOISE.length }
}

// Steps that run after a failure (`if: always()`): an upload that finds nothing, a coverage
// upload that fails too. The first failed step is still the cause.
const ALWAYS_STEPS = [
  '##[group]Run actions/upload-artifact@v4',
  'with:',
  '  name: test-results',
  '  path: test-results/',
  '##[endgroup]',
  '##[warning]No files were found with the provided path: test-results/. No artifacts will be uploaded.',
  '##[group]Run codecov/codecov-action@v4',
  'with:',
  '  token: ***',
  '##[endgroup]',
  "[2025-11-01T10:13:02.512Z] ['error'] There was an error running the uploader: Error uploading to https://codecov.io: Error: There was an error fetching the storage URL during POST: 404 - {'message':'Repository not found'}",
  "##[error]Codecov: Failed to properly upload: The process '/home/runner/work/_actions/codecov/codecov-action/v4/dist/codecov' failed with exit code 1"
]

/** The excerpt as a failed step, then steps that run always and fail or warn themselves. */
const alwaysAfter: Wrapper = (lines, failed) => {
  if (!failed) return jobLog(lines, failed)
  const w = jobLog(lines, failed)
  const all = w.text.trimEnd().split('\n')
  const end = all.findIndex((l) => l.endsWith('##[error]Process completed with exit code 1.'))
  const extra = stamp(ALWAYS_STEPS).map((l) => l)
  return { text: [...all.slice(0, end + 1), ...extra, ...all.slice(end + 1)].join('\n') + '\n', offset: w.offset }
}

/** The same job on a Windows runner: PowerShell as the step's shell, CRLF line ends. */
const windowsJob: Wrapper = (lines, failed) => {
  const w = jobLog(lines, failed)
  const text = w.text
    .replaceAll('shell: /usr/bin/bash -e {0}', 'shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command ". \'{0}\'"')
    .replaceAll('/home/runner/work/', 'D:\\a\\')
    .replaceAll('\n', '\r\n')
  return { text, offset: w.offset }
}

/**
 * The same job copied from the web view: no timestamps, groups collapsed to their title except a
 * step's own `Run …` header (its command block indented under it), `Error: ` prefixes.
 */
const webView: Wrapper = (lines, failed) => {
  const head: string[] = []
  let group: 'run' | 'other' | undefined
  for (const l of SETUP) {
    if (l.startsWith('##[group]')) {
      group = l.startsWith('##[group]Run ') ? 'run' : 'other'
      head.push(l.slice(9))
    } else if (l === '##[endgroup]') group = undefined
    else if (group === 'run') head.push('  ' + l)
    else if (group === 'other') continue
    else if (l.startsWith('##[warning]')) head.push('Warning: ' + l.slice(11))
    else if (l.startsWith('##[error]')) head.push('Error: ' + l.slice(9))
    else head.push(l)
  }
  head.push(`Run ${COMMAND}`, `  ${COMMAND}`, '  shell: /usr/bin/bash -e {0}')
  const tail = failed ? ['Error: Process completed with exit code 1.'] : []
  return framed(head, lines, tail)
}

/** `gh run view --log`: job and step names before every timestamped line. */
const ghRunView: Wrapper = (lines, failed) => {
  const w = jobLog(lines, failed)
  const out = w.text
    .trimEnd()
    .split('\n')
    .map((l, i) => `check\t${i < w.offset - 4 ? 'Set up job' : 'Run ./ci/check.sh'}\t${l}`)
  return { text: out.join('\n') + '\n', offset: w.offset }
}

/** A GitLab CI job trace: sections, the script's `$ ` lines, the runner's verdict. */
const gitlab: Wrapper = (lines, failed) => {
  const head = [
    '\x1b[0KRunning with gitlab-runner 17.5.2 (c6eae8d7)\x1b[0;m',
    'section_start:1762000000:prepare_executor\r\x1b[0K\x1b[0K\x1b[36;1mPreparing the "docker+machine" executor\x1b[0;m\x1b[0;m',
    '\x1b[0KUsing Docker executor with image node:20 ...\x1b[0;m',
    'section_end:1762000012:prepare_executor\r\x1b[0K',
    'section_start:1762000012:get_sources\r\x1b[0K\x1b[0K\x1b[36;1mGetting source from Git repository\x1b[0;m\x1b[0;m',
    '\x1b[32;1mFetching changes with git depth set to 20...\x1b[0;m',
    'Initialized empty Git repository in /builds/acme/widgets/.git/',
    'section_end:1762000015:get_sources\r\x1b[0K',
    'section_start:1762000015:step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting "step_script" stage of the job script\x1b[0;m\x1b[0;m',
    '\x1b[32;1m$ npm ci\x1b[0;m',
    'added 412 packages, and audited 413 packages in 9s',
    `\x1b[32;1m$ ${COMMAND}\x1b[0;m`
  ]
  const tail = [
    'section_end:1762000200:step_script\r\x1b[0K',
    'section_start:1762000200:cleanup_file_variables\r\x1b[0K\x1b[0K\x1b[36;1mCleaning up project directory and file based variables\x1b[0;m\x1b[0;m',
    'section_end:1762000201:cleanup_file_variables\r\x1b[0K',
    failed ? '\x1b[31;1mERROR: Job failed: exit code 1\x1b[0;m' : '\x1b[32;1mJob succeeded\x1b[0;m'
  ]
  return framed(head, lines, tail)
}

/** A Jenkins pipeline's console: `[Pipeline]` steps, `+ ` commands, the build's result. */
const jenkins: Wrapper = (lines, failed) => {
  const head = [
    'Started by an SCM change',
    '[Pipeline] Start of Pipeline',
    '[Pipeline] node',
    'Running on build-agent-07 in /var/lib/jenkins/workspace/widgets',
    '[Pipeline] {',
    '[Pipeline] stage',
    '[Pipeline] { (Checkout)',
    '[Pipeline] checkout',
    'Checking out Revision 9c1e5d2a7b3f4e6d8c0a1b2c3d4e5f6a7b8c9d0e (refs/remotes/origin/main)',
    '[Pipeline] }',
    '[Pipeline] // stage',
    '[Pipeline] stage',
    '[Pipeline] { (Check)',
    '[Pipeline] sh',
    `+ ${COMMAND}`
  ]
  const tail = [
    '[Pipeline] }',
    '[Pipeline] // stage',
    '[Pipeline] }',
    '[Pipeline] // node',
    '[Pipeline] End of Pipeline',
    ...(failed ? ['ERROR: script returned exit code 1', 'Finished: FAILURE'] : ['Finished: SUCCESS'])
  ]
  return framed(head, lines, tail)
}

/** An Azure Pipelines job log: timestamped sections, a Bash task, its exit code. */
const azure: Wrapper = (lines, failed) => {
  const head = [
    '##[section]Starting: Initialize job',
    "Agent name: 'Azure Pipelines 3'",
    "Current agent version: '4.264.2'",
    '##[section]Finishing: Initialize job',
    '##[section]Starting: Check',
    '==============================================================================',
    'Task         : Bash',
    'Description  : Run a Bash script on macOS, Linux, or Windows',
    '==============================================================================',
    'Script contents:',
    COMMAND,
    '========================== Starting Command Output ===========================',
    '[command]/usr/bin/bash /home/vsts/work/_temp/7d2c1e0f-4b3a-4c5d-9e8f-0a1b2c3d4e5f.sh'
  ]
  const tail = [
    ...(failed ? ["##[error]Bash exited with code '1'."] : []),
    '##[section]Finishing: Check',
    '##[section]Starting: Finalize Job',
    'Start cleaning up orphan processes.',
    '##[section]Finishing: Finalize Job'
  ]
  return { text: stamp([...head, ...lines, ...tail]).join('\n') + '\n', offset: head.length }
}

/** Pasted into an issue comment: prose around a fence. */
const issueComment: Wrapper = (lines) => {
  const head = [
    'Since updating to the latest release our CI fails with the following output:',
    '',
    '```',
    `$ ${COMMAND}`
  ]
  const tail = ['```', '', 'Any idea what is going on? It worked last week.']
  return framed(head, lines, tail)
}

/** A Jenkins console with the Timestamper plugin: `[ISO time] ` before every line. */
const jenkinsStamped: Wrapper = (lines, failed) => {
  const w = jenkins(lines, failed)
  const out = w.text
    .trimEnd()
    .split('\n')
    .map((l, i) => `[2025-11-01T10:12:${String(i % 60).padStart(2, '0')}.${String(100 + (i % 900))}Z] ${l}`)
  return { text: out.join('\n') + '\n', offset: w.offset }
}

/** Clock times before every line, as Jenkins' Timestamper shows them (two blanks after). */
const clockStamped: Wrapper = (lines) => ({
  text: lines.map((l, i) => `10:12:${String(i % 60).padStart(2, '0')}  ${l}`).join('\n') + '\n',
  offset: 0
})

/** Date and time before every line, as Timestamper's plain-text API gives them. */
const dateStamped: Wrapper = (lines) => ({
  text: lines.map((l, i) => `2020-03-19 13:16:${String(i % 60).padStart(2, '0')}  ${l}`).join('\n') + '\n',
  offset: 0
})

/** A Travis CI job: every script command runs, each failing one says so. */
const travis: Wrapper = (lines, failed) => {
  const head = [
    'travis_fold:start:install\r\x1b[0Ktravis_time:start:0a1b2c3d\r\x1b[0K$ npm ci',
    'added 412 packages in 9s',
    'travis_time:end:0a1b2c3d:start=1,finish=2,duration=1\r\x1b[0Ktravis_fold:end:install\r\x1b[0K',
    `travis_time:start:1b2c3d4e\r\x1b[0K$ ${COMMAND}`
  ]
  const tail = [
    'travis_time:end:1b2c3d4e:start=3,finish=4,duration=1\r\x1b[0K',
    failed
      ? `\x1b[31;1mThe command "${COMMAND}" exited with 1.\x1b[0m`
      : `\x1b[32;1mThe command "${COMMAND}" exited with 0.\x1b[0m`,
    '',
    'Done. Your build exited with ' + (failed ? '1.' : '0.')
  ]
  return framed(head, lines, tail)
}

/** A CircleCI step as its "download" gives it. */
const circle: Wrapper = (lines, failed) => {
  const head = ['#!/bin/bash -eo pipefail', COMMAND]
  const tail = failed ? ['', 'Exited with code exit status 1'] : ['CircleCI received exit code 0']
  return framed(head, lines, tail)
}

/** Colours as a terminal-aware tool prints them: level words and markers in bold red or yellow. */
const colours: Wrapper = (lines) => ({
  text:
    lines
      .map((l) =>
        l.replace(/\b(?:error|ERROR|Error|FAIL(?:ED)?|failed|fatal|warning|WARNING|Warning)\b/g, (w) =>
          /^w/i.test(w) ? `\x1b[1;33m${w}\x1b[0m` : `\x1b[1;31m${w}\x1b[0m`
        )
      )
      .join('\n') + '\n',
  offset: 0
})

/** A TeamCity build log: time, status, the step's block before every line of its output. */
const teamcity: Wrapper = (lines, failed) => {
  const at = (i: number, status = ' ', depth = 1): string =>
    `[10:12:${String(i % 60).padStart(2, '0')}]${status}:${'\t'.repeat(depth)} `
  const head = [
    `${at(0)}Step 1/1: Check (Command Line)`,
    `${at(1, ' ', 2)}[Step 1/1] Starting: /opt/buildagent/temp/agentTmp/custom_script5396122011914164459`,
    `${at(2, ' ', 2)}[Step 1/1] in directory: /opt/buildagent/work/dc32f16b9fcfbc8c`
  ]
  const body = lines.map((l, i) => `${at(i + 3, ' ', 2)}[Step 1/1] ${l}`)
  const tail = failed
    ? [
        `${at(lines.length + 3, 'W', 2)}[Step 1/1] Process exited with code 1`,
        `${at(lines.length + 4, 'E', 2)}[Step 1/1] Process exited with code 1 (Step: Check (Command Line))`
      ]
    : [`${at(lines.length + 3, ' ', 2)}[Step 1/1] Process exited with code 0`]
  return { text: [...head, ...body, ...tail].join('\n') + '\n', offset: head.length }
}

/** In an issue comment's collapsed `<details>` block. */
const detailsBlock: Wrapper = (lines) => {
  const head = ['### Logs', '', '<details>', '<summary>CI output</summary>', '', '```text']
  const tail = ['```', '', '</details>', '', '### Environment', '', '- OS: ubuntu-latest', '- Node: 20.x']
  return framed(head, lines, tail)
}

/** Pasted into an issue comment without a fence, between sentences. */
const unfenced: Wrapper = (lines) => {
  const head = ['Hi, after upgrading, our pipeline breaks. Here is the output:', '']
  const tail = ['', 'Happy to provide more details if needed. Thanks!']
  return framed(head, lines, tail)
}

/** Saved on Windows. */
const crlf: Wrapper = (lines) => ({ text: lines.join('\r\n') + '\r\n', offset: 0 })

const bare: Wrapper = (lines) => ({ text: lines.join('\n') + '\n', offset: 0 })

// A log viewer's or analyser's excerpt: each line behind its number in the job log.
const numberedBar: Wrapper = (lines) => ({
  text: lines.map((l, i) => `${String(i + 1201).padStart(5)} | ${l}`).join('\n') + '\n',
  offset: 0
})
const numberedColon: Wrapper = (lines) => ({
  text: lines.map((l, i) => `${i + 88}: ${l}`).join('\n') + '\n',
  offset: 0
})
const numberedTab: Wrapper = (lines) => ({ text: lines.map((l, i) => `${i + 1}\t${l}`).join('\n') + '\n', offset: 0 })
// A service's or package's name before each line: docker compose, a monorepo's task runner.
const composePrefix: Wrapper = (lines) => ({ text: lines.map((l) => `api-1  | ${l}`).join('\n') + '\n', offset: 0 })
const taskPrefix: Wrapper = (lines) => ({ text: lines.map((l) => `@acme/api:ci: ${l}`).join('\n') + '\n', offset: 0 })

/** The excerpt between the lines a wrapper puts before and after it. */
function framed(head: string[], lines: string[], tail: string[]): Wrapped {
  return { text: [...head, ...lines, ...tail].join('\n') + '\n', offset: head.length }
}

const WRAPPERS: [string, Wrapper][] = [
  ['bare excerpt', bare],
  ['whole job log', jobLog],
  ['noisy failing step', noisyStep],
  ['steps that run always after it', alwaysAfter],
  ['Windows runner', windowsJob],
  ['web view', webView],
  ['gh run view', ghRunView],
  ['GitLab job', gitlab],
  ['Jenkins console', jenkins],
  ['Azure Pipelines', azure],
  ['Jenkins with timestamps', jenkinsStamped],
  ['clock time before each line', clockStamped],
  ['date and time before each line', dateStamped],
  ['TeamCity build log', teamcity],
  ['Travis job', travis],
  ['CircleCI step', circle],
  ['ANSI colours', colours],
  ['issue comment', issueComment],
  ['issue comment, in <details>', detailsBlock],
  ['issue comment, no fence', unfenced],
  ['CRLF', crlf],
  ['numbered lines, `1201 | `', numberedBar],
  ['numbered lines, `88: `', numberedColon],
  ['numbered lines, tab', numberedTab],
  ['docker compose service prefix', composePrefix],
  ['monorepo task prefix', taskPrefix]
]

const FRAMED = /^(?:\d{4}-\d\d-\d\dT[\d:.]+Z |##\[|Run |\$ |section_start|travis_fold|\[Pipeline\])/m
const FENCE = /^\s*(?:\x60{3}|~{3})/

/**
 * The failure's own text in a labelled log, when it is an excerpt with no runner framing of its
 * own (timestamps, groups, a CI's headers): the log itself, or the one fenced block of an issue
 * comment that holds every cause line, with `> ` quoting taken off. `shift` is what a label's
 * line number loses.
 */
function excerptOf(text: string, c: Label): { lines: string[]; shift: number } | undefined {
  const tags = c.tags ?? []
  if (!tags.includes('excerpt') && !tags.includes('plain')) return undefined
  let lines = text.replace(/\r?\n$/, '').split(/\r?\n/)
  const quoted = lines.filter((l) => l.startsWith('>')).length
  if (quoted > 0 && quoted >= 0.8 * lines.filter((l) => l.trim() !== '').length) {
    lines = lines.map((l) => l.replace(/^> ?/, ''))
  }
  let shift = 0
  const fences = lines.flatMap((l, i) => (FENCE.test(l) ? [i] : []))
  if (fences.length > 0) {
    const causes = c.cause_lines.filter((l): l is number => typeof l === 'number')
    let block: [number, number] | undefined
    for (let k = 0; k + 1 < fences.length; k += 2) {
      const [a, b] = [fences[k]!, fences[k + 1]!]
      if (causes.length > 0 && causes.every((l) => l - 1 > a && l - 1 < b)) block = [a, b]
    }
    if (!block || (c.patterns.length === 0 && fences.length !== 2)) return undefined
    shift = block[0] + 1
    lines = lines.slice(block[0] + 1, block[1])
    if (lines.some((l) => FENCE.test(l))) return undefined
  }
  return FRAMED.test(lines.join('\n')) ? undefined : { lines, shift }
}

interface Row {
  n: number
  primary: number
  locN: number
  located: number
  changed: string[]
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose')
  const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'))
  const rows = new Map<string, Row>(WRAPPERS.map(([n]) => [n, { n: 0, primary: 0, locN: 0, located: 0, changed: [] }]))
  for (const dir of dirs) {
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[]
    for (const c of labels) {
      const want = c.patterns[0]
      if (c.uncertain || want === 'OTHER') continue
      const file = join(dir, 'logs', c.file)
      if (!existsSync(file)) continue
      const excerpt = excerptOf(readFileSync(file, 'utf8'), c)
      if (!excerpt) continue
      const { lines, shift } = excerpt
      let bareAnswer = ''
      for (const [name, wrap] of WRAPPERS) {
        const w = wrap(lines, want !== undefined)
        const findings = classifyText(w.text).findings
        const row = rows.get(name)!
        row.n++
        const got = findings[0]?.pattern
        const answer = `${got ?? 'none'}@${findings[0] ? findings[0].line - w.offset : '-'}`
        if (name === 'bare excerpt') bareAnswer = answer
        else if (answer !== bareAnswer) row.changed.push(`${c.file}: ${bareAnswer} → ${answer}`)
        if (got === want) row.primary++
        if (!want) continue
        row.locN++
        const near = findings.some(
          (f) =>
            c.patterns.includes(f.pattern) &&
            c.cause_lines.some((l) => typeof l === 'number' && Math.abs(l - shift + w.offset - f.line) <= 2)
        )
        if (near) row.located++
      }
    }
  }
  printTable('wrapper', rows, verbose)
  windows(dirs, verbose)
}

/** A Markdown table of the rows and, with `verbose`, each answer that changed. */
function printTable(first: string, rows: Map<string, Row>, verbose: boolean): void {
  const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) + ' %' : '—')
  console.log(`| ${first} | cases | primary | located | answers changed |`)
  console.log('|---|---|---|---|---|')
  for (const [name, r] of rows) {
    console.log(`| ${name} | ${r.n} | ${pct(r.primary, r.n)} | ${pct(r.located, r.locN)} | ${r.changed.length} |`)
  }
  if (verbose) {
    for (const [name, r] of rows) for (const x of r.changed) console.log(`${name}\t${x}`)
  }
}

/** Windows cut from every failed log around its first cause line, as log analyzers show them. */
const WINDOWS: [string, number, number][] = [
  ['whole log', Infinity, Infinity],
  ['15 lines either side of the cause', 15, 15],
  ['5 lines either side of the cause', 5, 5],
  ['2 lines either side of the cause', 2, 2],
  ['the first cause line alone', 0, 0],
  ['from 3 lines before the cause to the end', 3, Infinity]
]

/**
 * The second table: every failed log of the sets (whole job logs too), cut to a window around
 * its first cause line the way a log analyzer or a person quotes it, scored against its label.
 */
function windows(dirs: string[], verbose: boolean): void {
  const rows = new Map<string, Row>(WINDOWS.map(([n]) => [n, { n: 0, primary: 0, locN: 0, located: 0, changed: [] }]))
  for (const dir of dirs) {
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Label[]
    for (const c of labels) {
      const want = c.patterns[0]
      if (c.uncertain || !want || want === 'OTHER') continue
      const file = join(dir, 'logs', c.file)
      const first = c.cause_lines.find((l): l is number => typeof l === 'number')
      if (!existsSync(file) || first === undefined) continue
      const all = readFileSync(file, 'utf8')
        .replace(/\r?\n$/, '')
        .split('\n')
      let whole = ''
      for (const [name, before, after] of WINDOWS) {
        const from = Math.max(0, first - 1 - before)
        const to = Math.min(all.length, after === Infinity ? all.length : first + after)
        const findings = classifyText(all.slice(from, to).join('\n') + '\n').findings
        const row = rows.get(name)!
        row.n++
        row.locN++
        const got = findings[0]?.pattern
        const answer = `${got ?? 'none'}@${findings[0] ? findings[0].line + from : '-'}`
        if (name === 'whole log') whole = answer
        else if (answer !== whole) row.changed.push(`${c.file}: ${whole} → ${answer}`)
        if (got === want) row.primary++
        const near = findings.some(
          (f) =>
            c.patterns.includes(f.pattern) &&
            c.cause_lines.some((l) => typeof l === 'number' && Math.abs(l - from - f.line) <= 2)
        )
        if (near) row.located++
      }
    }
  }
  console.log('')
  printTable('failed log cut to', rows, verbose)
}

await main()
