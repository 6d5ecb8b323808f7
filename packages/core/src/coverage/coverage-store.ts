import { randomBytes } from 'node:crypto'
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ByteWriter } from './byte-codec.js'
import { FileCoverage, type FileCounts } from './file-coverage.js'
import type { Counts, FileRecord } from './file-record.js'
import { FloatColumn, IntColumn, LineBits } from './growable.js'

/**
 * How much per-file data (estimated bytes) the stores of one read hold in memory before
 * finished files go to a temporary file. Below it (reports of a few MB) nothing touches the
 * disk; past it, each file goes there as soon as it is merged.
 */
export const DEFAULT_MEMORY_BUDGET = 2 * 1024 * 1024

const closeOnCollect = new FinalizationRegistry<{ fd?: number; path?: string }>((h) => releaseFile(h))

/** Encoded files are written in batches of about this size, and read back in blocks of it. */
const BLOCK = 256 * 1024

/** A place in the spill file. */
interface Span {
  at: number
  length: number
}

/**
 * The temporary file that the stores of one read move finished files to once their data has
 * passed the memory budget: from then on every file goes there as soon as it is merged, so the
 * process holds one file's data at a time. A file's path goes there too, so that a store holds
 * a few numbers per file however many files a report has. Written in batches, read back
 * through two blocks (paths and data may be in different regions of the file). It is unlinked
 * as soon as it is open (where the system allows), so nothing is left behind however the
 * process ends.
 */
export class SpillFile {
  private readonly handle: { fd?: number; path?: string } = {}
  /** Bytes on disk; bytes past it are still in `batch`. */
  private end = 0
  private batch?: ByteWriter
  /** The blocks read last, most recent first. */
  private blocks: Array<{ start: number; length: number; memory: Buffer }> = []
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

