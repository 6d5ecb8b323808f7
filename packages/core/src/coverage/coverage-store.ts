import { randomBytes } from 'node:crypto'
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ByteWriter } from './byte-codec.js'
import { FileCoverage, type FileCounts } from './file-coverage.js'
import type { Counts, FileRecord } from './file-record.js'

/**
 * How much per-file data (estimated bytes) the stores of one read hold in memory before
 * finished files go to a temporary file. Below it (reports of a few MB) nothing touches the
 * disk; past it, each file goes there as soon as it is merged.
 */
export const DEFAULT_MEMORY_BUDGET = 2 * 1024 * 1024

/**
 * A file whose data is in the spill file: its place there, and its totals for the metrics as
 * plain numbers (−1: not measured), so that a big report's thousands of files cost little here.
 */
class SpilledFile implements FileCounts {
  private readonly lc: number
  private readonly lt: number
  private readonly bc: number
  private readonly bt: number
  private readonly fc: number
  private readonly ft: number
  private readonly sc: number
  private readonly st: number

  constructor(
    public path: string,
    readonly offset: number,
    readonly length: number,
    cov: FileCoverage
  ) {
    const l = cov.lineCounts()
    const b = cov.branchCounts()
    const f = cov.functionCounts()
    const st = cov.statementCounts()
    this.lc = l?.covered ?? -1
    this.lt = l?.total ?? -1
    this.bc = b?.covered ?? -1
    this.bt = b?.total ?? -1
    this.fc = f?.covered ?? -1
    this.ft = f?.total ?? -1
    this.sc = st?.covered ?? -1
    this.st = st?.total ?? -1
  }

  lineCounts(): Counts | undefined {
    return counts(this.lc, this.lt)
  }
  branchCounts(): Counts | undefined {
    return counts(this.bc, this.bt)
  }
  functionCounts(): Counts | undefined {
    return counts(this.fc, this.ft)
  }
  statementCounts(): Counts | undefined {
    return counts(this.sc, this.st)
  }
}

function counts(covered: number, total: number): Counts | undefined {
  return total < 0 ? undefined : { covered, total }
}

type Entry = FileCoverage | SpilledFile

const closeOnCollect = new FinalizationRegistry<{ fd?: number; path?: string }>((h) => releaseFile(h))

/** Encoded files are written in batches of about this size, and read back in blocks of it. */
const BLOCK = 256 * 1024

/**
 * The temporary file that the stores of one read move finished files to once their data has
 * passed the memory budget: from then on every file goes there as soon as it is merged, so the
 * process holds one file's data at a time. Written in batches, read back through one block. It
 * is unlinked as soon as it is open (where the system allows), so nothing is left behind
 * however the process ends.
 */
export class SpillFile {
  private readonly handle: { fd?: number; path?: string } = {}
  /** Bytes on disk; encoded files past it are still in `batch`. */
  private end = 0
  private batch?: ByteWriter
  private block?: { start: number; bytes: Buffer }
  private blockMemory?: Buffer
  private live = 0
  private spilling = false
  private readonly stores = new Set<CoverageStore>()
  private closed = false

  private readonly dir: string
  private readonly blockBytes: number

  constructor(
    readonly budget = DEFAULT_MEMORY_BUDGET,
    opts: { dir?: string; blockBytes?: number } = {}
  ) {
    this.dir = opts.dir ?? tmpdir()
    this.blockBytes = opts.blockBytes ?? BLOCK
    closeOnCollect.register(this, this.handle, this)
  }

  /** Bytes of encoded file data so far (on disk or about to be). */
  get size(): number {
    return this.end + (this.batch?.length ?? 0)
  }

  /** @internal */
  attach(store: CoverageStore): void {
    this.stores.add(store)
  }

  /** @internal A store no longer used: its live bytes no longer count. */
  detach(store: CoverageStore, liveBytes: number): void {
    this.stores.delete(store)
    this.live -= liveBytes
  }

  /** @internal Called by stores as their in-memory data grows or shrinks. */
  track(delta: number): void {
    this.live += delta
    if (delta > 0 && (this.spilling || this.live > this.budget)) {
      this.spilling = true
      for (const store of this.stores) store.spillLive((cov) => this.append(cov))
      this.live = 0
    }
  }

  private append(cov: FileCoverage): SpilledFile {
    if (this.closed) throw new Error('the coverage data was released: its spill file is closed')
    const batch = (this.batch ??= new ByteWriter(this.blockBytes + 64 * 1024))
    const at = this.size
    cov.encode(batch)
    const spilled = new SpilledFile(cov.path, at, this.size - at, cov)
    if (batch.length >= this.blockBytes) this.writeBatch(batch)
    return spilled
  }

