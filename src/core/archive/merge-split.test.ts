import { describe, expect, it } from 'vitest'
import type { Article } from '../../shared/article'
import { articleId } from '../../shared/article-id'
import { mergeWithNext, splitArticle } from './merge-split'
import { makeArticle, paragraphs } from './testing/articles'

const first = makeArticle('石桥村共享厨房开张', paragraphs('老人三元吃午饭。', '村里出资装修。'), {
  authors: ['林晓雨'],
  tags: ['民生'],
  continuation: { from: null, to: 5 },
  importedAt: 2_000,
})
const second = makeArticle('志愿者轮流掌勺', paragraphs('每天两荤一素。'), {
  authors: ['周泽', '林晓雨'],
  imageCredits: ['石桥村委会'],
  tags: ['民生', '志愿服务'],
  page: null,
  importedAt: 1_500,
})

function only(result: ReturnType<typeof mergeWithNext>): Article[] {
  if (!result.ok) throw new Error(result.error)
  return result.change.after
}

describe('mergeWithNext', () => {
  it('joins the texts, turning the second headline into a sub-heading, under a new id', () => {
    const [merged] = only(mergeWithNext(first, second, 9_000))
    expect(merged).toBeDefined()
    if (merged === undefined) return
    expect(merged.title).toBe('石桥村共享厨房开张')
    expect(merged.blocks).toEqual([
      ...first.blocks,
      { type: 'subhead', text: '志愿者轮流掌勺' },
      ...second.blocks,
    ])
    expect(merged.id).toBe(articleId(merged))
    expect(merged.id).not.toBe(first.id)
    expect(merged).toMatchObject({
      authors: ['林晓雨', '周泽'],
      imageCredits: ['石桥村委会'],
      tags: ['民生', '志愿服务'],
      page: 2,
      continuation: null,
      importedAt: 1_500,
      updatedAt: 9_000,
    })
  })

  it('records both originals so undo restores them exactly', () => {
    const result = mergeWithNext(first, second, 9_000)
    expect(result.ok && result.change.before).toEqual([first, second])
    expect(mergeWithNext(first, first, 1)).toEqual({ ok: false, error: 'sameArticle' })
  })
})

describe('splitArticle', () => {
  it('splits at a paragraph; a sub-heading there becomes the second headline', () => {
    const [merged] = only(mergeWithNext(first, second, 9_000))
    if (merged === undefined) throw new Error('no merge')
    const parts = only(splitArticle(merged, 2, 10_000))
    expect(parts.map((part) => [part.title, part.blocks])).toEqual([
      [first.title, first.blocks],
      [second.title, second.blocks],
    ])
    // Same text as before the merge, so the same ids come back.
    expect(parts.map((part) => part.id)).toEqual([first.id, second.id])
    expect(parts.every((part) => part.updatedAt === 10_000)).toBe(true)
  })

  it('gives the tail no headline when it opens with a paragraph, and splits jump lines', () => {
    const parts = only(splitArticle(first, 1, 3_000))
    expect(parts[1]).toMatchObject({ title: null, blocks: paragraphs('村里出资装修。') })
    expect(parts[0]?.continuation).toBeNull()
    expect(parts[1]?.continuation).toEqual({ from: null, to: 5 })
    expect(new Set(parts.map((part) => part.id)).size).toBe(2)
  })

  it('refuses split points outside the body and halves with the same text', () => {
    expect(splitArticle(first, 0, 1)).toEqual({ ok: false, error: 'nothingToSplit' })
    expect(splitArticle(first, 2, 1)).toEqual({ ok: false, error: 'nothingToSplit' })
    const twice = makeArticle(null, paragraphs('同一句。', '同一句。'))
    expect(splitArticle(twice, 1, 1)).toEqual({ ok: false, error: 'sameText' })
  })
})

describe('what split and merge keep', () => {
  const paged = { file: 'pages/2024-05-06.txt', encoding: 'utf-8', offset: 0 }
  it('names a split-off story without a heading by its first sentence, as derived', () => {
    const article = makeArticle(
      '石桥村共享厨房开张',
      paragraphs('老人三元吃午饭。', '另一则消息，县里修好了桥。'),
    )
    const result = splitArticle(article, 1, 9_000)
    if (!result.ok) throw new Error(result.error)
    expect(result.change.after[1]).toMatchObject({ title: null, derivedTitle: '另一则消息' })
    expect(result.change.after[0]?.derivedTitle).toBeNull()
  })

  it('covers the lines of both articles when they came from one file', () => {
    const a = makeArticle('一', paragraphs('甲。'), {
      source: paged,
      sourceLines: { first: 3, last: 9 },
    })
    const b = makeArticle('二', paragraphs('乙。'), {
      source: paged,
      sourceLines: { first: 11, last: 20 },
    })
    const [merged] = only(mergeWithNext(a, b, 9_000))
    expect(merged?.sourceLines).toEqual({ first: 3, last: 20 })
  })
})
