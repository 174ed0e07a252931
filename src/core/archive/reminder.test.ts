import { describe, expect, it } from 'vitest'
import { backupReminder } from './reminder'
import { DAY_MS } from '../../shared/dates'

const base = {
  now: 30 * DAY_MS,
  articleCount: 10,
  firstChangeAt: DAY_MS,
  lastChangeAt: 20 * DAY_MS,
}

describe('backupReminder', () => {
  it('reminds when the archive changed since a backup older than the interval', () => {
    expect(backupReminder({ ...base, lastBackupAt: 10 * DAY_MS })).toEqual({
      due: true,
      reason: 'old',
      days: 20,
    })
    expect(backupReminder({ ...base, lastBackupAt: 25 * DAY_MS })).toEqual({ due: false })
    expect(backupReminder({ ...base, lastBackupAt: 21 * DAY_MS })).toEqual({ due: false })
    expect(backupReminder({ ...base, lastBackupAt: 10 * DAY_MS, intervalDays: 30 })).toEqual({
      due: false,
    })
  })

  it('reminds a day after the first import when there was never a backup', () => {
    expect(backupReminder({ ...base, lastBackupAt: null })).toEqual({ due: true, reason: 'never' })
    expect(
      backupReminder({ ...base, firstChangeAt: base.now - 1_000, lastBackupAt: null }),
    ).toEqual({ due: false })
  })

  it('stays quiet for an empty archive and while snoozed', () => {
    expect(backupReminder({ ...base, articleCount: 0, lastBackupAt: null })).toEqual({ due: false })
    expect(backupReminder({ ...base, lastBackupAt: null, snoozedUntil: base.now + 1 })).toEqual({
      due: false,
    })
  })
})
