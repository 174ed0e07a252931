// Choosing the part of the bureau this laptop keeps, in real IndexedDB: what falls outside and
// is in step with the server is taken off; what this laptop still has to send stays.
import { afterAll, describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { docIdOf } from '../../core/sync/documents'
import { scopeOf } from '../../core/sync/scope'
import { openArchiveDatabase } from '../db/database'
import { inStep } from './testing/sync-entries'
import { keepOnly, readReplicaScope } from './replica-scope'

const database = openArchiveDatabase(`test-${crypto.randomUUID()}`)

afterAll(async () => {
  await database.delete()
})

describe('keeping only a desk on this laptop', () => {
  it('takes off what is outside and on the server, keeps what is still to be sent', async () => {
    const desk = makeArticle('青禾县新建冷库', paragraphs('冷库容量三千吨。'), {
      tags: ['部门/经济'],
    })
    const sent = makeArticle('县运会开幕', paragraphs('运动员八百名。'), { tags: ['部门/体育'] })
    const neverSent = makeArticle('县城新开书店', paragraphs('书店藏书两万册。'))
    const editedHere = makeArticle('茶园流转', paragraphs('合作社统一流转茶园。'))
    await database.articles.bulkAdd([desk, sent, neverSent, editedHere])
    await database.syncEntries.bulkAdd([
      inStep(desk.id, desk.updatedAt),
      inStep(sent.id, sent.updatedAt),
      inStep(editedHere.id, editedHere.updatedAt - 1),
    ])
    await database.syncState.put({ key: 'checkpoint', value: '42' })

    const scope = scopeOf({ tags: ['部门/经济'] })
    if (scope === null) throw new Error('not a scope')
    expect(await keepOnly(database, scope)).toBe(1)

    const left = (await database.articles.toCollection().primaryKeys()).sort()
    expect(left).toEqual([desk.id, neverSent.id, editedHere.id].sort())
    expect(await database.syncEntries.get(docIdOf('article', sent.id))).toBeUndefined()
    // The feed is read again from the start, so what newly falls inside arrives.
    expect(await database.syncState.get('checkpoint')).toBeUndefined()
    expect(await readReplicaScope(database)).toEqual(scope)
  })
})
