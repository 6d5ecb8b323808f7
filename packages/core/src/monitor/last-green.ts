/**
 * The last green run of a failed job, read as the classifier's baseline: lines the job's most
 * recent successful run on the same branch printed too are that job's everyday noise (see
 * `diagnosis/baseline.ts`). Asked for only when the first reading of a failed job is unsure;
 * it costs the newest successful run of the workflow on the branch and its job list (once per
 * run analysed, whatever the number of unsure jobs) and the log of the job of the same name
 * (one per unsure failed job). What the passing log told about a job is remembered in the
 * capsule by job name and head commit, so the same job at the same commit is read again
 * without a request.
 */
import { MAX_BASELINE_ENTRIES, MAX_BASELINE_KEYS } from '../capsule/shapes.js'
import type { BaselineEntry } from '../capsule/types.js'
import { Baseline, readBaseline } from '../diagnosis/baseline.js'
import { HeeError } from '../errors.js'
import type { JobInfo, RunsReader, WorkflowRunInfo } from '../github/runs.js'

export class LastGreen {
  private readonly entries: BaselineEntry[]
  private readonly runs = new Map<string, Promise<WorkflowRunInfo | undefined>>()
  private readonly jobs = new Map<number, Promise<JobInfo[]>>()

  /**
   * `cached`: the capsule's `baselines`. `maxLogBytes`: most of a passing log read; past it
   * the baseline holds what was read.
   */
  constructor(
    private readonly reader: RunsReader,
    cached: readonly BaselineEntry[] = [],
    private readonly maxLogBytes?: number
  ) {
    this.entries = cached.map((e) => ({ ...e, keys: [...e.keys] }))
  }

  /** The baseline remembered for `job` at `sha`: undefined when none is, empty when the branch had no passing run of it. */
  cached(job: string, sha: string): Baseline | undefined {
    const i = this.entries.findIndex((x) => x.job === job && x.sha === sha)
    if (i < 0) return undefined
    // Used now: it moves to the end, so the cache evicts the least recently used entry.
    const [e] = this.entries.splice(i, 1)
    this.entries.push(e!)
    return new Baseline(e!.keys)
  }

  /**
   * The passing log of the job named `job` in the newest successful run of `run`'s workflow
   * on its branch, as a Baseline; undefined when there is no such run or job. Throws a
   * HeeError naming the call when the API cannot be read. A log still coming at `deadline`
   * (epoch ms) or past its size cap gives what was read. `onLimit` hears of the green run's job
   * list stopped at max-pages (once: the list is read once for every job).
   */
  async fetch(
    run: WorkflowRunInfo,
    job: string,
    deadline?: number,
    onLimit?: (note: string) => void
  ): Promise<{ baseline: Baseline; runId: number } | undefined> {
    if (!run.headBranch) return undefined
    const key = `${run.workflowId}\u0000${run.headBranch}`
    let green = this.runs.get(key)
    if (!green) {
      green = this.reader.lastSuccessfulRun(run.workflowId, run.headBranch)
      this.runs.set(key, green)
    }
    const last = await green
    if (!last || last.id === run.id) return undefined
    let jobs = this.jobs.get(last.id)
    if (!jobs) {
      jobs = this.reader.listJobs(last.id, onLimit ? { onLimit } : {})
      this.jobs.set(last.id, jobs)
    }
    const passed = (await jobs).find((j) => j.name === job && j.conclusion === 'success')
    if (!passed) return undefined
    const log = this.reader.downloadJobLog(passed.id, {
      ...(this.maxLogBytes !== undefined ? { maxBytes: this.maxLogBytes } : {}),
      ...(deadline !== undefined && Number.isFinite(deadline) ? { deadline } : {})
    })
    return { baseline: await readBaseline(upToLimit(log)), runId: last.id }
  }

  /**
   * Remembers what the passing run (`runId`; none: the branch had none) told about `job` at
   * `sha`, as the most recently used entry; past MAX_BASELINE_ENTRIES the least recently used
   * (remembered or read from the cache longest ago) is dropped.
   */
  remember(job: string, sha: string, runId: number | undefined, keys: readonly number[]): void {
    const i = this.entries.findIndex((x) => x.job === job && x.sha === sha)
    if (i >= 0) this.entries.splice(i, 1)
    this.entries.push({
      job,
      sha,
      ...(runId !== undefined ? { run_id: runId } : {}),
      keys: keys.slice(0, MAX_BASELINE_KEYS)
    })
    if (this.entries.length > MAX_BASELINE_ENTRIES) this.entries.splice(0, this.entries.length - MAX_BASELINE_ENTRIES)
  }

  /** The entries for the capsule, least recently used first (the next to be evicted). */
  list(): BaselineEntry[] {
    return this.entries.map((e) => ({ ...e, keys: [...e.keys] }))
  }
}

/** A log read up to its size or time limit: past it, what was read is the baseline. */
async function* upToLimit(log: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  try {
    yield* log
  } catch (e) {
    if (e instanceof HeeError && e.code === 'github.log-limit') return
    throw e
  }
}
