// Evaluates a parsed query on one shard: candidates from the postings, then every candidate
// verified against its normalised text, so each hit really contains its phrases. Checks run
// in ascending doc order, which lets each phrase walk its candidate list with one cursor.
import { intersect, intersectDocs, seek, unionDocs, type Candidates } from './candidates'
import { queryGrams } from './grams'
import { postingList, TF_CAP, type PostingList } from './postings'
import type { QueryNode, TextScope } from './query/types'
import type { Shard } from './shard'
import { NOTES_MARK } from './doc'

/** What a matching document scored: occurrences of the positive phrases, and a headline hit. */
export interface Score {
  count: number
  headline: boolean
}

type Check = (doc: number, score: Score | null) => boolean

interface Compiled {
  check: Check
  /** Sorted doc numbers that may match; null when any document may. */
  candidates: Uint16Array | null
}

const NONE = new Uint16Array(0)

/** Sealed candidates followed by live ones, whose occurrences and headline hit are unknown. */
function withLive(sealed: Candidates, live: Uint16Array): Candidates {
  if (live.length === 0) return sealed
  const length = sealed.length + live.length
  const docs = new Uint16Array(length)
  docs.set(sealed.docs.subarray(0, sealed.length))
  docs.set(live, sealed.length)
  // TF_CAP: no bound, the text is scanned; the scan also finds any headline hit.
  const bounds = new Uint8Array(length).fill(TF_CAP)
  bounds.set(sealed.bounds.subarray(0, sealed.length))
  const headline = new Uint8Array(length)
  headline.set(sealed.headline.subarray(0, sealed.length))
  return { docs, bounds, headline, length }
}

/** Candidates of a phrase from the sealed postings, then from the live segment. */
function phraseCandidates(
  shard: Shard,
  phrase: string,
): { candidates: Candidates | null; exact: boolean } {
  const grams = queryGrams(phrase)
  if (grams.keys.length === 0) return { candidates: null, exact: false }
  const lists: PostingList[] = []
  for (const key of grams.keys) {
    const list = postingList(shard.postings, key)
    if (!list) {
      lists.length = 0
      break
    }
    lists.push(list)
  }
  const sealed = intersect(lists)
  return { candidates: withLive(sealed, shard.liveCandidates(phrase)), exact: grams.exact }
}

/** Where a scope's text starts and ends in a document's search text (doc.ts). */
function scopeBounds(text: string, scope: TextScope, headlineEnd: number): [number, number] {
  if (scope === 'headline') return [0, headlineEnd]
  if (scope === 'all') return [0, text.length]
  const notes = text.indexOf(NOTES_MARK)
  return notes < 0 ? [text.length, text.length] : [notes + 1, text.length]
}

/** Occurrences of a phrase (overlapping), at most `limit`; 0 when none in scope. */
function scan(
  text: string,
  phrase: string,
  scope: TextScope,
  headlineEnd: number,
  score: Score | null,
  limit: number,
): boolean {
  const [from, to] = scopeBounds(text, scope, headlineEnd)
  let position = text.indexOf(phrase, from)
  if (position < 0 || position >= to) return false
  if (!score) return true
  if (position < headlineEnd) score.headline = true
  let count = 1
  while (count < limit) {
    position = text.indexOf(phrase, position + 1)
    if (position < 0 || position >= to) break
    count += 1
  }
  score.count += count
  return true
}

function compileText(shard: Shard, scope: TextScope, phrase: string): Compiled {
  const { candidates, exact } = phraseCandidates(shard, phrase)
  const { texts, headlineEnds } = shard
  if (!candidates) {
    const check: Check = (doc, score) =>
      scan(texts[doc] ?? '', phrase, scope, headlineEnds[doc] ?? 0, score, Infinity)
    return { check, candidates: null }
  }
  const { docs, bounds, headline, length } = candidates
  let cursor = 0
  const check: Check = (doc, score) => {
    cursor = seek(docs, cursor, length, doc)
    if (cursor >= length || docs[cursor] !== doc) return false
    const bound = bounds[cursor] ?? TF_CAP
    const inHeadline = headline[cursor] !== 0
    // A notes phrase is always scanned: the postings do not say where in the text it stands.
    if (exact && bound < TF_CAP && (scope === 'all' || (scope === 'headline' && !inHeadline))) {
      // The phrase is one gram: its postings alone say whether and how often it occurs.
      if (scope === 'headline') return false
      if (score) {
        score.count += bound
        if (inHeadline) score.headline = true
      }
      return true
    }
    const limit = bound < TF_CAP ? bound : Infinity
    return scan(texts[doc] ?? '', phrase, scope, headlineEnds[doc] ?? 0, score, limit)
  }
  return { check, candidates: docs.subarray(0, length) }
}

