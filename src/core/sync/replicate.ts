// One round of replication between this laptop's archive and the bureau's CouchDB database:
// pull the server's changes since the stored checkpoint, batch by batch (the feed's ids and
// revisions first, then only the documents not held here at that revision), each batch stored here
// with its checkpoint in one step (a crash re-pulls that batch, and pulling twice changes
// nothing); then push what changed here, each document as a revision of the one last seen, so
// the server refuses a push over a revision this laptop has not seen (409) — that document is
// fetched, merged and pushed again. Nothing is ever sent twice as two revisions, and neither
// side's edit is lost. A laptop that keeps only a part of the database (./scope) stores only
// that part of what it pulls. The ports are the only I/O: HTTP on one side, Dexie on the other.
import type { BackupRecord } from '../archive/backup-format'
import type { MergeContext } from '../archive/backup-merge'
import type { ChangesPage, PushResult } from '../../shared/api/sync'
import { fromDoc, toDoc } from './documents'
import type { CouchDoc, PulledDoc } from './documents'
import { mergePulled } from './merge'
import type { SyncEntry } from './merge'
import { scopeDecision } from './scope'
import type { ReplicaScope } from './scope'

export type { ChangesPage, PushResult } from '../../shared/api/sync'

export interface RemotePort {
  /** Ids and revisions changed after `since`, at most `limit`. */
  changes(since: string | null, limit: number): Promise<ChangesPage>
  bulkDocs(docs: CouchDoc[]): Promise<PushResult[]>
  /** The current revisions of documents (absent ones left out). */
  fetch(ids: string[]): Promise<CouchDoc[]>
}

export interface LocalWrite {
  id: string
  /** null: delete it here. */
  record: BackupRecord | null
}

export interface LocalPort {
  checkpoint(): Promise<string | null>
  /** The records (null when there is none) and sync entries of these documents. */
  read(
    ids: string[],
  ): Promise<{ records: Map<string, BackupRecord | null>; entries: Map<string, SyncEntry> }>
  /** Entries changed here, at most `limit`. */
  pending(limit: number): Promise<SyncEntry[]>
  /**
   * Stores writes and entries in one step, with the checkpoint when given. An entry marked
   * `sent` was pushed as `sent`: if the record changed here meanwhile, it stays pending.
   * `forget`: entries to drop (documents taken off a laptop that keeps only a part).
   */
  commit(batch: LocalBatch): Promise<void>
}

export interface LocalBatch {
  writes: LocalWrite[]
  entries: (SyncEntry & { sent?: BackupRecord | null })[]
  forget?: string[]
  checkpoint?: string
}

export interface SyncOptions {
  batchSize: number
  now: () => number
  /** Names the server in kept conflicts. */
  from: string
  /** Stops between batches (the user cancelled, the window closes). */
  signal?: AbortSignal
  onProgress?: (progress: SyncProgress) => void
  /** The part of the database this laptop keeps; everything when absent. */
  scope?: ReplicaScope
}

export interface SyncProgress {
  pulled: number
  pushed: number
  /** How far through the server's feed the pull is (0 to 1), when the server says. */
  pullFraction: number | null
}

export interface SyncSummary extends SyncProgress {
  /** Pushes the server refused over a revision not seen here: merged, sent by a later round. */
  refused: number
  conflicts: string[]
  /** Deleted by a colleague, edited here: kept and sent back. */
  revived: string[]
  /** Deleted here, edited by a colleague: back here (the user is asked). */
  broughtBack: string[]
  rejected: { id: string; reason: string }[]
  /** Articles a colleague's change moved out of this laptop's part: taken off it. */
  takenOff: string[]
}

function contextOf(options: SyncOptions): MergeContext {
  const now = options.now()
  // A server's times are believed up to now, as a file's are up to its own export time.
  return { fileCreatedAt: now, now, from: options.from }
}

