import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { formatViolations, checkDiff } from '@hee/core/autofix/guard'
import { HeeError, readCapsuleFile } from '@hee/core'
import { createNodeExec } from '@hee/core/exec'
import { Git } from '@hee/core/git'
import { parse, UsageError } from '../args.js'
import type { CliIO, Command } from '../io.js'
import { capsuleCommand } from './capsule.js'

export const PRE_COMMIT_USAGE = `usage:
  hee pre-commit check [--state-capsule F]
  hee pre-commit validate-capsule [--verify-key FILE] [--allow-unsigned] FILE…

The commands behind the hooks of .pre-commit-hooks.yaml; each reads what is staged, never the
work tree, and changes nothing.

  check              refuses a staged change that silences a check instead of fixing it (an
                     added #[allow], eslint-disable, @ts-ignore, # noqa, .skip, a deleted test,
                     a loosened lint or coverage threshold, continue-on-error, || true in CI
                     scripts…), naming the file and line: the same guard auto-fix answers to.
                     With --state-capsule F (when the file exists) it also prints the capsule's
                     status and the failures CI has open, so a commit can say what it fixes.
  validate-capsule   validates each capsule file given (signature with --verify-key, structure,
                     state rules); pre-commit passes the staged capsule files.

Exit 0 when every check passed, 1 when one refused, 2 on a usage error.`

/** Guard rules about edits a person makes on purpose (auto-fix may not, a commit may). */
const HUMAN_EDITS = new Set([
  'file-deleted',
  'file-emptied',
  'test-removed',
  'assertion-removed',
  'config-changed',
  'header-text-lost',
  'snapshot-deleted'
])

// The tree of an empty repository: what a first commit is compared against.
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'

const check: Command = async (argv, io) => {
  const { values } = parse(argv, { 'state-capsule': { type: 'string' } })
  const git = new Git(createNodeExec(), io.cwd, { env: io.env })
  let top: string
  try {
    top = await git.topLevel()
  } catch {
    throw new UsageError(`${io.cwd} is not inside a git work tree`)
  }
  const repo = git.at(top)
  const base = (await repo.tryRevParse('HEAD')) ?? EMPTY_TREE
  const diff = await repo.diff(base, { cached: true, binary: false })
  const verdict = checkDiff(diff)
  // A person may delete, move and reorganise files, tests and configs; what the hook refuses is
  // the silencing itself: suppressions, skipped tests and loosened thresholds.
  const violations = verdict.ok ? [] : verdict.violations.filter((v) => !HUMAN_EDITS.has(v.rule))

  if (values['state-capsule']) await describeCapsule(io, resolve(io.cwd, values['state-capsule']))

  if (violations.length > 0) {
    io.stderr(
      `hee: the staged change silences a check instead of fixing it:\n${formatViolations(violations)}\n` +
        `Fix the cause, or commit with --no-verify if the suppression is deliberate and reviewed.\n`
    )
    return 1
  }
  io.stdout('hee: staged change adds no suppression\n')
  return 0
}

/** Prints the capsule's status and open incidents; a capsule that is not there is not an error. */
async function describeCapsule(io: CliIO, file: string): Promise<void> {
  if (!existsSync(file)) {
    io.stdout(`hee: no capsule at ${file}; CI state not shown\n`)
    return
  }
  try {
    const capsule = await readCapsuleFile(file)
    const state = capsule.body.monitoring_state
    const incidents = Object.values(state.incidents ?? {})
    io.stdout(`hee: CI status ${state.current_status} (capsule version ${capsule.version})\n`)
    for (const i of incidents)
      io.stdout(`  open: ${i.pattern} in ${i.workflow} since ${i.since} (${i.runs} run(s), ${i.severity})\n`)
  } catch (e) {
    if (!(e instanceof HeeError)) throw e
    io.stderr(`hee: capsule ${file} not readable (${e.message}); CI state not shown\n`)
  }
}

const validateCapsules: Command = async (argv, io) => {
  const files: string[] = []
  const flags: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--verify-key' || a === '--encryption-key') {
      const v = argv[++i]
      if (v === undefined) throw new UsageError(`${a} needs a file`)
      flags.push(a, v)
    } else if (a === '--allow-unsigned') flags.push(a)
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`)
    else files.push(a)
  }
  let status = 0
  for (const f of files) status = Math.max(status, await capsuleCommand(['validate', '--input', f, ...flags], io))
  if (files.length === 0) io.stdout('hee: no capsule file staged\n')
  return status
}

const VERBS: Record<string, Command> = { check, 'validate-capsule': validateCapsules }

/** `hee pre-commit <verb> …` */
export const preCommitCommand: Command = async (argv, io) => {
  const [verb, ...rest] = argv
  const run = verb ? VERBS[verb] : undefined
  if (!run) throw new UsageError(verb ? `unknown pre-commit command '${verb}'` : 'a pre-commit command is required')
  return run(rest, io)
}
