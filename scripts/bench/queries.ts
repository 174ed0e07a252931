// Benchmark and test queries drawn from a corpus: substrings of 1–8 characters that a reader
// could type, in two classes: Han only, and Han mixed with digits or Latin letters (2023年,
// 5G网络, iPhone 15…). Deterministic for a seed.
import type { SearchDoc } from '../../src/core/search/doc'
import { random } from './derive'

export type QueryClass = 'han' | 'mixed'

export interface BenchQuery {
  text: string
  kind: QueryClass
}

const HAN = /^\p{Script=Han}+$/u
const LATIN_OR_DIGIT = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/
const UNIT_RUN = /[\p{Script=Han}0-9A-Za-z０-９Ａ-Ｚａ-ｚ]+/gu

function runsOf(doc: SearchDoc): string[] {
  return [doc.title ?? '', doc.body].flatMap((text) => text.match(UNIT_RUN) ?? [])
}

/** `count` queries per class, lengths spread evenly over 1–8 (2–8 for mixed). */
export function drawQueries(docs: readonly SearchDoc[], count: number, seed = 7): BenchQuery[] {
  const next = random(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const seen = new Set<string>()
  const out: BenchQuery[] = []
  const draw = (kind: QueryClass, length: number): void => {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const runs = runsOf(pick(docs)).filter((run) => run.length >= length)
      const candidates =
        kind === 'han'
          ? runs.filter((run) => /\p{Script=Han}/u.test(run))
          : runs.filter((run) => LATIN_OR_DIGIT.test(run) && /\p{Script=Han}/u.test(run))
      if (candidates.length === 0) continue
      const run = Array.from(pick(candidates)) // code points: astral Han stays whole
      const start = Math.floor(next() * (run.length - length + 1))
      const text = run.slice(start, start + length).join('')
      const fits =
        kind === 'han' ? HAN.test(text) : LATIN_OR_DIGIT.test(text) && /\p{Script=Han}/u.test(text)
      if (!fits || seen.has(text)) continue
      seen.add(text)
      out.push({ text, kind })
      return
    }
  }
  for (let i = 0; i < count; i++) draw('han', 1 + (i % 8))
  for (let i = 0; i < count; i++) draw('mixed', 2 + (i % 7))
  return out
}
