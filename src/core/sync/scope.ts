// Which part of the bureau's database a laptop keeps (团队共享 → 本机保留): everything, or the
// articles of some papers, of some desk tags (a tag and every tag below it), of some years —
// each criterion given narrows, together they all must hold. Tags and shared settings are
// small and kept everywhere. The laptop still sends what it adds or edits itself, in its part
// or not; what a colleague changes outside its part is not stored here, and an article that a
// colleague's change moves out of it is taken off this laptop (never deleted on the server).
import type { BackupRecord } from '../archive/backup-format'
import { isSameOrDescendant, normalizeTagList } from '../tags/name'

export interface ReplicaScope {
  papers: string[]
  tags: string[]
  /** Inclusive; null: open-ended. */
  fromYear: number | null
  toYear: number | null
}

export const wholeDatabase: ReplicaScope = { papers: [], tags: [], fromYear: null, toYear: null }

const MAX_NAMES = 50
const MAX_NAME_LENGTH = 200
const MIN_YEAR = 1800
const MAX_YEAR = 2200

export function isWholeDatabase(scope: ReplicaScope): boolean {
  return (
    scope.papers.length === 0 &&
    scope.tags.length === 0 &&
    scope.fromYear === null &&
    scope.toYear === null
  )
}

function yearOf(date: string | null): number | null {
  const match = /^(\d{4})/u.exec(date ?? '')
  return match?.[1] === undefined ? null : Number(match[1])
}

/** Whether this laptop keeps `record` when it comes from the server. */
export function inScope(record: BackupRecord, scope: ReplicaScope): boolean {
  if (record.type !== 'article' || isWholeDatabase(scope)) return true
  const article = record.value
  if (scope.papers.length > 0 && !scope.papers.includes(article.paper ?? '')) return false
  if (
    scope.tags.length > 0 &&
    !article.tags.some((tag) => scope.tags.some((desk) => isSameOrDescendant(tag, desk)))
  )
    return false
  if (scope.fromYear === null && scope.toYear === null) return true
  const year = yearOf(article.date)
  if (year === null) return false
  return year >= (scope.fromYear ?? MIN_YEAR) && year <= (scope.toYear ?? MAX_YEAR)
}

const isYear = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= MIN_YEAR && (value as number) <= MAX_YEAR

function names(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_NAMES) return null
  if (!value.every((name) => typeof name === 'string' && name.length <= MAX_NAME_LENGTH))
    return null
  return value as string[]
}

/** A scope as typed or stored, made canonical; null when it is not one. */
export function scopeOf(value: unknown): ReplicaScope | null {
  if (typeof value !== 'object' || value === null) return null
  const raw = value as Partial<Record<keyof ReplicaScope, unknown>>
  const papers = names(raw.papers ?? [])
  const tags = names(raw.tags ?? [])
  const fromYear = raw.fromYear ?? null
  const toYear = raw.toYear ?? null
  if (papers === null || tags === null) return null
  if ((fromYear !== null && !isYear(fromYear)) || (toYear !== null && !isYear(toYear))) return null
  if (fromYear !== null && toYear !== null && fromYear > toYear) return null
  const trimmed = [...new Set(papers.map((paper) => paper.trim()).filter((p) => p !== ''))]
  return { papers: trimmed, tags: normalizeTagList(tags), fromYear, toYear }
}

/** The stored form (syncState `scope`), read back; the whole database when absent or unreadable. */
export function parseScope(text: string | undefined): ReplicaScope {
  if (text === undefined) return wholeDatabase
  try {
    return scopeOf(JSON.parse(text)) ?? wholeDatabase
  } catch {
    return wholeDatabase
  }
}

/** What to do with a pulled document's outcome on a laptop that keeps only `scope`. */
export type ScopeDecision = 'keep' | 'skip' | 'takeOff'

/**
 * `result`: the record as it stands here after the pull (null: deleted). An article outside the
 * part is not stored (skip), or taken off this laptop if held here (takeOff) — unless it has
 * changes of this laptop's still to send.
 */
export function scopeDecision(
  result: BackupRecord | null,
  heldHere: boolean,
  pendingHere: boolean,
  scope: ReplicaScope,
): ScopeDecision {
  if (result === null || pendingHere || inScope(result, scope)) return 'keep'
  return heldHere ? 'takeOff' : 'skip'
}
