// Test support: a laptop's archive held in maps, as the Dexie port will hold it in tables. Edits
// mark their document pending, as the app's write watcher will.
import type { BackupRecord } from '../../archive/backup-format'
import { recordDocId } from '../documents'
import type { LocalBatch, LocalPort } from '../replicate'
import type { SyncEntry } from '../merge'

export class MemoryLocal implements LocalPort {
  readonly records = new Map<string, BackupRecord>()
  readonly entries = new Map<string, SyncEntry>()
  #checkpoint: string | null = null
  /** Commits made, for tests that stop a sync half way. */
  commits = 0

  /** An edit made here: stored and marked to be pushed. */
  edit(record: BackupRecord): void {
    const id = recordDocId(record)
    this.records.set(id, record)
    this.#markPending(id)
  }

  remove(id: string): void {
    this.records.delete(id)
    this.#markPending(id)
  }

  #markPending(id: string): void {
    const entry = this.entries.get(id) ?? { id, rev: null, base: null, pending: true }
    this.entries.set(id, { ...entry, pending: true })
  }

  checkpoint(): Promise<string | null> {
    return Promise.resolve(this.#checkpoint)
  }

  read(ids: string[]) {
    const records = new Map(ids.map((id) => [id, this.records.get(id) ?? null]))
    const entries = new Map(
      ids.flatMap((id) => {
        const entry = this.entries.get(id)
        return entry === undefined ? [] : [[id, entry] as const]
      }),
    )
    return Promise.resolve({ records, entries })
  }

  pending(limit: number): Promise<SyncEntry[]> {
    return Promise.resolve([...this.entries.values()].filter((e) => e.pending).slice(0, limit))
  }

  commit(batch: LocalBatch): Promise<void> {
    for (const write of batch.writes) {
      if (write.record === null) this.records.delete(write.id)
      else this.records.set(write.id, write.record)
    }
    for (const { sent, ...entry } of batch.entries) {
      const changedSince =
        sent !== undefined &&
        JSON.stringify(this.records.get(entry.id) ?? null) !== JSON.stringify(sent)
      this.entries.set(entry.id, changedSince ? { ...entry, pending: true } : entry)
    }
    for (const id of batch.forget ?? []) this.entries.delete(id)
    if (batch.checkpoint !== undefined) this.#checkpoint = batch.checkpoint
    this.commits += 1
    return Promise.resolve()
  }
}
