import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { formatViolations, checkDiff } from '@hee/core/autofix/guard'
import { HeeError, readCapsuleFile } from '@hee/core'
import { createNodeExec, toolEnv } from '@hee/core/exec'
import { Git } from '@hee/core/git'
import { parse, UsageError } from '../args.js'
import type { CliIO, Command } from '../io.js'
import { capsuleCommand } from './capsule.js'

export const PRE_COMMIT_USAGE = `usage:
  hee pre-commit check [--state-capsule F]
  hee pre-commit fix
  hee pre-commit validate-capsule [--verify-key FILE] [--allow-unsigned] FILE…

The commands behind the hooks of .pre-commit-hooks.yaml; each reads what is staged, never the
work tree, and changes nothing.

  check              refuses a staged change that silences a check instead of fixing it (an
                     added #[allow], eslint-disable, @ts-ignore, # noqa, .skip, a deleted test,
                     a loosened lint or coverage threshold, continue-on-error, || true in CI
                     scripts…), naming the file and line: the same guard auto-fix answers to.
                     With --state-capsule F (when the file exists) it also prints the capsule's
                     status and the failures CI has open, so a commit can say what it fixes.
  fix                the safe fixes on the staged files, with the project's own tools where it
                     has them: rustfmt (the crate's edition), prettier and eslint --fix from its
                     node_modules, ruff or black on PATH. Files it changed are listed to be
                     staged again (exit 1, as pre-commit expects of a hook that fixed files); a
                     tool's output that would silence a check is undone.
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

/** One fixer over the staged files of its kind. */
interface Fixer {
  name: string
  files: RegExp
  /** The command and its leading args, when the project has the tool; files are appended. */
  command(root: string): [string, string[]] | undefined
}

const localBin = (root: string, name: string): string | undefined => {
  const p = join(root, 'node_modules', '.bin', name)
  return existsSync(p) ? p : undefined
}

const FIXERS: Fixer[] = [
  {
    name: 'rustfmt',
    files: /\.rs$/,
    command: (root) => {
      if (!existsSync(join(root, 'Cargo.toml'))) return undefined
      const edition = /^\s*edition\s*=\s*"(\d{4})"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))?.[1] ?? '2015'
      return ['rustfmt', ['--edition', edition]]
    }
  },
  {
    name: 'eslint --fix',
    files: /\.(?:[cm]?[jt]sx?)$/,
    command: (root) => {
      const bin = localBin(root, 'eslint')
      return bin ? [bin, ['--fix', '--no-warn-ignored']] : undefined
    }
  },
  {
    name: 'prettier --write',
    files: /\.(?:[cm]?[jt]sx?|json|css|scss|md|ya?ml|html|vue)$/,
    command: (root) => {
      const bin = localBin(root, 'prettier')
      return bin ? [bin, ['--write', '--ignore-unknown', '--log-level', 'warn']] : undefined
    }
  },
  { name: 'ruff format', files: /\.pyi?$/, command: () => ['ruff', ['format', '--quiet']] },
  { name: 'black', files: /\.pyi?$/, command: () => ['black', ['--quiet']] }
]

const fix: Command = async (argv, io) => {
  parse(argv, {})
  const exec = createNodeExec()
  const git = new Git(exec, io.cwd, { env: io.env })
  const root = await git.topLevel().catch(() => {
    throw new UsageError(`${io.cwd} is not inside a git work tree`)
  })
  const repo = git.at(root)
  const staged = (await repo.run(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'])).stdout
    .split('\0')
    .filter(Boolean)
  const before = new Map(staged.map((f) => [f, contentOf(join(root, f))]))
  const env = toolEnv(io.env)
  let python = false
  for (const fixer of FIXERS) {
    const files = staged.filter((f) => fixer.files.test(f))
    if (files.length === 0) continue
    // One Python formatter: ruff when installed, else black.
    if (fixer.files.test('x.py') && python) continue
    const cmd = fixer.command(root)
    if (!cmd) continue
    const r = await exec(cmd[0], [...cmd[1], ...files], { cwd: root, env, timeoutMs: 300_000, progress: {} })
    if (r.notFound) continue
    if (fixer.files.test('x.py')) python = true
    if (r.code !== 0) io.stderr(`hee: ${fixer.name} left problems it cannot fix:\n${(r.stdout + r.stderr).trim()}\n`)
  }
  const changed = staged.filter((f) => !same(contentOf(join(root, f)), before.get(f)))
  if (changed.length === 0) {
    io.stdout('hee: the staged files need no safe fix\n')
    return 0
  }
  // A fixer's change is held to the guard like any fix; one that silences a check is undone.
  const verdict = checkDiff((await repo.run(['diff', '--no-ext-diff', '--', ...changed])).stdout)
  if (!verdict.ok) {
    for (const f of changed) writeFileSync(join(root, f), before.get(f) ?? Buffer.alloc(0))
    io.stderr(`hee: a fixer's change would silence a check and was undone:\n${formatViolations(verdict.violations)}\n`)
    return 1
  }
  io.stdout(
    `hee: fixed ${changed.length} staged file(s); review and stage them again:\n${changed.map((f) => `  ${f}\n`).join('')}`
  )
  return 1
}

function contentOf(path: string): Buffer | undefined {
  return existsSync(path) ? readFileSync(path) : undefined
}

const same = (a: Buffer | undefined, b: Buffer | undefined): boolean =>
  a === undefined || b === undefined ? a === b : a.equals(b)

const VERBS: Record<string, Command> = { check, fix, 'validate-capsule': validateCapsules }

/** `hee pre-commit <verb> …` */
export const preCommitCommand: Command = async (argv, io) => {
  const [verb, ...rest] = argv
  const run = verb ? VERBS[verb] : undefined
  if (!run) throw new UsageError(verb ? `unknown pre-commit command '${verb}'` : 'a pre-commit command is required')
  return run(rest, io)
}
