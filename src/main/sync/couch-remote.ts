// The bureau's CouchDB database over HTTP: the replication calls the sync core needs
// (`_changes` of ids and revisions, also long-polled, `_bulk_docs`, `_all_docs` for the
// documents themselves), in main, where the credentials are. A server answer
// is checked for its shape before it is believed; its documents are checked by the core.
import { z } from 'zod'
import type { CouchDoc } from '../../core/sync/documents'
import type { ChangesPage, PushResult, RemotePort } from '../../core/sync/replicate'

export interface CouchServer {
  /** The database's URL, e.g. `https://archive.bureau.example/bureau-beijing`. */
  url: string
  /** `Basic …`, never logged. */
  authorization?: string
}

export class CouchHttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {
    super(`CouchDB answered ${String(status)}: ${reason}`)
    this.name = 'CouchHttpError'
  }
}

const docSchema = z.looseObject({ _id: z.string().max(1000), _rev: z.string().max(200) })
const changesSchema = z.object({
  results: z.array(
    z.object({
      id: z.string().max(1000),
      changes: z.array(z.object({ rev: z.string().max(200) })).min(1),
    }),
  ),
  last_seq: z.union([z.string(), z.number()]),
  /** CouchDB 2 and later: changes left after this page. */
  pending: z.number().int().min(0).optional(),
})
const waitSchema = z.object({ results: z.array(z.unknown()) })
const infoSchema = z.object({ update_seq: z.union([z.string(), z.number()]) })
const bulkSchema = z.array(
  z.object({ id: z.string(), rev: z.string().optional(), error: z.string().optional() }),
)
const allDocsSchema = z.object({
  rows: z.array(
    z.object({
      key: z.string(),
      value: z.object({ rev: z.string(), deleted: z.boolean().optional() }).optional(),
      doc: docSchema.nullable().optional(),
    }),
  ),
})

/** The count at the head of a sequence: CouchDB's `123-g1AAAA…`, or a plain number. */
function seqCount(seq: string): number | null {
  const match = /^(\d+)/u.exec(seq)
  return match?.[1] === undefined ? null : Number(match[1])
}

/** About how many changes lie between two sequences of one database; null if they do not say. */
export function changesBetween(from: string, to: string): number | null {
  const [start, end] = [seqCount(from), seqCount(to)]
  return start === null || end === null ? null : Math.max(0, end - start)
}

export class CouchRemote implements RemotePort {
  constructor(private readonly server: CouchServer) {}

  async changes(since: string | null, limit: number): Promise<ChangesPage> {
    const query = new URLSearchParams({ limit: String(limit), style: 'main_only' })
    if (since !== null) query.set('since', since)
    const body = changesSchema.parse(await this.#request('GET', `_changes?${query.toString()}`))
    const changes = body.results.map((result) => ({
      id: result.id,
      rev: result.changes[0]?.rev ?? '',
    }))
    const lastSeq = String(body.last_seq)
    // How much is left, for a long sync's progress: as the server says, or — a full page from
    // a server that does not — from its latest sequence; a short page ends the feed.
    const remaining =
      body.pending ?? (changes.length < limit ? 0 : await this.#remainingAfter(lastSeq))
    return remaining === null ? { changes, lastSeq } : { changes, lastSeq, remaining }
  }

  async #remainingAfter(lastSeq: string): Promise<number | null> {
    const info = infoSchema.safeParse(await this.#request('GET', ''))
    return info.success ? changesBetween(lastSeq, String(info.data.update_seq)) : null
  }

  /** Long-polls `_changes` until something changes after `since`, or `seconds` pass. */
  async wait(since: string, seconds: number): Promise<{ changed: boolean }> {
    const query = new URLSearchParams({
      feed: 'longpoll',
      since,
      limit: '1',
      timeout: String(seconds * 1000),
    })
    // Ended here too, a little after the server should have: not every server honours timeout.
    const signal = AbortSignal.timeout((seconds + 2) * 1000)
    try {
      const body = waitSchema.parse(
        await this.#request('GET', `_changes?${query.toString()}`, undefined, signal),
      )
      return { changed: body.results.length > 0 }
    } catch (error) {
      if (signal.aborted) return { changed: false }
      throw error
    }
  }

  async bulkDocs(docs: CouchDoc[]): Promise<PushResult[]> {
    return bulkSchema.parse(await this.#request('POST', '_bulk_docs', { docs }))
  }

  async fetch(ids: string[]): Promise<CouchDoc[]> {
    const body = allDocsSchema.parse(
      await this.#request('POST', '_all_docs?include_docs=true', { keys: ids }),
    )
    return body.rows.flatMap((row): CouchDoc[] => {
      if (row.doc != null) return [row.doc]
      // A deleted document is listed with its tombstone's revision only.
      if (row.value?.deleted === true)
        return [{ _id: row.key, _rev: row.value.rev, _deleted: true }]
      return []
    })
  }

  async #request(
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (this.server.authorization !== undefined) headers.authorization = this.server.authorization
    const response = await fetch(`${this.server.url.replace(/\/$/u, '')}/${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal === undefined ? {} : { signal }),
    })
    const text = await response.text()
    if (!response.ok) throw new CouchHttpError(response.status, text.slice(0, 200))
    return JSON.parse(text) as unknown
  }
}
