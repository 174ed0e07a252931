// Tag lists written before they held their article's order keys (db/tag-lists.ts) get them in
// the background, a chunk of articles per transaction, instead of in a schema upgrade: the keys
// are read from the whole articles (text and all), which at 100,000 articles takes half a minute
// that an upgrade would make the user wait before the library shows. Until a list has them, a
// tag filter over it reads the order's index instead, as it did before.
import type { ArchiveDatabase, TagListRecord } from './database'
import { orderKeysOfArticle } from './tag-lists'

const FILL_CHUNK = 1000

/** Fills the order keys of these articles' tag lists where they still lack them; `onFilled`
 * hears each chunk's lists once written. */
export async function fillOrderKeys(
  database: ArchiveDatabase,
  ids: readonly string[],
  onFilled: (lists: readonly TagListRecord[]) => void,
): Promise<void> {
  for (let start = 0; start < ids.length; start += FILL_CHUNK) {
    const chunk = ids.slice(start, start + FILL_CHUNK)
    // Read and written in one transaction: a tagging meanwhile is never overwritten.
    const written = await database.transaction(
      'rw',
      database.articles,
      database.tagLists,
      async (transaction) => {
        const [lists, articles] = await Promise.all([
          database.tagLists.bulkGet(chunk),
          database.articles.bulkGet(chunk),
        ])
        const filled: TagListRecord[] = []
        lists.forEach((list, at) => {
          const article = articles[at]
          if (list === undefined || list.order !== undefined || article === undefined) return
          filled.push({ ...list, order: orderKeysOfArticle(article) })
        })
        // Put beneath Dexie's layers and change events: the lists keep their tags and versions,
        // so nothing that follows them (the search index's outbox, sync, live queries, the tag
        // census's notices) has anything to follow; the census takes the keys from `onFilled`.
        const store = transaction.idbtrans.objectStore('tagLists')
        for (const list of filled) store.put(list)
        return filled
      },
    )
    onFilled(written)
  }
}