/** Merges pulled documents into what `local` holds; what to store, and what it said. */
async function applyPulled(
  local: LocalPort,
  pulled: PulledDoc[],
  options: SyncOptions,
  summary: SyncSummary,
): Promise<Required<Omit<LocalBatch, 'checkpoint'>>> {
  const usable = pulled.filter((doc) => doc.kind === 'record' || doc.kind === 'deleted')
  for (const doc of pulled) if (doc.kind === 'rejected') summary.rejected.push(doc)
  const { records, entries } = await local.read(usable.map((doc) => doc.id))
  const writes: LocalWrite[] = []
  const entriesAfter: SyncEntry[] = []
  const forget: string[] = []
  for (const doc of usable) {
    const held = records.get(doc.id) ?? null
    const outcome = mergePulled(held, entries.get(doc.id), doc, contextOf(options))
    if (outcome === null) continue
    const result = outcome.write !== undefined ? outcome.write : held
    const decision =
      options.scope === undefined
        ? 'keep'
        : scopeDecision(result, held !== null, outcome.entry.pending, options.scope)
    if (decision === 'skip') continue
    if (decision === 'takeOff') {
      writes.push({ id: doc.id, record: null })
      forget.push(doc.id)
      summary.takenOff.push(doc.id)
      continue
    }
    if (outcome.write !== undefined) writes.push({ id: doc.id, record: outcome.write })
    entriesAfter.push(outcome.entry)
    if (outcome.conflict) summary.conflicts.push(doc.id)
    if (outcome.revived) summary.revived.push(doc.id)
    if (outcome.broughtBack) summary.broughtBack.push(doc.id)
  }
  return { writes, entries: entriesAfter, forget }
}

/** The changed documents this laptop does not hold at their revision (its own pushes, say). */
async function unseen(local: LocalPort, page: ChangesPage): Promise<string[]> {
  const { entries } = await local.read(page.changes.map((change) => change.id))
  return page.changes
    .filter((change) => entries.get(change.id)?.rev !== change.rev)
    .map((change) => change.id)
}

async function pull(
  local: LocalPort,
  remote: RemotePort,
  options: SyncOptions,
  summary: SyncSummary,
) {
  let seen = 0
  for (;;) {
    if (options.signal?.aborted === true) return
    const since = await local.checkpoint()
    const page = await remote.changes(since, options.batchSize)
    const wanted = await unseen(local, page)
    // Fetched at their current revision: a later change in the feed is then already seen.
    const docs = wanted.length === 0 ? [] : await remote.fetch(wanted)
    const batch = await applyPulled(local, docs.map(fromDoc), options, summary)
    await local.commit({ ...batch, checkpoint: page.lastSeq })
    summary.pulled += docs.length
    seen += page.changes.length
    summary.pullFraction =
      page.remaining === undefined ? null : seen / Math.max(1, seen + page.remaining)
    options.onProgress?.(summary)
    if (page.changes.length < options.batchSize) return
  }
}

async function pushBatch(
  local: LocalPort,
  remote: RemotePort,
  pending: SyncEntry[],
  options: SyncOptions,
  summary: SyncSummary,
): Promise<void> {
  const { records } = await local.read(pending.map((entry) => entry.id))
  const sent = new Map(pending.map((entry) => [entry.id, records.get(entry.id) ?? null]))
  const docs = pending.map((entry) => toDoc(entry.id, sent.get(entry.id) ?? null, entry.rev))
  const results = await remote.bulkDocs(docs)
  const acknowledged = results.flatMap((result) => {
    if (result.error !== undefined || result.rev === undefined) return []
    const record = sent.get(result.id) ?? null
    return [{ id: result.id, rev: result.rev, base: record, pending: false, sent: record }]
  })
  await local.commit({ writes: [], entries: acknowledged })
  summary.pushed += acknowledged.length
  // Refused over a revision not seen here: take the server's, merge, send again next batch.
  const refused = results.filter((result) => result.error === 'conflict').map((r) => r.id)
  summary.refused += refused.length
  if (refused.length > 0) {
    const current = (await remote.fetch(refused)).map(fromDoc)
    await local.commit(await applyPulled(local, current, options, summary))
  }
}

async function push(
  local: LocalPort,
  remote: RemotePort,
  options: SyncOptions,
  summary: SyncSummary,
) {
  // Bounded: a document refused again and again (another laptop racing) waits for the next round.
  for (let round = 0; round < 1000; round += 1) {
    if (options.signal?.aborted === true) return
    const pending = await local.pending(options.batchSize)
    if (pending.length === 0) return
    const before = summary.pushed
    await pushBatch(local, remote, pending, options, summary)
    options.onProgress?.(summary)
    if (summary.pushed === before && pending.length < options.batchSize) return
  }
}

/** Pulls, then pushes; run again whenever either side may have changed. */
export async function syncOnce(
  local: LocalPort,
  remote: RemotePort,
  options: SyncOptions,
): Promise<SyncSummary> {
  const summary: SyncSummary = {
    pulled: 0,
    pushed: 0,
    pullFraction: null,
    refused: 0,
    conflicts: [],
    revived: [],
    broughtBack: [],
    rejected: [],
    takenOff: [],
  }
  await pull(local, remote, options, summary)
  await push(local, remote, options, summary)
  return summary
}
