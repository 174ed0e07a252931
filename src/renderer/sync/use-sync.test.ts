// What starts a round of sync: a change made here, never sync's own storing of what a colleague
// sent (in real IndexedDB, through Dexie's storagemutated as the window hears it).
import { Dexie } from 'dexie'
import type { ObservabilitySet } from 'dexie'
import { afterAll, describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { docIdOf } from '../../core/sync/documents'
import { openArchiveDatabase } from '../db/database'
import { DexieLocal } from './dexie-local'
import { asksForRound, changedArticles } from './use-sync'

const database = openArchiveDatabase(`test-${crypto.randomUUID()}`)

afterAll(async () => {
  await database.delete()
})

/** What each transaction committed while `write` ran says (asked for a round, by default). */
async function roundsAsked<T = boolean>(
  write: () => Promise<unknown>,
  read: (parts: ObservabilitySet) => T = (parts) => asksForRound(database, parts) as T,
): Promise<T[]> {
  const asked: T[] = []
  const listener = (parts: ObservabilitySet) => {
    asked.push(read(parts))
  }
  Dexie.on('storagemutated', listener)
  try {
    await write()
    await new Promise((resolve) => setTimeout(resolve, 0))
  } finally {
    Dexie.on.storagemutated.unsubscribe(listener)
  }
  return asked
}

describe('what asks bureau sync for a round', () => {
  it('is an edit made here, never sync storing what a colleague sent', async () => {
    await database.open()
    const article = makeArticle('青禾县新建冷库', paragraphs('冷库容量三千吨。'))
    const id = docIdOf('article', article.id)
    const pulled = roundsAsked(() =>
      new DexieLocal(database).commit({
        writes: [{ id, record: { type: 'article', value: article } }],
        entries: [{ id, rev: '1-a', base: { type: 'article', value: article }, pending: false }],
        checkpoint: '1',
      }),
    )
    expect(await pulled).toEqual([false])
    const edited = { ...article, title: '青禾县冷库更正稿', updatedAt: article.updatedAt + 1 }
    expect(await roundsAsked(() => database.articles.put(edited))).toEqual([true])
    expect(await roundsAsked(() => database.searchChunks.put({ key: 'x', data: '' }))).toEqual([
      false,
    ])
  })

  it('names the articles of a few edits, and asks for a look at everything after a bulk one', async () => {
    const changed = (parts: ObservabilitySet) => changedArticles(database, parts)
    const one = makeArticle('县运会开幕', paragraphs('运动员八百名。'))
    expect(await roundsAsked(() => database.articles.put(one), changed)).toEqual([[one.id]])
    expect(await roundsAsked(() => database.articles.delete(one.id), changed)).toEqual([[one.id]])
    const many = Array.from({ length: 60 }, (_, n) =>
      makeArticle(`第${String(n)}号通讯`, paragraphs(`第${String(n)}号稿件。`)),
    )
    expect(await roundsAsked(() => database.articles.bulkPut(many), changed)).toEqual(['all'])
    const tag = { name: '地区', color: null, createdAt: 1, updatedAt: 1 }
    expect(await roundsAsked(() => database.tags.put(tag), changed)).toEqual(['all'])
  })
})
