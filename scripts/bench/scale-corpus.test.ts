// The pages of bench:scale split back into exactly the articles written into them: recombined
// paragraphs never start an article of their own, and no article runs into the next.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { deriveCorpus, isBodyParagraph } from './derive'
import { loadNewsItems } from './news-items'
import { checkSplit, scaleItems, writeScaleCorpus } from './scale-corpus'

const folders: string[] = []

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })))
})

describe('bench:scale corpus', () => {
  it('splits back into exactly the articles written, headline and text', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'scale-corpus-'))
    folders.push(folder)
    const corpus = await writeScaleCorpus(folder, scaleItems(loadNewsItems(), 900))
    expect(await checkSplit(corpus.pages)).toEqual({ written: 900, found: 900, exact: 900 })
  })

  it('spreads the pages over papers, days and page numbers read from the path', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'scale-corpus-'))
    folders.push(folder)
    const { pages } = await writeScaleCorpus(folder, scaleItems(loadNewsItems(), 400))
    expect(new Set(pages.map((page) => page.paper)).size).toBe(3)
    expect(pages[0]?.path).toMatch(/人民日报\/2016-01-01-01\.txt$/u)
  })

  it('keeps the default derivation (bench:search) as it was', () => {
    const source = [{ id: 'x', title: '甲', body: '短\n第二段。', date: null }]
    const docs = deriveCorpus(source, 3, 1)
    expect(docs.every((doc) => doc.body.length <= 1600 && doc.body.includes('短'))).toBe(true)
  })

  it('takes only full sentences of body text when page-safe', () => {
    expect(isBodyParagraph('国际联播快讯')).toBe(false)
    expect(
      isBodyParagraph('央视网消息（新闻联播）：今天，某地举行了一次很长的会议，讨论了很多事情。'),
    ).toBe(false)
    expect(
      isBodyParagraph('今天，某地举行了一次很长的会议，讨论了很多事情，与会者一致同意。'),
    ).toBe(true)
  })
})
