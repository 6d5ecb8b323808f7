import { spawn } from 'node:child_process'
import { constants } from 'node:os'
import { BoundedOutput, DEFAULT_MAX_OUTPUT_BYTES } from './bounded-output.js'
import type { Exec, ExecOptions, ExecProgress, ExecResult } from './types.js'

export interface NodeExecOptions {
  /** The default progress sink; a command's own `progress` option replaces it. */
  progress?: ExecProgress
  /** In-memory cap per stream (default 8 MiB); the middle of a longer output is dropped. */
  maxOutputBytes?: number
  /** Time between SIGTERM and SIGKILL when a command is stopped (default 5 s). */
  killGraceMs?: number
  /**
   * How long to wait for the output pipes to close after the command itself exited (default
   * 2 s). A tool that leaves a daemon holding them open would otherwise hang the caller; the
   * leftover processes of its group are killed instead.
   */
  lingerMs?: number
}

const POSIX = process.platform !== 'win32'

// Process groups still running. Each command is its own group leader (detached), so the
// terminal's Ctrl-C does not reach it: this process ends them when it exits.
const liveGroups = new Set<number>()
let exitHookInstalled = false

function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL')
  })
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // A negative pid addresses the whole process group: cargo's rustc children, npm's node.
    process.kill(POSIX ? -pid : pid, signal)
  } catch {
    // Already gone.
  }
}

/** Kills every command this process still has running (its whole group). For signal handlers. */
export function killAllRunning(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const pid of liveGroups) killGroup(pid, signal)
}

/**
 * The Exec port over `node:child_process`: no shell, each command in its own process group
 * (detached) so a timeout or abort kills it with everything it started, output capped in
 * memory and streamed to the progress sink as it arrives.
 */
export function createNodeExec(opts: NodeExecOptions = {}): Exec {
  const maxBytes = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES
  const grace = opts.killGraceMs ?? 5000
  const linger = opts.lingerMs ?? 2000
  installExitHook()

  return (command: string, args: readonly string[], o: ExecOptions = {}): Promise<ExecResult> => {
    const progress = o.progress ?? opts.progress ?? {}
    const started = performance.now()
    const out = new BoundedOutput(maxBytes)
    const err = new BoundedOutput(maxBytes)
    progress.start?.(command, args, o.cwd)

    return new Promise<ExecResult>((resolve) => {
      let settled = false
      let timedOut = false
      let aborted = false
      let exitCode: number | null = null
      let exitSignal: NodeJS.Signals | null = null
      const timers: NodeJS.Timeout[] = []

      const child = spawn(command, [...args], {
        cwd: o.cwd,
        env: (o.env ?? process.env) as NodeJS.ProcessEnv,
        detached: POSIX,
        windowsHide: true,
        stdio: [o.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
      })
      const pid = child.pid
      if (pid !== undefined) liveGroups.add(pid)

      const finish = (result: Omit<ExecResult, 'durationMs' | 'stdout' | 'stderr' | 'truncated'>): void => {
        if (settled) return
        settled = true
        for (const t of timers) clearTimeout(t)
        o.signal?.removeEventListener('abort', onAbort)
        if (pid !== undefined) liveGroups.delete(pid)
        const tailOut = out.flush()
        const tailErr = err.flush()
        if (tailOut) progress.output?.('stdout', tailOut)
        if (tailErr) progress.output?.('stderr', tailErr)
        const full: ExecResult = {
          ...result,
          stdout: out.text(),
          stderr: err.text(),
          truncated: out.truncated || err.truncated,
          durationMs: performance.now() - started
        }
        progress.end?.(full)
        resolve(full)
      }

      const stop = (): void => {
        if (pid === undefined) return
        killGroup(pid, 'SIGTERM')
        timers.push(setTimeout(() => killGroup(pid, 'SIGKILL'), grace).unref())
      }
      const onAbort = (): void => {
        aborted = true
        stop()
      }

      child.stdout!.on('data', (c: Buffer) => {
        const t = out.push(c)
        if (t) progress.output?.('stdout', t)
      })
      child.stderr!.on('data', (c: Buffer) => {
        const t = err.push(c)
        if (t) progress.output?.('stderr', t)
      })
      if (o.input !== undefined && child.stdin) {
        // A command that exits without reading its input closes the pipe: not our failure.
        child.stdin.on('error', () => undefined)
        child.stdin.end(o.input)
      }

      child.on('error', (e: NodeJS.ErrnoException) => {
        // spawn failures (ENOENT, EACCES) arrive here and no exit follows.
        if (exitCode !== null || exitSignal !== null) return
        err.push(Buffer.from(`${command}: ${e.code === 'ENOENT' ? 'command not found' : e.message}\n`))
        finish({ code: 127, timedOut, aborted, notFound: true })
      })
      child.on('exit', (code, signal) => {
        exitCode = code
        exitSignal = signal
        // The leader is gone; anything of its group still holding the pipes is killed soon.
        timers.push(
          setTimeout(() => {
            if (pid !== undefined) killGroup(pid, 'SIGKILL')
            child.stdout?.destroy()
            child.stderr?.destroy()
            done()
          }, linger).unref()
        )
      })
      const done = (): void => {
        const signalNumber = exitSignal ? (constants.signals[exitSignal] ?? 0) : 0
        finish({
          code: exitCode ?? (exitSignal ? 128 + signalNumber : 1),
          ...(exitSignal ? { signal: exitSignal } : {}),
          timedOut,
          aborted,
          notFound: false
        })
      }
      child.on('close', () => {
        if (exitCode === null && exitSignal === null) return
        // The pipes are closed; leftover group members (if any) are killed all the same.
        if (pid !== undefined) killGroup(pid, 'SIGKILL')
        done()
      })

      if (o.timeoutMs !== undefined && o.timeoutMs > 0) {
        timers.push(
          setTimeout(() => {
            timedOut = true
            stop()
          }, o.timeoutMs)
        )
      }
      if (o.signal) {
        if (o.signal.aborted) onAbort()
        else o.signal.addEventListener('abort', onAbort, { once: true })
      }
    })
  }
}
