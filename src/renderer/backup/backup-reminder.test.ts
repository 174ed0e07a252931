// Real IndexedDB: when the backup reminder is due, snoozed and quiet.
import { describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { freshDatabase } from '../archive/testing'
import { loadBackupReminder, recordBackupDone, snoozeBackupReminder } from './backup-reminder'
import { DAY_MS } from '../../shared/dates'

const unrelated = makeArticle(
  '小学运动会',
  paragraphs('青禾县第一小学举行春季运动会，八百多名学生参加跳绳和拔河。'),
)

describe('backup reminder', () => {
  it('is due when changes are newer than an old backup, and quiet after one', async () => {
    const database = freshDatabase()
    expect(await loadBackupReminder(database, 10 * DAY_MS)).toEqual({ due: false })
    await database.articles.add({ ...unrelated, importedAt: DAY_MS, updatedAt: 2 * DAY_MS })
    expect(await loadBackupReminder(database, 10 * DAY_MS)).toEqual({ due: true, reason: 'never' })
    await recordBackupDone(database, 3 * DAY_MS)
    await database.articles.update(unrelated.id, { updatedAt: 4 * DAY_MS })
    expect(await loadBackupReminder(database, 11 * DAY_MS)).toEqual({
      due: true,
      reason: 'old',
      days: 8,
    })
    await snoozeBackupReminder(database, 12 * DAY_MS)
    expect(await loadBackupReminder(database, 11 * DAY_MS)).toEqual({ due: false })
    await recordBackupDone(database, 11 * DAY_MS)
    expect(await loadBackupReminder(database, 30 * DAY_MS)).toEqual({ due: false })
  })
})
