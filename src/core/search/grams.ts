// The recall-guaranteeing tokenizer. Every Han character, letter and digit is a unit; texts are
// indexed by every unit (unigram) and every pair of adjacent units (bigram) inside a run of
// units. A query is looked up by its bigrams (by its unigram when a run is one unit long), so
// any text containing the query contains all of its grams: the index never loses a match, and
// verification against the text removes the rest.

/** Keys are numbers: a unigram is its code point, a bigram first·2^21 + second (< 2^42). */
const BIGRAM_SHIFT = 0x200000

const unitTable = new Uint8Array(0x10000) // 0 unknown, 1 not a unit, 2 unit
const UNIT = /^[\p{L}\p{N}]$/u

function isUnitCodePoint(codePoint: number): boolean {
  if (codePoint < 0x10000) {
    let known = unitTable[codePoint] ?? 1
    if (known === 0) {
      known = UNIT.test(String.fromCharCode(codePoint)) ? 2 : 1
      unitTable[codePoint] = known
    }
    return known === 2
  }
  return UNIT.test(String.fromCodePoint(codePoint))
}

export function unigramKey(codePoint: number): number {
  return codePoint
}

export function bigramKey(first: number, second: number): number {
  return first * BIGRAM_SHIFT + second
}

/**
 * Calls `visit(key, position)` for every gram of a normalised text: each unit's unigram at its
 * position, and each bigram at the position of its first unit.
 */
export function forEachGram(text: string, visit: (key: number, position: number) => void): void {
  let previous = -1
  let previousAt = 0
  const length = text.length
  for (let i = 0; i < length; i++) {
    let codePoint = text.charCodeAt(i)
    const at = i
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < length) {
      codePoint = text.codePointAt(i) ?? codePoint
      if (codePoint > 0xffff) i += 1
    }
    if (!isUnitCodePoint(codePoint)) {
      previous = -1
      continue
    }
    visit(codePoint, at)
    if (previous >= 0) visit(previous * BIGRAM_SHIFT + codePoint, previousAt)
    previous = codePoint
    previousAt = at
  }
}

/** The runs of units in a normalised string, as arrays of code points. */
function unitRuns(text: string): number[][] {
  const runs: number[][] = []
  let current: number[] = []
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0
    if (isUnitCodePoint(codePoint)) {
      current.push(codePoint)
    } else if (current.length > 0) {
      runs.push(current)
      current = []
    }
  }
  if (current.length > 0) runs.push(current)
  return runs
}

export interface QueryGrams {
  /** Distinct keys every matching text contains; empty when the query has no unit at all. */
  keys: number[]
  /** The query is exactly one gram (one or two units, nothing else): the index alone decides. */
  exact: boolean
}

/** The grams to look up for a normalised query phrase. */
export function queryGrams(phrase: string): QueryGrams {
  const keys = new Set<number>()
  const runs = unitRuns(phrase)
  for (const run of runs) {
    const [first] = run
    if (run.length === 1 && first !== undefined) keys.add(unigramKey(first))
    for (let i = 0; i + 1 < run.length; i++) {
      keys.add(bigramKey(run[i] ?? 0, run[i + 1] ?? 0))
    }
  }
  const only = runs[0]
  const exact =
    runs.length === 1 &&
    only !== undefined &&
    only.length <= 2 &&
    String.fromCodePoint(...only) === phrase
  return { keys: [...keys], exact }
}

/** The text of a gram: one unit for a unigram, two for a bigram (one to one with its key). */
export function gramTerm(key: number): string {
  return key < BIGRAM_SHIFT
    ? String.fromCodePoint(key)
    : String.fromCodePoint(Math.floor(key / BIGRAM_SHIFT), key % BIGRAM_SHIFT)
}

/** The grams a normalised text is indexed by, as terms: what the postings hold for it. */
export function indexTerms(text: string): string[] {
  const terms: string[] = []
  forEachGram(text, (key) => terms.push(gramTerm(key)))
  return terms
}

/** The grams a normalised query phrase is looked up by, as terms. */
export function queryTerms(phrase: string): string[] {
  return queryGrams(phrase).keys.map(gramTerm)
}
