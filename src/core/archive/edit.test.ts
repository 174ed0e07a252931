import { describe, expect, it } from 'vitest'
import { editArticle } from './edit'
import { invertChange, removedIds, removedTagNames, touchedIds } from './change'
import { makeArticle, paragraphs } from './testing/articles'

const article = makeArticle('青禾县新建冷库', paragraphs('冷库容量三千吨。'), { tags: ['经济'] })

describe('editArticle', () => {
  it('corrects headline and metadata, keeps the id and stamps the edit', () => {
    const result = editArticle(
      article,
      { title: ' 青禾县新建大型冷库 ', page: 3, section: '' },
      5_000,
    )
    expect(result.ok).toBe(true)
    if (!result.ok || result.change === null) throw new Error('expected a change')
    expect(result.change.before).toEqual([article])
    const {
      id: _id,
      tags: _tags,
      source: _source,
      sourceLines: _lines,
      importedAt: _i,
      updatedAt: _u,
      ...asImported
    } = article
    expect(result.change.after).toEqual([
      {
        ...article,
        title: '青禾县新建大型冷库',
        page: 3,
        section: null,
        updatedAt: 5_000,
        // The version as imported stays beside the correction, for merges.
        base: asImported,
      },
    ])
  })

  it('cleans lists and reports no change when nothing differs', () => {
    const result = editArticle(article, { title: '青禾县新建冷库', authors: [] }, 5_000)
    expect(result).toEqual({ ok: true, change: null })
    const authors = editArticle(article, { authors: [' 林晓雨', '林晓雨', ' '] }, 5_000)
    expect(authors.ok && authors.change?.after[0]?.authors).toEqual(['林晓雨'])
  })

  it('replaces a derived title with the headline the user types', () => {
    const photo = makeArticle(null, paragraphs('图为村民在田间收割，丰收在望。'), {
      kind: 'photo',
      derivedTitle: '村民在田间收割',
    })
    const result = editArticle(photo, { title: '秋收忙' }, 5_000)
    expect(result.ok && result.change?.after[0]).toMatchObject({
      title: '秋收忙',
      derivedTitle: null,
    })
  })

  it('refuses impossible dates and pages', () => {
    expect(editArticle(article, { date: '2024-02-30' }, 1)).toEqual({
      ok: false,
      error: 'invalidDate',
    })
    expect(editArticle(article, { date: '5月6日' }, 1)).toEqual({ ok: false, error: 'invalidDate' })
    expect(editArticle(article, { page: 0 }, 1)).toEqual({ ok: false, error: 'invalidPage' })
    expect(editArticle(article, { page: 2.5 }, 1)).toEqual({ ok: false, error: 'invalidPage' })
    expect(editArticle(article, { date: null, page: null }, 1).ok).toBe(true)
  })
})

describe('changes', () => {
  it('invert swaps before and after and lists the ids involved', () => {
    const other = makeArticle('另一篇', paragraphs('正文。'))
    const change = { kind: 'merge' as const, before: [article, other], after: [other] }
    expect(invertChange(change)).toEqual({
      kind: 'merge',
      before: [other],
      after: [article, other],
    })
    expect(removedIds(change)).toEqual([article.id])
    expect(touchedIds(change)).toEqual([article.id, other.id])
  })
})

describe('changes with tag records', () => {
  it('invert swaps the tag records too and names the removed ones', () => {
    const old = { name: '经济', color: null, createdAt: 1, updatedAt: 1 }
    const renamed = { name: '财经', color: null, createdAt: 1, updatedAt: 2 }
    const change = {
      kind: 'tagColor' as const,
      before: [],
      after: [],
      tagsBefore: [old],
      tagsAfter: [renamed],
    }
    expect(invertChange(change)).toEqual({ ...change, tagsBefore: [renamed], tagsAfter: [old] })
    expect(removedTagNames(change)).toEqual(['经济'])
  })
})
