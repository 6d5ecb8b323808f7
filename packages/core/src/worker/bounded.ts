import { Worker } from 'node:worker_threads'
import { fromWire, type WireError } from './wire.js'

/**
 * The bundle's entry module (dist/hee/index.mjs) puts its own URL here when it loads, so that
 * code in the bundle can start the same bundle in a worker thread. Run from source (tests,
 * tsx) it is not set, and work runs in the calling thread.
 */
export const BUNDLE_URL = Symbol.for('hee.bundle')

/** The work a worker can be asked to do (see worker/entry.ts). */
export type WorkerTask = 'coverage.measure'

/** What a worker started with `heeTask` answers, once. */
export type TaskReply<O> = { ok: true; value: O } | { ok: false; error: WireError }

export interface Bounds {
  /** The worker's old generation limit, MB. */
  heapMb: number
  /** Its young generation limit, MB. */
  youngMb: number
  /** Told where the work ran, and why not in a worker when it could have. */
  note?: (line: string) => void
}

/**
 * Runs `task` in a worker thread whose heap is capped, so that work which allocates much and
 * keeps little (reading a big report) leaves a process no bigger than a small input does: V8
 * grows a heap it is allowed to grow, and a capped one collects instead. The answer is the
 * same as `inThread(input)`'s, which is what runs when there is no bundle to start (from
 * source), when the worker cannot start, or when the work outgrows the cap (then it runs again
 * here, uncapped). An error the task throws is thrown here, of the same class.
 */
export async function runBounded<I, O>(
  task: WorkerTask,
  input: I,
  inThread: (input: I) => Promise<O>,
  bounds: Bounds
): Promise<O> {
  const bundle = (globalThis as Record<symbol, unknown>)[BUNDLE_URL]
  if (typeof bundle !== 'string') return inThread(input)
  const outcome = await inWorker<O>(bundle, task, input, bounds)
  if ('value' in outcome) {
    bounds.note?.(`${task}: ran in a worker thread (heap capped at ${bounds.heapMb} MB)`)
    return outcome.value
  }
  bounds.note?.(`${task}: ${outcome.why}; running it again in this thread`)
  return inThread(input)
}

function inWorker<O>(
  bundle: string,
  task: WorkerTask,
  input: unknown,
  bounds: Bounds
): Promise<{ value: O } | { why: string }> {
  return new Promise((resolve, reject) => {
    let worker: Worker
    try {
      worker = new Worker(new URL(bundle), {
        workerData: { heeTask: task, input },
        resourceLimits: { maxOldGenerationSizeMb: bounds.heapMb, maxYoungGenerationSizeMb: bounds.youngMb }
      })
    } catch (e) {
      resolve({ why: `no worker thread could start (${(e as Error).message})` })
      return
    }
    let settled = false
    worker.once('message', (reply: TaskReply<O>) => {
      settled = true
      if (reply.ok) resolve({ value: reply.value })
      else reject(fromWire(reply.error))
    })
    worker.once('error', (e: NodeJS.ErrnoException) => {
      if (settled) return
      settled = true
      resolve({
        why:
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `the worker thread outgrew its ${bounds.heapMb} MB heap`
            : `the worker thread failed (${e.message})`
      })
    })
    worker.once('exit', (code) => {
      if (settled) return
      settled = true
      resolve({ why: `the worker thread stopped with exit code ${code} before it answered` })
    })
  })
}
