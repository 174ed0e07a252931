// A small seeded generator (mulberry32): the same seed always gives the same sequence — the same
// print make-up for the same selection, the same derived benchmark corpus every run.
export type Random = () => number

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function randomInt(random: Random, below: number): number {
  return Math.floor(random() * below)
}
