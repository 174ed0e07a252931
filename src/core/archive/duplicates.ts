// Duplicate and near-duplicate articles: the same story on two pages, imported twice with small
// corrections, or a short version printed beside the full one. Candidates share winnowed
// fingerprints; each candidate pair is then measured on all its k-grams.
//
// Thresholds tuned on the 19,539 real news items of ../shared/bench-corpus: a copy with one
// paragraph rewritten and punctuation changed keeps Jaccard ≥ 0.78 (1st percentile of 500); a
// shorter version made of the story's opening is contained ≥ 0.99. Distinct stories within a week
// of each other reach Jaccard 0.74 and containment 0.88 at most (templated announcements: 开幕会 vs
// 闭幕会), and templated stories a year apart reach 0.95, hence the date window. Containment alone
// also pairs a death notice with the funeral report that quotes it days later, so a contained
// text counts only within one issue (same date, or dates unknown): a front-page summary of an
// inside-page story.
import { normaliseForDuplicates, shingleHashes, similarity, winnow } from './shingles'
import type { Similarity } from './shingles'
import { DAY_MS } from '../../shared/dates'

/** Same story when this share of all k-grams is shared… */
export const JACCARD_THRESHOLD = 0.75
/** …or when the shorter text is almost wholly inside the longer one… */
export const CONTAINMENT_THRESHOLD = 0.9
/** …and the shorter text is long enough for that to mean something (k-grams ≈ characters). */
export const MIN_CONTAINED_SHINGLES = 80
/** A fingerprint in more articles than this is boilerplate (`本报讯`, a recurring opener). */
const MAX_POSTINGS = 64
/** Pairs must share this share of the smaller fingerprint set (and two at least) to be measured. */
const MIN_SHARED_PRINT_SHARE = 0.5
/** Articles dated further apart than this are the same story only if their texts are equal. */
export const MAX_DAYS_APART = 7

export interface DuplicateInput {
  id: string
  /** The body (and headline, if wanted) as plain text. */
  text: string
  /** ISO date, if known. */
  date: string | null
}

export interface DuplicatePair extends Similarity {
  a: string
  b: string
  /** True when the normalised texts are identical. */
  exact: boolean
}

export interface DuplicateGroup {
  /** Article ids, in input order. */
  ids: string[]
  pairs: DuplicatePair[]
}

interface Prepared {
  id: string
  day: number | null
  normalised: string
  shingles: Set<number>
  prints: Set<number>
}

function prepare(input: DuplicateInput): Prepared {
  const normalised = normaliseForDuplicates(input.text)
  const hashes = shingleHashes(normalised)
  const day = input.date === null ? NaN : Date.parse(input.date) / DAY_MS
  return {
    id: input.id,
    day: Number.isNaN(day) ? null : day,
    normalised,
    shingles: new Set(hashes),
    prints: winnow(hashes),
  }
}

/** Index pairs sharing enough fingerprints, ignoring boilerplate fingerprints. */
function candidatePairs(docs: readonly Prepared[]): [number, number][] {
  const postings = new Map<number, number[]>()
  docs.forEach((doc, index) => {
    for (const print of doc.prints) {
      const list = postings.get(print)
      if (list === undefined) postings.set(print, [index])
      else if (list.length <= MAX_POSTINGS) list.push(index)
    }
  })
  const shared = new Map<number, number>()
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = (list[i] ?? 0) * docs.length + (list[j] ?? 0)
        shared.set(key, (shared.get(key) ?? 0) + 1)
      }
    }
  }
  const pairs: [number, number][] = []
  for (const [key, count] of shared) {
    const a = Math.floor(key / docs.length)
    const b = key % docs.length
    const fewest = Math.min(docs[a]?.prints.size ?? 0, docs[b]?.prints.size ?? 0)
    if (count >= Math.max(Math.min(2, fewest), MIN_SHARED_PRINT_SHARE * fewest)) pairs.push([a, b])
  }
  return pairs
}

export function isNearDuplicate(
  measure: Similarity,
  shorterShingles: number,
  sameIssue: boolean,
): boolean {
  const contained =
    measure.containment >= CONTAINMENT_THRESHOLD && shorterShingles >= MIN_CONTAINED_SHINGLES
  return measure.jaccard >= JACCARD_THRESHOLD || (sameIssue && contained)
}

function daysApart(a: Prepared, b: Prepared): number | null {
  return a.day === null || b.day === null ? null : Math.abs(a.day - b.day)
}

export function findDuplicatePairs(inputs: readonly DuplicateInput[]): DuplicatePair[] {
  const docs = inputs.map(prepare).filter((doc) => doc.normalised.length > 0)
  const found: DuplicatePair[] = []
  for (const [i, j] of candidatePairs(docs)) {
    const a = docs[i]
    const b = docs[j]
    if (a === undefined || b === undefined) continue
    const exact = a.normalised === b.normalised
    const apart = daysApart(a, b)
    if (!exact && apart !== null && apart > MAX_DAYS_APART) continue
    const measure = similarity(a.shingles, b.shingles)
    const shorter = Math.min(a.shingles.size, b.shingles.size)
    if (exact || isNearDuplicate(measure, shorter, apart === null || apart === 0)) {
      found.push({ a: a.id, b: b.id, exact, ...measure })
    }
  }
  return found
}

/** Pairs joined into groups (a story on three pages is one group of three). */
export function groupDuplicates(
  inputs: readonly DuplicateInput[],
  pairs: readonly DuplicatePair[],
): DuplicateGroup[] {
  const parent = new Map<string, string>()
  const root = (id: string): string => {
    let node = id
    while (parent.get(node) !== undefined && parent.get(node) !== node)
      node = parent.get(node) ?? node
    return node
  }
  for (const pair of pairs) {
    const a = root(pair.a)
    const b = root(pair.b)
    if (a !== b) parent.set(b, a)
  }
  const paired = new Set(pairs.flatMap((pair) => [pair.a, pair.b]))
  const groups = new Map<string, DuplicateGroup>()
  for (const input of inputs) {
    if (!paired.has(input.id)) continue
    const key = root(input.id)
    const group = groups.get(key) ?? { ids: [], pairs: [] }
    group.ids.push(input.id)
    groups.set(key, group)
  }
  for (const pair of pairs) groups.get(root(pair.a))?.pairs.push(pair)
  return [...groups.values()].filter((group) => group.ids.length > 1)
}

/** A stable key for a pair, whichever way round: to remember “these are not duplicates”. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`
}
