/**
 * A small seeded generator (xorshift32) for reproducible inputs: the same seed gives the same
 * sequence on every run, so a failing case can be replayed. Numbers are in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s >>>= 0
    s ^= s >>> 17
    s ^= s << 5
    s >>>= 0
    return s / 0x100000000
  }
}