  private writeBatch(batch: ByteWriter): void {
    const fd = this.open()
    const bytes = batch.view()
    let done = 0
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, this.end + done)
    this.end += bytes.length
    batch.reset()
  }

  /** @internal */
  load(s: SpilledFile): FileCoverage {
    if (this.closed) throw new Error('the coverage data was released: its spill file is closed')
    if (s.offset >= this.end)
      return FileCoverage.decode(s.path, this.batch!.view(s.offset - this.end, s.offset - this.end + s.length))
    return FileCoverage.decode(s.path, this.read(s.offset, s.length))
  }

  /** Bytes offset..offset+length of the file, through a block read ahead (files are mostly read in order). */
  private read(offset: number, length: number): Buffer {
    const b = this.block
    if (b && offset >= b.start && offset + length <= b.start + b.bytes.length)
      return b.bytes.subarray(offset - b.start, offset - b.start + length)
    const size = Math.max(length, Math.min(this.blockBytes, this.end - offset))
    const bytes =
      size <= this.blockBytes
        ? (this.blockMemory ??= Buffer.allocUnsafeSlow(this.blockBytes))
        : Buffer.allocUnsafeSlow(size)
    let done = 0
    while (done < size) {
      const n = readSync(this.handle.fd!, bytes, done, size - done, offset + done)
      if (n === 0) throw new Error('the coverage spill file ends early')
      done += n
    }
    this.block = { start: offset, bytes: bytes.subarray(0, size) }
    return bytes.subarray(0, length)
  }

  private open(): number {
    if (this.handle.fd !== undefined) return this.handle.fd
    const path = join(this.dir, `hee-coverage-${process.pid}-${randomBytes(6).toString('hex')}.tmp`)
    this.handle.fd = openSync(path, 'wx+', 0o600)
    try {
      unlinkSync(path)
    } catch {
      this.handle.path = path // removed when closed
    }
    return this.handle.fd
  }

  /** Closes and removes the file; spilled data can no longer be read. */
  close(): void {
    this.closed = true
    this.block = undefined
    this.blockMemory = undefined
    this.batch = undefined
    closeOnCollect.unregister(this)
    releaseFile(this.handle)
  }
}

function releaseFile(h: { fd?: number; path?: string }): void {
  const { fd, path } = h
  h.fd = undefined
  h.path = undefined
  if (fd !== undefined) closeSync(fd)
  if (path !== undefined)
    try {
      unlinkSync(path)
    } catch {
      // Already gone: nothing is left behind.
    }
}

/**
 * Merged file coverage by path, in the order files were first seen. Files stay in memory
 * until the read's budget is passed; then they are written to the spill file and only their
 * totals stay. Reading a spilled file gives a fresh copy each time, so going through all files
 * holds one at a time.
 */
export class CoverageStore implements ReadonlyMap<string, FileCoverage> {
  private readonly files = new Map<string, Entry>()
  /** Paths whose data is in memory. */
  private readonly live = new Set<string>()
  private liveBytes = 0

  constructor(private readonly spill?: SpillFile) {
    spill?.attach(this)
  }

  get size(): number {
    return this.files.size
  }

  has(path: string): boolean {
    return this.files.has(path)
  }

  get(path: string): FileCoverage | undefined {
    const e = this.files.get(path)
    return e instanceof SpilledFile ? this.spill!.load(e) : e
  }

  keys(): MapIterator<string> {
    return this.files.keys()
  }

  *entries(): MapIterator<[string, FileCoverage]> {
    for (const [path, e] of this.files) yield [path, e instanceof SpilledFile ? this.spill!.load(e) : e]
  }

  *values(): MapIterator<FileCoverage> {
    for (const [, cov] of this.entries()) yield cov
  }

  [Symbol.iterator](): MapIterator<[string, FileCoverage]> {
    return this.entries()
  }

  forEach(
    fn: (value: FileCoverage, key: string, map: ReadonlyMap<string, FileCoverage>) => void,
    self?: unknown
  ): void {
    for (const [k, v] of this.entries()) fn.call(self, v, k, this)
  }

  /** Every file's totals, without reading spilled data back. */
  counts(): Iterable<FileCounts> {
    return this.files.values()
  }

  /** Adds one report's record of a file, creating its entry under `path` when new. */
  mergeRecord(key: string, path: string, r: FileRecord): void {
    const e = this.files.get(key)
    const cov = e instanceof FileCoverage ? e : e ? this.spill!.load(e) : new FileCoverage(path)
    const before = e instanceof FileCoverage ? cov.approxBytes() : 0
    cov.merge(r)
    if (e !== cov) {
      this.files.set(key, cov)
      this.live.add(key)
    }
    this.grow(cov.approxBytes() - before)
  }

  /** Removes a file and hands over its data as it is held (in memory or on disk), for `put`. */
  take(key: string): Entry | undefined {
    const e = this.files.get(key)
    if (!e) return undefined
    this.files.delete(key)
    if (this.live.delete(key)) this.grow(-(e as FileCoverage).approxBytes())
    return e
  }

  /** A file taken from another store of the same read, under its new path; the data is not copied. */
  put(path: string, e: Entry): void {
    if (this.files.has(path)) throw new Error(`${path} is already in the store`)
    e.path = path
    this.files.set(path, e)
    if (e instanceof FileCoverage) {
      this.live.add(path)
      this.grow(e.approxBytes())
    }
  }

  /** The data of an entry taken out, as one record under `path`. */
  recordOf(e: Entry, path: string): FileRecord {
    return (e instanceof SpilledFile ? this.spill!.load(e) : e).toRecord(path)
  }

  /** How many of the files are in the spill file rather than in memory. */
  get spilledFiles(): number {
    let n = 0
    for (const e of this.files.values()) if (e instanceof SpilledFile) n++
    return n
  }

  /** @internal Replaces every file held in memory by its spilled form. */
  spillLive(write: (cov: FileCoverage) => SpilledFile): void {
    for (const path of this.live) this.files.set(path, write(this.files.get(path) as FileCoverage))
    this.live.clear()
    this.liveBytes = 0
  }

  /** Stops counting this store against the read's budget (its files stay readable). */
  detach(): void {
    this.spill?.detach(this, this.liveBytes)
  }

  private grow(delta: number): void {
    this.liveBytes += delta
    this.spill?.track(delta)
  }
}
