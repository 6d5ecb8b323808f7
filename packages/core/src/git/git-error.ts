import { HeeError } from '../errors.js'

/** A git command that failed where success was required: the command, its exit code and stderr. */
export class GitError extends HeeError {
  readonly args: readonly string[]
  readonly exitCode: number
  readonly stderr: string

  constructor(args: readonly string[], exitCode: number, stderr: string) {
    const first = stderr.split('\n').find((l) => l.trim() !== '') ?? `exit code ${exitCode}`
    super('git.failed', `git ${subcommand(args)} failed: ${first.trim()}`)
    this.name = 'GitError'
    this.args = args
    this.exitCode = exitCode
    this.stderr = stderr
  }
}

/** The subcommand of a git argument list, skipping `-c key=value` and `-C dir` options. */
export function subcommand(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '-c' || a === '-C') i++
    else if (!a.startsWith('-')) return a
  }
  return args[0] ?? ''
}
