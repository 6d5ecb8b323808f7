/** A fixed-capacity FIFO that overwrites its oldest entry: the classifier's recent-lines window. */
export class RingBuffer<T> {
  private readonly items: (T | undefined)[]
  private start = 0
  private count = 0

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer')
    this.items = new Array<T | undefined>(capacity)
  }

  get size(): number {
    return this.count
  }

  push(item: T): void {
    const end = (this.start + this.count) % this.capacity
    this.items[end] = item
    if (this.count < this.capacity) this.count++
    else this.start = (this.start + 1) % this.capacity
  }

  /** The entry the next push overwrites (the oldest, once full), so callers can reuse it. */
  evictee(): T | undefined {
    return this.count < this.capacity ? undefined : this.items[this.start]
  }

  /** The i-th newest entry (0: the newest), for `0 <= i < size`. */
  newest(i: number): T {
    return this.items[(this.start + this.count - 1 - i) % this.capacity] as T
  }

  /** Entries oldest first. */
  toArray(): T[] {
    const out: T[] = []
    for (let i = 0; i < this.count; i++) out.push(this.items[(this.start + i) % this.capacity] as T)
    return out
  }
}
