/**
 * Writes and reads the compact byte form of a file's merged coverage: unsigned integers in
 * 7-bit groups (a line number takes one to three bytes, not eight), doubles where a value is
 * not such an integer, and UTF-8 text with its length.
 */
export class ByteWriter {
  private buf: Buffer
  length = 0

  constructor(capacity = 512) {
    this.buf = Buffer.allocUnsafeSlow(capacity)
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return
    let size = this.buf.length * 2
    while (size < this.length + n) size *= 2
    const next = Buffer.allocUnsafeSlow(size)
    this.buf.copy(next, 0, 0, this.length)
    this.buf = next
  }

  /** A non-negative safe integer. */
  uint(v: number): void {
    this.room(8)
    while (v >= 128) {
      this.buf[this.length++] = (v % 128) | 128
      v = Math.floor(v / 128)
    }
    this.buf[this.length++] = v
  }

  float(v: number): void {
    this.room(8)
    this.buf.writeDoubleLE(v, this.length)
    this.length += 8
  }

  bytes(b: Uint8Array): void {
    this.uint(b.length)
    this.room(b.length)
    this.buf.set(b, this.length)
    this.length += b.length
  }

  text(s: string): void {
    const n = Buffer.byteLength(s, 'utf8')
    this.uint(n)
    this.room(n)
    this.length += this.buf.write(s, this.length, 'utf8')
  }

  /** Text without its length (the reader knows it). */
  raw(s: string, encoding: 'utf8' | 'utf16le' = 'utf8'): void {
    const n = Buffer.byteLength(s, encoding)
    this.room(n)
    this.length += this.buf.write(s, this.length, encoding)
  }

  /**
   * A column of numbers: as unsigned integers when every value is one, else as doubles (a
   * branch id or count no format bounds), so any number reads back as written.
   */
  column(n: number, at: (i: number) => number): void {
    let ints = true
    for (let i = 0; i < n && ints; i++) ints = isUint(at(i))
    this.uint(n)
    this.uint(ints ? 0 : 1)
    for (let i = 0; i < n; i++) {
      if (ints) this.uint(at(i))
      else this.float(at(i))
    }
  }

  /** Bytes from..to of what was written (a view: valid until the next write or reset). */
  view(from = 0, to = this.length): Buffer {
    return this.buf.subarray(from, to)
  }

  /** Starts over, keeping the memory. */
  reset(): void {
    this.length = 0
  }
}

export class ByteReader {
  private at = 0

  constructor(private readonly buf: Buffer) {}

  uint(): number {
    let v = 0
    let scale = 1
    for (;;) {
      if (this.at >= this.buf.length) throw new Error('coverage record ends early')
      const b = this.buf[this.at++]!
      v += (b & 127) * scale
      if (b < 128) return v
      scale *= 128
    }
  }

  float(): number {
    const v = this.buf.readDoubleLE(this.at)
    this.at += 8
    return v
  }

  bytes(): Buffer {
    const n = this.uint()
    const b = this.buf.subarray(this.at, this.at + n)
    this.at += n
    return b
  }

  text(): string {
    const n = this.uint()
    const s = this.buf.toString('utf8', this.at, this.at + n)
    this.at += n
    return s
  }

  /** A column written by `ByteWriter.column`, into `to`. */
  column(to: { reserve(n: number): void; push(v: number): void }): void {
    const n = this.uint()
    const floats = this.uint() === 1
    to.reserve(n)
    for (let i = 0; i < n; i++) to.push(floats ? this.float() : this.uint())
  }

  get done(): boolean {
    return this.at === this.buf.length
  }
}

function isUint(v: number): boolean {
  return Number.isSafeInteger(v) && v >= 0 && !Object.is(v, -0)
}
