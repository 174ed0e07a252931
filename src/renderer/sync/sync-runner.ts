// Bureau sync while the window is open: a round of replication (core/sync syncOnce) at start,
// soon after every change made here, and whenever the server's long poll says a colleague
// changed something; after a failure, again a little later. The runner holds the status the
// interface shows (last sync, changes still to send, offline, a refused password) and never
// throws: a round that fails leaves the archive as it was and says why.
import { syncOnce } from '../../core/sync/replicate'
import { parseDocId } from '../../core/sync/documents'
import { isWholeDatabase } from '../../core/sync/scope'
import type { SyncServerInfo } from '../../shared/api/sync'
import type { ArchiveDatabase } from '../db/database'
import { apiRemote, SyncCallError, unwrap } from './api-remote'
import type { SyncApi } from './api-remote'
import { DexieLocal } from './dexie-local'
import { readReplicaScope } from './replica-scope'
import { syncOff } from './sync-status'
import type { SyncStatus } from './sync-status'

export type { SyncPhase, SyncStatus } from './sync-status'

export interface SyncRunnerOptions {
  now?: () => number
  /** After a failure, the next try (ms). */
  retryMs?: number
  /** A change made here is sent this long after the last of a burst (ms). */
  settleMs?: number
  /** One long poll's length (s). */
  pollSeconds?: number
  /** Documents per request. */
  batchSize?: number
}

/** Even with nothing heard, a round this often, looking through the whole archive. */
const quietRoundMs = 5 * 60_000
/** A round asked for by changes here starts at least this long after the last one ended: an
 * import storing batch after batch is sent in a few big rounds, not once per batch. */
const minRoundGapMs = 500

export class SyncRunner {
  #status: SyncStatus = syncOff
  readonly #listeners = new Set<() => void>()
  #loop: Promise<void> | null = null
  #wake: (() => void) | null = null
  #requested = false
  /** What changed here since the last round began (everything: the first round). */
  #changed: 'all' | Set<string> = 'all'
  #settle: ReturnType<typeof setTimeout> | null = null
  #abort = new AbortController()
  #lastRoundEnd = 0
  readonly #options: Required<SyncRunnerOptions>

