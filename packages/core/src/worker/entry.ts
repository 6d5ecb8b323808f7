/**
 * What a worker thread started by `runBounded` runs: the bundle's entry module starts this
 * entry when it finds `heeTask` in the worker's data. It runs the task once, answers once
 * (`TaskReply`), and ends.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { measureReports } from '../coverage/measure.js'
import type { TaskReply, WorkerTask } from './bounded.js'
import { toWire } from './wire.js'

const TASKS: Record<WorkerTask, (input: never) => Promise<unknown>> = {
  'coverage.measure': measureReports
}

async function run(): Promise<void> {
  const { heeTask, input } = workerData as { heeTask: WorkerTask; input: never }
  let reply: TaskReply<unknown>
  try {
    reply = { ok: true, value: await TASKS[heeTask](input) }
  } catch (e) {
    reply = { ok: false, error: toWire(e) }
  }
  parentPort!.postMessage(reply)
}

void run()
