/**
 * The one port through which engines run tools. Engines never spawn processes themselves:
 * the CLI passes an implementation over `node:child_process`, actions one over `@actions/exec`,
 * so the same engine code runs on a laptop, on a runner and in tests with real tools.
 */

/** Which stream a chunk of output came from. */
export type OutputStream = 'stdout' | 'stderr'

/**
 * Where a command's progress goes while it runs (a cargo build can take minutes): the CLI
 * prints it to stderr, an action to the job log with workflow commands made inert.
 */
export interface ExecProgress {
  /** A command is about to start. */
  start?(command: string, args: readonly string[], cwd: string | undefined): void
  /** A chunk of output, decoded as UTF-8 and never split inside a character. */
  output?(stream: OutputStream, text: string): void
  /** The command ended (or could not start). */
  end?(result: ExecResult): void
}

export interface ExecOptions {
  /** Working directory; the process's own when omitted. */
  cwd?: string
  /**
   * The complete environment of the command (not merged with the caller's). Tools that run
   * repository code get {@link toolEnv}, which holds no token.
   */
  env?: Readonly<Record<string, string | undefined>>
  /** After this long the whole process group is sent SIGTERM, then SIGKILL. */
  timeoutMs?: number
  /** Written to stdin, which is then closed; without it stdin is closed from the start. */
  input?: string | Uint8Array
  /** Overrides the port's progress sink for this command (e.g. `{}` for a quiet git call). */
  progress?: ExecProgress
  /** Aborting kills the command's process group like a timeout does. */
  signal?: AbortSignal
}

export interface ExecResult {
  /**
   * Exit code; 128 + signal number when a signal ended it; 127 when the command could not
   * be started (not found, not executable).
   */
  code: number
  stdout: string
  stderr: string
  /** The signal that ended the process, if one did. */
  signal?: string
  /** True when the command ran past `timeoutMs` and was killed. */
  timedOut: boolean
  /** True when the command was killed because `signal` aborted. */
  aborted: boolean
  /** True when the command could not be started at all (`code` is 127). */
  notFound: boolean
  /** True when stdout or stderr exceeded the in-memory cap and its middle was dropped. */
  truncated: boolean
  durationMs: number
}

/** Runs `command` with `args` (no shell) and resolves with its outcome; never rejects for a failing command. */
export type Exec = (command: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>

/** The command line as a person would type it, for progress and reports (never for running). */
export function commandLine(command: string, args: readonly string[]): string {
  return [command, ...args].map(quoteArg).join(' ')
}

function quoteArg(a: string): string {
  if (a !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(a)) return a
  return `'${a.replace(/'/g, `'\\''`)}'`
}
