// What a round sends, in real IndexedDB: after a few edits the window heard, exactly those
// (edited, added or deleted here), without looking through the archive; after anything else,
// every change found from the archive's versions.
import { afterAll, describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { docIdOf } from '../../core/sync/documents'
import { openArchiveDatabase } from '../db/database'
import { inStep } from './testing/sync-entries'
import { DexieLocal } from './dexie-local'

const database = openArchiveDatabase(`test-${crypto.randomUUID()}`)

afterAll(async () => {
  await database.delete()
})

const pendingIds = async (local: DexieLocal) => (await local.pending(100)).map((e) => e.id).sort()

describe('what a round of sync sends', () => {
  it('after a few edits, those; after anything else, every change in the archive', async () => {
    const kept = makeArticle('青禾县新建冷库', paragraphs('冷库容量三千吨。'))
    const edited = makeArticle('县运会开幕', paragraphs('运动员八百名。'))
    const deleted = makeArticle('茶园流转', paragraphs('合作社统一流转茶园。'))
    const added = makeArticle('县城新开书店', paragraphs('书店藏书两万册。'))
    const editedElsewhere = makeArticle('乡村学校开学', paragraphs('新学期有三百名学生。'))
    await database.articles.bulkAdd([kept, edited, added, editedElsewhere])
    await database.syncEntries.bulkAdd([
      inStep(kept.id, kept.updatedAt),
      inStep(edited.id, edited.updatedAt - 1),
      inStep(deleted.id, deleted.updatedAt),
      inStep(editedElsewhere.id, editedElsewhere.updatedAt - 1),
    ])
    const heard = new Set([kept.id, edited.id, deleted.id, added.id])
    const few = new DexieLocal(database, { changed: heard })
    const doc = (id: string) => docIdOf('article', id)
    expect(await pendingIds(few)).toEqual([doc(edited.id), doc(deleted.id), doc(added.id)].sort())
    expect(await pendingIds(new DexieLocal(database, { changed: new Set() }))).toEqual([])
    expect(await pendingIds(new DexieLocal(database, { changed: 'all' }))).toEqual(
      [doc(edited.id), doc(deleted.id), doc(added.id), doc(editedElsewhere.id)].sort(),
    )
  })
})
