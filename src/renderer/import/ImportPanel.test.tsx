// The import report in real Chromium: a file the system refused is told in Chinese; the
// system's own English words are there for whoever helps, folded away.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { initI18n } from '../i18n/i18n'
import { cleanup, render } from '../testing/render'
import { ImportPanel } from './ImportPanel'
import type { ImportState } from './use-import'

beforeAll(async () => {
  await initI18n('zh-CN')
})
afterEach(cleanup)

const detail = "EACCES: permission denied, open '/报纸/第5版.txt'"

const finished: ImportState = {
  jobId: 'job-1',
  running: false,
  cancelled: false,
  failure: null,
  startedAt: 0,
  progress: { files: { done: 1, total: 1 }, bytes: { done: 0, total: 0 }, articles: 0 },
  added: 0,
  duplicates: 0,
  changedFromSource: [],
  files: [
    {
      file: '/报纸/第5版.txt',
      encoding: null,
      articles: 0,
      warnings: [],
      error: { code: 'import:error.unreadable', params: { system: 'EACCES', detail } },
    },
  ],
}

describe('ImportPanel', () => {
  it('says why a file could not be read in Chinese, with the system detail folded', async () => {
    const noop = () => undefined
    await render(
      <ImportPanel
        state={finished}
        onCancel={noop}
        onDismiss={noop}
        onReimport={noop}
        onOpenAt={noop}
      />,
    )
    const item = page.getByRole('listitem').filter({ hasText: '第5版.txt' })
    await expect
      .element(item)
      .toHaveTextContent(
        '/报纸/第5版.txt：无法读取文件：没有权限：系统拒绝了访问。请检查这个文件或文件夹的权限。',
      )
    const folded = item.element().querySelector('details')
    expect(folded?.open).toBe(false)
    expect(folded?.querySelector('summary')?.textContent).toBe('技术细节')
    expect(folded?.querySelector('code')?.textContent).toBe(detail)
    expect(item.element().firstChild?.textContent).not.toContain('permission denied')
  })

  it('keeps the bar where a cancelled import stopped', async () => {
    const noop = () => undefined
    const cancelled: ImportState = {
      ...finished,
      cancelled: true,
      progress: { files: { done: 4, total: 10 }, bytes: { done: 400, total: 1000 }, articles: 31 },
      files: [],
    }
    const container = await render(
      <ImportPanel
        state={cancelled}
        onCancel={noop}
        onDismiss={noop}
        onReimport={noop}
        onOpenAt={noop}
      />,
    )
    await expect.element(page.getByRole('status', { name: '导入已取消' })).toBeVisible()
    expect(container.querySelector('progress')?.value).toBeCloseTo(0.4)
  })
})
