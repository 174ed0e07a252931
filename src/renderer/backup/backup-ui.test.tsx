// The backup reminder banner in real Chromium on a real archive.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { freshDatabase } from '../archive/testing'
import { initI18n } from '../i18n/i18n'
import { cleanup, render } from '../testing/render'
import { BackupReminderBanner } from './BackupReminderBanner'
import { recordBackupDone } from './backup-reminder'
import { DAY_MS } from '../../shared/dates'

beforeAll(async () => {
  await initI18n('zh-CN')
})
afterEach(cleanup)

describe('BackupReminderBanner', () => {
  it('reminds when changes are not backed up and goes away after a backup', async () => {
    const database = freshDatabase()
    await database.articles.add(
      makeArticle('一', paragraphs('甲。'), { importedAt: DAY_MS, updatedAt: 2 * DAY_MS }),
    )
    await recordBackupDone(database, DAY_MS)
    const onBackUp = vi.fn()
    await render(
      <BackupReminderBanner database={database} onBackUp={onBackUp} now={() => 20 * DAY_MS} />,
    )
    await expect.element(page.getByRole('alert')).toHaveTextContent('上次备份已是 19 天前')
    await page.getByRole('button', { name: '立即备份' }).click()
    expect(onBackUp).toHaveBeenCalledOnce()
    await recordBackupDone(database, 20 * DAY_MS)
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument()
  })
})
