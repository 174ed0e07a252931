// A small simulated annealing over the order and the widths of the articles; every candidate is
// packed greedily and scored. The lead stays first.
import type { Choice, PackState } from './pack'
import type { Random } from '../../shared/random'
import { randomInt } from '../../shared/random'

export interface AnnealOptions {
  iterations: number
  random: Random
  /** Widths an article may take; `lead` for the first one. */
  widths: (article: number, lead: boolean) => readonly number[]
  evaluate: (state: PackState) => number
}

export function anneal(initial: PackState, options: AnnealOptions): PackState {
  let current = initial
  let currentCost = options.evaluate(current)
  let best = current
  let bestCost = currentCost
  const start = 40
  const end = 0.5
  for (let step = 0; step < options.iterations; step++) {
    const temperature = start * Math.pow(end / start, step / Math.max(1, options.iterations - 1))
    const candidate = neighbour(current, options)
    const cost = options.evaluate(candidate)
    const accept =
      cost <= currentCost || options.random() < Math.exp((currentCost - cost) / temperature)
    if (!accept) continue
    current = candidate
    currentCost = cost
    if (cost < bestCost) {
      best = candidate
      bestCost = cost
    }
  }
  return best
}

function neighbour(state: PackState, options: AnnealOptions): PackState {
  const next: Choice[] = [...state]
  if (next.length > 2 && options.random() < 0.5) {
    const a = 1 + randomInt(options.random, next.length - 1)
    const b = 1 + randomInt(options.random, next.length - 1)
    const first = next[a]
    const second = next[b]
    if (first !== undefined && second !== undefined) {
      next[a] = second
      next[b] = first
    }
    return next
  }
  const index = randomInt(options.random, next.length)
  const choice = next[index]
  if (choice === undefined) return next
  const widths = options.widths(choice.article, index === 0)
  const width = widths[randomInt(options.random, widths.length)] ?? choice.width
  next[index] = { article: choice.article, width }
  return next
}
