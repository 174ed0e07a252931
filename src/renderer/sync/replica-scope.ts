// This laptop's part of the bureau's database (core/sync/scope), kept in syncState. Choosing
// another part takes off what falls outside it and is in step with the server (changes of this
// laptop's still to send stay, and articles never sent), and reads the server's feed again from
// the start, so what newly falls inside arrives with the next round.
import { docIdOf } from '../../core/sync/documents'
import { inScope, parseScope } from '../../core/sync/scope'
import type { ReplicaScope } from '../../core/sync/scope'
import { announceChanges } from '../archive/change-announcements'
import type { ArchiveDatabase } from '../db/database'

const CHUNK = 1000

export async function readReplicaScope(database: ArchiveDatabase): Promise<ReplicaScope> {
  return parseScope((await database.syncState.get('scope'))?.value)
}

/** Articles outside `scope`, found with a read of the whole archive (a choice made rarely). */
async function outsideIds(database: ArchiveDatabase, scope: ReplicaScope): Promise<string[]> {
  const ids: string[] = []
  await database.articles.each((value) => {
    if (!inScope({ type: 'article', value }, scope)) ids.push(value.id)
  })
  return ids
}

/** Takes off the articles of `ids` that are in step with the server, in one transaction. */
async function takeOff(database: ArchiveDatabase, ids: readonly string[]): Promise<string[]> {
  return database.transaction('rw', database.articles, database.syncEntries, async () => {
    const docs = ids.map((id) => docIdOf('article', id))
    const [articles, entries] = await Promise.all([
      database.articles.bulkGet([...ids]),
      database.syncEntries.bulkGet(docs),
    ])
    const gone = ids.filter((_, i) => {
      const entry = entries[i]
      const article = articles[i]
      return (
        article !== undefined &&
        entry !== undefined &&
        entry.pending === 0 &&
        entry.version === article.updatedAt
      )
    })
    await database.articles.bulkDelete(gone)
    await database.syncEntries.bulkDelete(gone.map((id) => docIdOf('article', id)))
    return gone
  })
}

/** Keeps only `scope` on this laptop from now on; resolves to the number of articles taken off. */
export async function keepOnly(database: ArchiveDatabase, scope: ReplicaScope): Promise<number> {
  await database.transaction('rw', database.syncState, async () => {
    await database.syncState.put({ key: 'scope', value: JSON.stringify(scope) })
    await database.syncState.delete('checkpoint')
  })
  const outside = await outsideIds(database, scope)
  let taken = 0
  for (let start = 0; start < outside.length; start += CHUNK) {
    const gone = await takeOff(database, outside.slice(start, start + CHUNK))
    taken += gone.length
    if (gone.length > 0) announceChanges(database, { added: [], updated: [], deleted: gone })
  }
  return taken
}