  constructor(
    private readonly api: SyncApi,
    private readonly database: ArchiveDatabase,
    options: SyncRunnerOptions = {},
  ) {
    this.#options = {
      now: options.now ?? Date.now,
      retryMs: options.retryMs ?? 30_000,
      settleMs: options.settleMs ?? 300,
      pollSeconds: options.pollSeconds ?? 25,
      batchSize: options.batchSize ?? 500,
    }
  }

  get status(): SyncStatus {
    return this.#status
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** Reads which server is set and, if one is, starts syncing with it. */
  async start(): Promise<void> {
    const server = await this.api.getSyncServer()
    const { broughtBack } = this.#status
    this.#set({ ...syncOff, broughtBack, server, phase: server === null ? 'off' : 'syncing' })
    if (server !== null) this.#loop ??= this.#run(this.#abort.signal)
  }

  /** Something changed here — these articles, or anything — a round soon. */
  request(changed: readonly string[] | 'all' = 'all'): void {
    if (this.#status.server === null) return
    this.#noteChanged(changed)
    if (this.#settle !== null) clearTimeout(this.#settle)
    const gap = this.#lastRoundEnd + minRoundGapMs - this.#options.now()
    this.#settle = setTimeout(
      () => {
        this.#settle = null
        this.#requested = true
        this.#wake?.()
      },
      Math.max(this.#options.settleMs, gap),
    )
  }

  /** The user answered for the articles brought back (kept them, or deleted them again). */
  answerBroughtBack(): void {
    this.#set({ ...this.#status, broughtBack: [] })
  }

  #noteChanged(changed: readonly string[] | 'all'): void {
    if (changed === 'all') this.#changed = 'all'
    else if (this.#changed !== 'all') for (const id of changed) this.#changed.add(id)
  }

  /** Now, for the 立即同步 button; it also resumes a paused sync. */
  syncNow(): void {
    this.#changed = 'all'
    if (this.#status.phase === 'paused') {
      void this.start()
      return
    }
    this.#requested = true
    this.#wake?.()
  }

  /** Stops after the batch being written (a first sync of a big archive can be long); what
   * arrived is kept, and 立即同步 goes on from there. */
  async pause(): Promise<void> {
    await this.stop()
    this.#abort = new AbortController()
    this.#set({ ...this.#status, phase: 'paused', progress: null })
  }

  /** The server was set, changed or forgotten: the running loop ends, a new one starts. */
  async restart(): Promise<void> {
    await this.stop()
    this.#abort = new AbortController()
    await this.start()
  }

  async stop(): Promise<void> {
    if (this.#settle !== null) clearTimeout(this.#settle)
    this.#abort.abort()
    this.#wake?.()
    await this.#loop
    this.#loop = null
  }

  #set(status: SyncStatus): void {
    this.#status = status
    for (const listener of this.#listeners) listener()
  }

  async #run(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      const ok = await this.#round(signal)
      this.#lastRoundEnd = this.#options.now()
      await this.#waitForWork(ok, signal)
    }
  }

  async #round(signal: AbortSignal): Promise<boolean> {
    const server = this.#status.server
    if (server === null) return false
    this.#requested = false
    this.#set({
      ...this.#status,
      phase: 'syncing',
      progress: { pulled: 0, pushed: 0, pullFraction: null },
    })
    try {
      await startAfreshIfOtherServer(this.database, server)
      const changed = this.#changed
      this.#changed = new Set()
      const local = new DexieLocal(this.database, { changed })
      const scope = await readReplicaScope(this.database)
      const summary = await syncOnce(local, apiRemote(this.api), {
        ...(isWholeDatabase(scope) ? {} : { scope }),
        batchSize: this.#options.batchSize,
        now: this.#options.now,
        from: server.database,
        signal,
        onProgress: (progress) => {
          this.#set({ ...this.#status, progress: { ...progress } })
        },
      })
      // A refused document merged on the way, or one brought back, is sent by the next round.
      if (summary.refused > 0 || summary.revived.length > 0 || signal.aborted) this.#changed = 'all'
      const pending = local.left
      this.#set({
        ...this.#status,
        phase: 'idle',
        lastSyncAt: this.#options.now(),
        pending,
        progress: null,
        conflicts: summary.conflicts.length,
        revived: summary.revived.length,
        broughtBack: [
          ...new Set([...this.#status.broughtBack, ...articleIds(summary.broughtBack)]),
        ],
        rejected: summary.rejected.length,
        takenOff: summary.takenOff.length,
        failure: null,
      })
      return true
    } catch (error) {
      // What was not sent is found again by the next round.
      this.#changed = 'all'
      const failure = error instanceof SyncCallError ? error.failure : 'storage'
      if (failure === 'storage') console.error(error)
      const phase = failure === 'unreachable' ? 'offline' : 'failed'
      this.#set({ ...this.#status, phase, progress: null, failure })
      return false
    }
  }

  /** Until a change here, the server's long poll, or (after a failure) the retry time. */
  #waitForWork(ok: boolean, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => {
          // The quiet round looks through everything: nothing changed here stays unsent long.
          this.#changed = 'all'
          finish()
        },
        ok ? quietRoundMs : this.#options.retryMs,
      )
      const finish = (): void => {
        clearTimeout(timer)
        this.#wake = null
        resolve()
      }
      this.#wake = finish
      if (this.#requested || signal.aborted) finish()
      else if (ok) void this.#poll(signal, finish)
    })
  }

  /** Long-polls the server until it changes; a failed poll leaves it to the retry timer. */
  async #poll(signal: AbortSignal, changed: () => void): Promise<void> {
    while (!signal.aborted && this.#wake === changed) {
      const since = (await this.database.syncState.get('checkpoint'))?.value ?? '0'
      let heard: boolean
      try {
        heard = unwrap(await this.api.syncWait(since, this.#options.pollSeconds)).changed
      } catch {
        return
      }
      if (heard && this.#wake === changed) {
        changed()
        return
      }
    }
  }
}

/** The article ids among document ids. */
function articleIds(docs: readonly string[]): string[] {
  return docs.flatMap((doc) => {
    const named = parseDocId(doc)
    return named?.type === 'article' ? [named.key] : []
  })
}

/** Bookkeeping belongs to one database: another one starts from nothing (records stay). */
async function startAfreshIfOtherServer(
  database: ArchiveDatabase,
  server: SyncServerInfo,
): Promise<void> {
  const identity = `${server.url}\n${server.database}`
  const known = await database.syncState.get('server')
  if (known?.value === identity) return
  await database.transaction('rw', database.syncEntries, database.syncState, async () => {
    // The part this laptop keeps is the user's choice, whichever server it is.
    const scope = await database.syncState.get('scope')
    await database.syncEntries.clear()
    await database.syncState.clear()
    await database.syncState.put({ key: 'server', value: identity })
    if (scope !== undefined) await database.syncState.put(scope)
  })
}
