import * as core from '@actions/core'
import * as actionsExec from '@actions/exec'
import { BoundedOutput, DEFAULT_MAX_OUTPUT_BYTES } from '../exec/bounded-output.js'
import { createNodeExec } from '../exec/node-exec.js'
import { commandLine, type Exec, type ExecOptions, type ExecProgress, type ExecResult } from '../exec/types.js'
import { inertText } from '../security/inert.js'

/**
 * Progress for the job log: the command line as `[command]…` (as the runner prints its own),
 * output line by line with workflow commands made inert, so a tool printing `::set-output`
 * or `::add-mask::` from repository content cannot steer the job.
 */
export function jobLogProgress(): ExecProgress {
  let pending = ''
  const emit = (text: string): void => {
    pending += text
    const lines = pending.split(/\r?\n/)
    pending = lines.pop() ?? ''
    for (const line of lines) core.info(inertText(line))
  }
  return {
    start: (command, args) => core.info(inertText(`[command]${commandLine(command, args)}`)),
    output: (_stream, text) => emit(text),
    end: () => {
      if (pending) core.info(inertText(pending))
      pending = ''
    }
  }
}

export interface ActionsExecOptions {
  progress?: ExecProgress
  maxOutputBytes?: number
}

/**
 * The Exec port over `@actions/exec`, as actions run tools. `@actions/exec` can neither time a
 * command out nor kill what it started, so a command with a time limit runs under coreutils
 * `timeout`, which makes its own process group and signals all of it (then SIGKILL after 5 s).
 * Where `timeout` is missing (macOS, Windows runners) such a command goes through the
 * `node:child_process` port, which kills the group itself. Output is never echoed raw: it goes
 * to the progress sink (inert in the job log by default).
 */
export function createActionsExec(opts: ActionsExecOptions = {}): Exec {
  const fallback = createNodeExec({ progress: opts.progress ?? jobLogProgress(), maxOutputBytes: opts.maxOutputBytes })
  const hasTimeout = process.platform === 'linux'
  return async (command: string, args: readonly string[], o: ExecOptions = {}): Promise<ExecResult> => {
    const progress = o.progress ?? opts.progress ?? jobLogProgress()
    const limited = (o.timeoutMs !== undefined && o.timeoutMs > 0) || o.signal !== undefined
    if (limited && (!hasTimeout || o.signal !== undefined)) return fallback(command, args, { ...o, progress })

    const out = new BoundedOutput(opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES)
    const err = new BoundedOutput(opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES)
    const started = performance.now()
    progress.start?.(command, args, o.cwd)
    const seconds = limited ? Math.max(1, Math.ceil((o.timeoutMs ?? 0) / 1000)) : 0
    const [file, argv] = limited
      ? ['timeout', ['--kill-after=5s', `${seconds}s`, command, ...args]]
      : [command, [...args]]
    let code: number
    let notFound = false
    try {
      code = await actionsExec.exec(file, argv, {
        cwd: o.cwd,
        env: clean(o.env ?? process.env),
        silent: true,
        ignoreReturnCode: true,
        // Only real input is written: @actions/exec gives us no handle on stdin, and ending it
        // for a command that never reads would raise an unhandled EPIPE. Tool runs carry a
        // time limit, so one that waits on stdin cannot hang the job.
        ...(o.input === undefined ? {} : { input: Buffer.from(o.input) }),
        listeners: {
          stdout: (b: Buffer) => {
            const t = out.push(b)
            if (t) progress.output?.('stdout', t)
          },
          stderr: (b: Buffer) => {
            const t = err.push(b)
            if (t) progress.output?.('stderr', t)
          }
        }
      })
    } catch (e) {
      // `@actions/exec` rejects when the tool is not on PATH or the cwd is missing.
      code = 127
      notFound = true
      err.push(Buffer.from(`${command}: ${(e as Error).message}\n`))
    }
    const elapsed = performance.now() - started
    // coreutils timeout exits 124 when it stopped the command (137 when SIGKILL was needed);
    // 127 when the command itself could not be found.
    const timedOut = limited && (code === 124 || code === 137) && elapsed >= (o.timeoutMs ?? 0) - 50
    if (limited && code === 127 && /No such file or directory/.test(err.text())) notFound = true
    const restOut = out.flush()
    const restErr = err.flush()
    if (restOut) progress.output?.('stdout', restOut)
    if (restErr) progress.output?.('stderr', restErr)
    const result: ExecResult = {
      code,
      stdout: out.text(),
      stderr: err.text(),
      timedOut,
      aborted: false,
      notFound,
      truncated: out.truncated || err.truncated,
      durationMs: elapsed
    }
    progress.end?.(result)
    return result
  }
}

function clean(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const r: Record<string, string> = {}
  for (const [k, v] of Object.entries(env)) if (v !== undefined) r[k] = v
  return r
}
