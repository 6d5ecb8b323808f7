/** What a CLI command may touch: passed in so commands run in tests without a process. */
export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  env: NodeJS.ProcessEnv
}

/** A command takes its own argv (after the verb) and returns the exit code. */
export type Command = (argv: string[], io: CliIO) => Promise<number>
