const EMPTY_INT = new Int32Array(0)
const EMPTY_FLOAT = new Float64Array(0)
const EMPTY_BYTES = new Uint8Array(0)

/**
 * Append-only numeric columns backed by typed arrays. A big report holds millions of lines and
 * branches; as JS objects they would cost ~10× the bytes of the report, as columns a few bytes
 * each.
 */
abstract class Column<A extends Int32Array | Float64Array> {
  private data: A
  length = 0

  /** No array until the first value: most files have no branches, many no functions. */
  protected constructor(
    private readonly make: (n: number) => A,
    empty: A,
    capacity: number
  ) {
    this.data = capacity ? make(capacity) : empty
  }

  /** Room for `n` values in all, so that reading a known count grows the array once. */
  reserve(n: number): void {
    if (n <= this.data.length) return
    const next = this.make(n)
    next.set(this.data.subarray(0, this.length))
    this.data = next
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = this.make(Math.max(16, this.data.length * 2))
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = v
  }

  get(i: number): number {
    return this.data[i]!
  }

  set(i: number, v: number): void {
    this.data[i] = v
  }

  /** Bytes of backing store. */
  get byteLength(): number {
    return this.data.byteLength
  }
}

export class IntColumn extends Column<Int32Array> {
  constructor(capacity = 0) {
    super((n) => new Int32Array(n), EMPTY_INT, capacity)
  }
}

/** Same as IntColumn for values past 2^31 (branch ids built from block and branch numbers). */
export class FloatColumn extends Column<Float64Array> {
  constructor(capacity = 0) {
    super((n) => new Float64Array(n), EMPTY_FLOAT, capacity)
  }
}

/** A growable bit set indexed by line number. */
export class LineBits {
  private data = EMPTY_BYTES
  /** Highest index set + 1. */
  size = 0

  set(i: number): void {
    const byte = i >>> 3
    if (byte >= this.data.length) {
      let n = Math.max(64, this.data.length * 2)
      while (n <= byte) n *= 2
      const next = new Uint8Array(n)
      next.set(this.data)
      this.data = next
    }
    this.data[byte]! |= 1 << (i & 7)
    if (i >= this.size) this.size = i + 1
  }

  has(i: number): boolean {
    const byte = i >>> 3
    return byte < this.data.length && (this.data[byte]! & (1 << (i & 7))) !== 0
  }

  count(): number {
    let n = 0
    const bytes = (this.size + 7) >>> 3
    for (let i = 0; i < bytes; i++) n += POPCOUNT[this.data[i]!]!
    return n
  }

  get byteLength(): number {
    return this.data.byteLength
  }

  /** The bytes that hold bits below `size` (a view, not a copy). */
  bytes(): Uint8Array {
    return this.data.subarray(0, (this.size + 7) >>> 3)
  }

  /** Replaces the bits with `size` bits from bytes written by `bytes()` (copied). */
  load(size: number, bytes: Uint8Array): void {
    this.data = bytes.length ? new Uint8Array(bytes) : EMPTY_BYTES
    this.size = size
  }

  /** Set indices in ascending order. */
  *values(): Generator<number> {
    for (let i = 0; i < this.size; i++) if (this.has(i)) yield i
  }
}

const POPCOUNT = new Uint8Array(256).map((_, i) => {
  let n = 0
  for (let v = i; v; v >>= 1) n += v & 1
  return n
})