  /** Bytes written so far (on disk or about to be). */
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
      for (const store of this.stores) store.spillLive()
      this.live = 0
    }
  }

  /** @internal A file's data in its byte form. */
  appendFile(cov: FileCoverage): Span {
    return this.append((w) => cov.encode(w))
  }

  /**
   * @internal A path: as UTF-8, or as UTF-16 when it holds surrogates (a JSON report may give a
   * lone one, which UTF-8 cannot carry); `loadText` is told which by `utf16`.
   */
  appendText(s: string): Span & { utf16: boolean } {
    const utf16 = SURROGATE.test(s)
    return { ...this.append((w) => w.raw(s, utf16 ? 'utf16le' : 'utf8')), utf16 }
  }

  private append(write: (w: ByteWriter) => void): Span {
    if (this.closed) throw new Error('the coverage data was released: its spill file is closed')
    const batch = (this.batch ??= new ByteWriter(this.blockBytes + 64 * 1024))
    const at = this.size
    write(batch)
    const span = { at, length: this.size - at }
    if (batch.length >= this.blockBytes) this.writeBatch(batch)
    return span
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
  loadFile(path: string, at: number, length: number): FileCoverage {
    return FileCoverage.decode(path, this.bytes(at, length))
  }

  /** @internal */
  loadText(at: number, length: number, utf16: boolean): string {
    return this.bytes(at, length).toString(utf16 ? 'utf16le' : 'utf8')
  }

  /** Bytes at..at+length (a view, valid until the next read). */
  private bytes(at: number, length: number): Buffer {
    if (this.closed) throw new Error('the coverage data was released: its spill file is closed')
    if (at >= this.end) return this.batch!.view(at - this.end, at - this.end + length)
    return this.read(at, length)
  }

  /** Bytes offset..offset+length of the file, through blocks read ahead (files are mostly read in order). */
  private read(offset: number, length: number): Buffer {
    for (let i = 0; i < this.blocks.length; i++) {
      const b = this.blocks[i]!
      if (offset >= b.start && offset + length <= b.start + b.length) {
        if (i > 0) this.blocks.unshift(...this.blocks.splice(i, 1))
        return b.memory.subarray(offset - b.start, offset - b.start + length)
      }
    }
    const size = Math.max(length, Math.min(this.blockBytes, this.end - offset))
    // Two blocks of the usual size are reused; a file bigger than a block is read into its own buffer.
    const old = this.blocks.length === 2 ? this.blocks.pop() : undefined
    const memory =
      size > this.blockBytes
        ? Buffer.allocUnsafeSlow(size)
        : old && old.memory.length === this.blockBytes
          ? old.memory
          : Buffer.allocUnsafeSlow(this.blockBytes)
    let done = 0
    while (done < size) {
      const n = readSync(this.handle.fd!, memory, done, size - done, offset + done)
      if (n === 0) throw new Error('the coverage spill file ends early')
      done += n
    }
    this.blocks.unshift({ start: offset, length: size, memory })
    return memory.subarray(0, length)
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
    this.blocks = []
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

/** The four kinds of totals, in the order of a file's count columns. */
const KINDS = ['line', 'branch', 'function', 'statement'] as const
export type CountKind = (typeof KINDS)[number]

/** A file taken out of a store to be put in another one of the same read: its data as held. */
export interface TakenFile {
  /** The data, when it is in memory. */
  cov?: FileCoverage
  /** Else its place in the spill file, and its totals. */
  data?: Span
  counts?: Array<Counts | undefined>
}

/** Counts of a file kept apart because a value does not fit the 32-bit columns. */
const WIDE = -2
const NOT_MEASURED = -1

/**
 * Merged file coverage by path, in the order files were first seen. Files stay in memory
 * until the read's budget is passed; then their data and path are written to the spill file,
 * and the store keeps a few numbers per file in typed columns: where the two are, the file's
 * totals (so the metrics need no read back), and a hash table of the paths. Reading a spilled
 * file gives a fresh copy each time, so going through all files holds one at a time.
 */
export class CoverageStore implements ReadonlyMap<string, FileCoverage> {
  /** Files ever added; a file's number is its place in the order. Taken files leave a hole. */
  private slots = 0
  private present = 0
  private readonly gone = new LineBits()
  private readonly hashes = new IntColumn()
  /** The path in the spill file (−1: in `liveKeys`); its length, negative when in UTF-16. */
  private readonly keyAt = new FloatColumn()
  private readonly keyLength = new IntColumn()
  /** The data in the spill file (−1: in `liveFiles`). */
  private readonly dataAt = new FloatColumn()
  private readonly dataLength = new IntColumn()
  /** Per file, covered and total of each kind (−1: not measured; WIDE: in `wide`). */
  private readonly totals = new IntColumn()
  private readonly wide = new Map<number, Array<Counts | undefined>>()
  private readonly liveFiles = new Map<number, FileCoverage>()
  private readonly liveKeys = new Map<number, string>()
  /** Open addressing: file number + 1, 0 for an empty place, −1 for a taken file's. */
  private table = new Int32Array(16)
  private tableUsed = 0
  private liveBytes = 0

  constructor(private readonly spill?: SpillFile) {
    spill?.attach(this)
  }

  get size(): number {
    return this.present
  }

  has(path: string): boolean {
    return this.find(path) >= 0
  }

  get(path: string): FileCoverage | undefined {
    const slot = this.find(path)
    return slot < 0 ? undefined : this.fileAt(slot, path)
  }

  *keys(): MapIterator<string> {
    for (let s = 0; s < this.slots; s++) if (!this.gone.has(s)) yield this.keyOf(s)
  }

  *entries(): MapIterator<[string, FileCoverage]> {
    for (let s = 0; s < this.slots; s++) {
      if (this.gone.has(s)) continue
      const key = this.keyOf(s)
      yield [key, this.fileAt(s, key)]
    }
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

  /** The sum of one kind of totals over the files, without reading spilled data back. */
  sum(kind: CountKind): Counts {
    const k = KINDS.indexOf(kind)
    const total: Counts = { covered: 0, total: 0 }
    for (let s = 0; s < this.slots; s++) {
      if (this.gone.has(s)) continue
      const c = this.countsOf(s, k)
      if (!c) continue
      total.covered += c.covered
      total.total += c.total
    }
    return total
  }

  /**
   * Adds one report's record of a file, creating its entry under `path` when new. True when
   * the file is new to this store.
   */
  mergeRecord(key: string, path: string, r: FileRecord): boolean {
    let slot = this.find(key)
    const isNew = slot < 0
    if (isNew) slot = this.add(key)
    let cov = this.liveFiles.get(slot)
    const before = cov ? cov.approxBytes() : 0
    if (!cov) {
      cov = isNew ? new FileCoverage(path) : this.fileAt(slot, path)
      this.liveFiles.set(slot, cov)
      this.dataAt.set(slot, -1)
    }
    cov.merge(r)
    this.grow(cov.approxBytes() - before)
    return isNew
  }

  /** Removes a file and hands over its data as it is held (in memory or on disk), for `put`. */
  take(key: string): TakenFile | undefined {
    const slot = this.find(key)
    return slot < 0 ? undefined : this.takeSlot(slot)
  }

  /** Files in order with their number, for `takeSlot`. */
  *numbered(): Generator<[number, string]> {
    for (let s = 0; s < this.slots; s++) if (!this.gone.has(s)) yield [s, this.keyOf(s)]
  }

  /** Removes the file numbered `slot` (see `numbered`) and hands over its data. */
  takeSlot(slot: number): TakenFile {
    if (slot >= this.slots || this.gone.has(slot)) throw new Error(`no file numbered ${slot} in the store`)
    const at = this.placeOf(slot)
    this.table[at] = -1
    this.gone.set(slot)
    this.present--
    this.liveKeys.delete(slot)
    const cov = this.liveFiles.get(slot)
    if (cov) {
      this.liveFiles.delete(slot)
      this.grow(-cov.approxBytes())
      return { cov }
    }
    const counts = KINDS.map((_, k) => this.countsOf(slot, k))
    this.wide.delete(slot)
    return { data: { at: this.dataAt.get(slot), length: this.dataLength.get(slot) }, counts }
  }

  /** A file taken from another store of the same read, under its new path; the data is not copied. */
  put(path: string, e: TakenFile): void {
    if (this.find(path) >= 0) throw new Error(`${path} is already in the store`)
    const slot = this.add(path)
    if (e.cov) {
      e.cov.path = path
      this.liveFiles.set(slot, e.cov)
      this.grow(e.cov.approxBytes())
      return
    }
    // Data on disk means the read is spilling: the path goes there too.
    this.spillKey(slot, path)
    this.dataAt.set(slot, e.data!.at)
    this.dataLength.set(slot, e.data!.length)
    this.setCounts(slot, e.counts!)
  }

  /** The data of a file taken out, as one record under `path`. */
  recordOf(e: TakenFile, path: string): FileRecord {
    return (e.cov ?? this.spill!.loadFile(path, e.data!.at, e.data!.length)).toRecord(path)
  }

  /** How many of the files are in the spill file rather than in memory. */
  get spilledFiles(): number {
    return this.present - this.liveFiles.size
  }

  /** @internal Moves every file held in memory to the spill file. */
  spillLive(): void {
    for (const [slot, cov] of this.liveFiles) {
      const key = this.liveKeys.get(slot)
      if (key !== undefined) this.spillKey(slot, key)
      const span = this.spill!.appendFile(cov)
      this.dataAt.set(slot, span.at)
      this.dataLength.set(slot, span.length)
      this.setCounts(slot, [cov.lineCounts(), cov.branchCounts(), cov.functionCounts(), cov.statementCounts()])
      // One by one: Map.clear() gives the map a new table and leaves the old one holding its entries and
      // linked to the new one; cleared once per file from a long-lived map, that made every file outlive
      // the young generation (measured: six times the bytes promoted).
      this.liveFiles.delete(slot)
    }
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

  private add(key: string): number {
    const slot = this.slots++
    this.present++
    this.hashes.push(hash(key))
    this.keyAt.push(-1)
    this.keyLength.push(0)
    this.dataAt.push(-1)
    this.dataLength.push(0)
    for (let i = 0; i < 2 * KINDS.length; i++) this.totals.push(NOT_MEASURED)
    this.liveKeys.set(slot, key)
    if ((this.tableUsed + 1) * 2 > this.table.length) this.rehash()
    let at = this.hashes.get(slot) & (this.table.length - 1)
    while (this.table[at] !== 0) at = (at + 1) & (this.table.length - 1)
    this.table[at] = slot + 1
    this.tableUsed++
    return slot
  }

  /** A table twice the files present, with the places of taken files cleared. */
  private rehash(): void {
    let size = 16
    while (size < 4 * (this.present + 1)) size *= 2
    const table = new Int32Array(size)
    for (let s = 0; s < this.slots; s++) {
      if (this.gone.has(s)) continue
      let at = this.hashes.get(s) & (size - 1)
      while (table[at] !== 0) at = (at + 1) & (size - 1)
      table[at] = s + 1
    }
    this.table = table
    this.tableUsed = this.present
  }

  /** The file number of `key`, or −1. */
  private find(key: string): number {
    const h = hash(key)
    const mask = this.table.length - 1
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const v = this.table[at]!
      if (v === 0) return -1
      if (v > 0 && this.hashes.get(v - 1) === h && this.keyOf(v - 1) === key) return v - 1
    }
  }

  /** Where in the table file `slot` is. */
  private placeOf(slot: number): number {
    const mask = this.table.length - 1
    for (let at = this.hashes.get(slot) & mask; ; at = (at + 1) & mask) if (this.table[at] === slot + 1) return at
  }

  private keyOf(slot: number): string {
    const live = this.liveKeys.get(slot)
    if (live !== undefined) return live
    const length = this.keyLength.get(slot)
    return this.spill!.loadText(this.keyAt.get(slot), Math.abs(length), length < 0)
  }

  private spillKey(slot: number, key: string): void {
    const span = this.spill!.appendText(key)
    this.keyAt.set(slot, span.at)
    this.keyLength.set(slot, span.utf16 ? -span.length : span.length)
    this.liveKeys.delete(slot)
  }

  private fileAt(slot: number, path: string): FileCoverage {
    return this.liveFiles.get(slot) ?? this.spill!.loadFile(path, this.dataAt.get(slot), this.dataLength.get(slot))
  }

  private countsOf(slot: number, kind: number): Counts | undefined {
    const live = this.liveFiles.get(slot)
    if (live) return fileCounts(live, kind)
    const covered = this.totals.get(slot * 8 + kind * 2)
    if (covered === WIDE) return this.wide.get(slot)![kind]
    return covered === NOT_MEASURED ? undefined : { covered, total: this.totals.get(slot * 8 + kind * 2 + 1) }
  }

  private setCounts(slot: number, counts: Array<Counts | undefined>): void {
    const fits = counts.every((c) => !c || (isInt32(c.covered) && isInt32(c.total)))
    if (fits) this.wide.delete(slot)
    else this.wide.set(slot, counts)
    for (let k = 0; k < KINDS.length; k++) {
      const c = counts[k]
      this.totals.set(slot * 8 + k * 2, !fits ? WIDE : c ? c.covered : NOT_MEASURED)
      this.totals.set(slot * 8 + k * 2 + 1, fits && c ? c.total : 0)
    }
  }
}

function fileCounts(f: FileCounts, kind: number): Counts | undefined {
  return kind === 0
    ? f.lineCounts()
    : kind === 1
      ? f.branchCounts()
      : kind === 2
        ? f.functionCounts()
        : f.statementCounts()
}

function isInt32(v: number): boolean {
  return Number.isInteger(v) && v >= 0 && v <= 0x7fffffff && !Object.is(v, -0)
}

const SURROGATE = /[\uD800-\uDFFF]/

/** FNV-1a over the UTF-16 code units: the path's place in the hash table. */
function hash(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h | 0
}
