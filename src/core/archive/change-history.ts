// Undo and redo over changes. Pure: the database layer applies what `undo` and `redo` return.
// Kept in memory per window (a bounded list): undo is for the minutes after a mistake; a
// backup is for the long term.
import { invertChange } from './change'
import type { ArticleChange } from './change'
import { invertTagListChange } from './tag-list-change'
import type { TagListChange } from './tag-list-change'

/** A change too large to hold (a restore): its records live in the database's journal. */
export interface JournalStep {
  kind: 'restore'
  batch: string
  /** Applying this step undoes the restore (true) or does it again (false). */
  undo: boolean
}

export type HistoryEntry = ArticleChange | JournalStep | TagListChange

export function invertEntry(entry: HistoryEntry): HistoryEntry {
  if (entry.kind === 'restore') return { ...entry, undo: !entry.undo }
  return isTagListChange(entry) ? invertTagListChange(entry) : invertChange(entry)
}

export function isTagListChange(entry: HistoryEntry): entry is TagListChange {
  return 'edits' in entry
}

export class ChangeHistory {
  readonly #past: HistoryEntry[] = []
  readonly #future: HistoryEntry[] = []

  constructor(readonly limit = 100) {}

  get canUndo(): boolean {
    return this.#past.length > 0
  }

  get canRedo(): boolean {
    return this.#future.length > 0
  }

  /** The kind of change the next undo would revert, for the menu label. */
  get nextUndo(): HistoryEntry['kind'] | null {
    return this.#past.at(-1)?.kind ?? null
  }

  get nextRedo(): HistoryEntry['kind'] | null {
    return this.#future.at(-1)?.kind ?? null
  }

  /** Records a change that was applied; a new change ends the redo line. */
  record(change: HistoryEntry): void {
    this.#past.push(change)
    if (this.#past.length > this.limit) this.#past.shift()
    this.#future.length = 0
  }

  /** The change to apply to undo, or null. Call `confirmUndo` once it is applied. */
  peekUndo(): HistoryEntry | null {
    const change = this.#past.at(-1)
    return change === undefined ? null : invertEntry(change)
  }

  confirmUndo(): void {
    const change = this.#past.pop()
    if (change !== undefined) this.#future.push(change)
  }

  peekRedo(): HistoryEntry | null {
    return this.#future.at(-1) ?? null
  }

  confirmRedo(): void {
    const change = this.#future.pop()
    if (change !== undefined) this.#past.push(change)
  }

  /** Forget everything, e.g. after a restore replaced what the changes refer to. */
  clear(): void {
    this.#past.length = 0
    this.#future.length = 0
  }
}
