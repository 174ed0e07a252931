// Undo and redo for the archive. Every operation runs through `run`: it builds its change from
// what it reads and writes it in one transaction, then the change is announced (search index)
// and recorded. The history lives in memory, one per window: undo is for the minutes after a
// mistake, across a restart the backup is the safety net.
import { ChangeHistory, isTagListChange } from '../../core/archive/change-history'
import type { HistoryEntry, JournalStep } from '../../core/archive/change-history'
import type { ArticleChange } from '../../core/archive/change'
import type { TagListChange } from '../../core/archive/tag-list-change'
import { applyTagListChange } from './tag-list-writes'
import type { ArchiveDatabase } from '../db/database'
import { applyChange, inTransaction, summarise } from './apply-change'
import { announceChanges } from './change-announcements'
import { replayJournal } from './restore-journal'
import type { JournalOutcome } from './restore-journal'

function tagListSummary(change: TagListChange) {
  return { added: [], updated: [], deleted: [], retagged: change.edits.map((edit) => edit.id) }
}

export interface HistoryState {
  canUndo: boolean
  canRedo: boolean
  nextUndo: HistoryEntry['kind'] | null
  nextRedo: HistoryEntry['kind'] | null
}

/** One step through the history: a change made, undone or redone. */
export interface HistoryStep {
  direction: 'done' | 'undone' | 'redone'
  kind: HistoryEntry['kind']
}

export class ArchiveHistory {
  readonly #changes: ChangeHistory
  readonly #listeners = new Set<() => void>()
  readonly #stepListeners = new Set<(step: HistoryStep) => void>()
  #state: HistoryState = { canUndo: false, canRedo: false, nextUndo: null, nextRedo: null }

  constructor(
    readonly database: ArchiveDatabase,
    limit = 100,
  ) {
    this.#changes = new ChangeHistory(limit)
  }

  /** The same object until something changes, as `useSyncExternalStore` needs. */
  get state(): HistoryState {
    return this.#state
  }

  /** For `useSyncExternalStore`: called after every run, undo and redo. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** For saying what was done: called after every change, undo and redo. */
  onStep(listener: (step: HistoryStep) => void): () => void {
    this.#stepListeners.add(listener)
    return () => this.#stepListeners.delete(listener)
  }

  /**
   * Runs `build` in one transaction; it reads, writes and returns the change it made (null for
   * none). A failure rolls everything back and nothing is recorded.
   */
  async run(build: () => Promise<ArticleChange | null>): Promise<ArticleChange | null> {
    const change = await inTransaction(this.database, build)
    if (change === null) return null
    this.#changes.record(change)
    announceChanges(this.database, summarise(change))
    this.#notify({ direction: 'done', kind: change.kind })
    return change
  }

  /** Records a tagging that is already written (in several transactions), and announces it. */
  recordWritten(change: TagListChange): TagListChange {
    this.#changes.record(change)
    announceChanges(this.database, tagListSummary(change))
    this.#notify({ direction: 'done', kind: change.kind })
    return change
  }

  /** Records a restore that is already written, with its journal batch, as one step. */
  recordRestore(batch: string): void {
    this.#changes.record({ kind: 'restore', batch, undo: false })
    this.#notify()
  }

  /** Undoes the last change; false when there is none. Throws `conflict` if it was edited since. */
  async undo(): Promise<boolean> {
    const change = this.#changes.peekUndo()
    if (change === null) return false
    await this.#apply(change)
    this.#changes.confirmUndo()
    this.#notify({ direction: 'undone', kind: change.kind })
    return true
  }

  async redo(): Promise<boolean> {
    const change = this.#changes.peekRedo()
    if (change === null) return false
    await this.#apply(change)
    this.#changes.confirmRedo()
    this.#notify({ direction: 'redone', kind: change.kind })
    return true
  }

  /** What a journal step reports: records put back, and records edited since and left. */
  lastJournal: JournalOutcome | null = null

  async #apply(entry: HistoryEntry): Promise<void> {
    if (entry.kind === 'restore') {
      this.lastJournal = await this.#replay(entry)
      return
    }
    if (isTagListChange(entry)) {
      await applyTagListChange(this.database, entry)
      announceChanges(this.database, tagListSummary(entry))
      return
    }
    await applyChange(this.database, entry)
  }

  #replay(step: JournalStep): Promise<JournalOutcome> {
    return replayJournal(this.database, step.batch, step.undo ? 'undo' : 'redo')
  }

  /** Forgets all changes, e.g. after a restore. */
  clear(): void {
    this.#changes.clear()
    this.#notify()
  }

  #notify(step?: HistoryStep): void {
    const changes = this.#changes
    this.#state = {
      canUndo: changes.canUndo,
      canRedo: changes.canRedo,
      nextUndo: changes.nextUndo,
      nextRedo: changes.nextRedo,
    }
    for (const listener of this.#listeners) listener()
    if (step !== undefined) for (const listener of this.#stepListeners) listener(step)
  }
}
