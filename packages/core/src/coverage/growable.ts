/**
 * Append-only numeric columns backed by typed arrays. A big report holds millions of lines and
 * branches; as JS objects they would cost ~10× the bytes of the report, as columns a few bytes
 * each.
 */
export class IntColumn {
  private data: Int32Array
  length = 0

  constructor(capacity = 16) {
    this.data = new Int32Array(capacity)
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2)
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
}

/** Same as IntColumn for values past 2^31 (branch ids built from block and branch numbers). */
export class FloatColumn {
  private data: Float64Array
  length = 0

  constructor(capacity = 16) {
    this.data = new Float64Array(capacity)
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = v
  }

  get(i: number): number {
    return this.data[i]!
  }
}

/** A growable bit set indexed by line number. */
export class LineBits {
  private data = new Uint8Array(64)
  /** Highest index set + 1. */
  size = 0

  set(i: number): void {
    const byte = i >>> 3
    if (byte >= this.data.length) {
      let n = this.data.length * 2
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