/** Whether a stored field value satisfies a field clause. */
function metaMatches(
  field: Extract<QueryNode, { kind: 'meta' }>['field'],
  value: string,
  wanted: string,
) {
  // Tags are hierarchical: 标签:地区 takes 地区/湖北/随州 too. Authors match whole names.
  if (field === 'tag') return value === wanted || value.startsWith(`${wanted}/`)
  if (field === 'author') return value === wanted
  return value.includes(wanted)
}

function compileMeta(shard: Shard, node: Extract<QueryNode, { kind: 'meta' }>): Compiled {
  const accepted = shard.normalizedStrings.map((value) =>
    metaMatches(node.field, value, node.value),
  )
  const ok = (index: number): boolean => accepted[index] === true
  const check: Check = (doc) => {
    const fields = shard.fields[doc]
    if (!fields) return false
    switch (node.field) {
      case 'tag':
        return fields.tags.some(ok)
      case 'author':
        return fields.authors.some(ok)
      case 'paper':
        return ok(fields.paper)
      case 'section':
        return ok(fields.section)
    }
  }
  return { check, candidates: null }
}

function compileAnd(parts: Compiled[]): Compiled {
  let candidates: Uint16Array | null = null
  for (const part of parts) {
    if (part.candidates)
      candidates = candidates ? intersectDocs(candidates, part.candidates) : part.candidates
  }
  const checks = parts.map((part) => part.check)
  const check: Check = (doc, score) => checks.every((each) => each(doc, score))
  return { check, candidates }
}

function compileOr(parts: Compiled[]): Compiled {
  let candidates: Uint16Array | null = NONE
  for (const part of parts) {
    candidates = candidates && part.candidates ? unionDocs(candidates, part.candidates) : null
  }
  const checks = parts.map((part) => part.check)
  const check: Check = (doc, score) => {
    let matched = false
    // Without a score the first match decides; with one, every alternative adds its count.
    for (const each of checks) {
      if (each(doc, score)) {
        matched = true
        if (!score) break
      }
    }
    return matched
  }
  return { check, candidates }
}

export function compile(shard: Shard, node: QueryNode): Compiled {
  switch (node.kind) {
    case 'text':
      return compileText(shard, node.scope, node.phrase)
    case 'meta':
      return compileMeta(shard, node)
    case 'page':
      return { check: (doc) => shard.pages[doc] === node.page, candidates: null }
    case 'date':
      return {
        check: (doc) => {
          const date = shard.dates[doc] ?? 0
          return date > 0 && date >= node.from && date <= node.to
        },
        candidates: null,
      }
    case 'not': {
      const child = compile(shard, node.child)
      return { check: (doc) => !child.check(doc, null), candidates: null }
    }
    case 'and':
      return compileAnd(node.children.map((child) => compile(shard, child)))
    case 'or':
      return compileOr(node.children.map((child) => compile(shard, child)))
  }
}

/** The common case, a query of one phrase: a plain loop over its candidates. */
function matchPhrase(
  shard: Shard,
  node: Extract<QueryNode, { kind: 'text' }>,
  candidates: Candidates,
  exact: boolean,
  hit: Hit,
): void {
  const { docs, bounds, headline, length } = candidates
  const { alive, texts, headlineEnds } = shard
  const score: Score = { count: 0, headline: false }
  const fromPostings = exact && node.scope === 'all'
  for (let i = 0; i < length; i++) {
    const doc = docs[i] ?? 0
    if (alive[doc] !== 1) continue
    const bound = bounds[i] ?? TF_CAP
    if (fromPostings && bound < TF_CAP) {
      score.count = bound
      score.headline = headline[i] !== 0
      hit(doc, score)
      continue
    }
    score.count = 0
    score.headline = false
    const limit = bound < TF_CAP ? bound : Infinity
    if (scan(texts[doc] ?? '', node.phrase, node.scope, headlineEnds[doc] ?? 0, score, limit))
      hit(doc, score)
  }
}

type Hit = (doc: number, score: Score) => void

/** Calls `hit` for every live document of the shard that matches, in doc order. */
export function matchShard(shard: Shard, query: QueryNode, hit: Hit): void {
  shard.sync()
  if (query.kind === 'text') {
    const { candidates, exact } = phraseCandidates(shard, query.phrase)
    if (candidates) {
      matchPhrase(shard, query, candidates, exact, hit)
      return
    }
  }
  const { check, candidates } = compile(shard, query)
  const score: Score = { count: 0, headline: false }
  const { alive } = shard
  const visit = (doc: number): void => {
    if (alive[doc] !== 1) return
    score.count = 0
    score.headline = false
    if (check(doc, score)) hit(doc, score)
  }
  if (candidates) for (const doc of candidates) visit(doc)
  else for (let doc = 0; doc < shard.count; doc++) visit(doc)
}
