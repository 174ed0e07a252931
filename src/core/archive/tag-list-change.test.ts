import { describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from './testing/articles'
import { applyTagListEdit, invertTagListChange, tagListEdit } from './tag-list-change'

describe('tag list changes', () => {
  const article = makeArticle('冷库建成', paragraphs('正文。'), { tags: ['民生'], updatedAt: 5 })
  const version = { id: article.id, tags: article.tags, updatedAt: article.updatedAt }

  it('applies an edit, and its inverse brings the tags and the time back', () => {
    const edit = tagListEdit(article, ['民生', '经济'], 9)
    const tagged = applyTagListEdit(article, edit)
    expect(tagged).toEqual({ ...version, tags: ['民生', '经济'], updatedAt: 9 })
    const [back] = invertTagListChange({
      kind: 'addTags',
      edits: [edit],
      tagsBefore: [],
      tagsAfter: [],
    }).edits
    if (tagged === null || back === undefined) throw new Error('not applied')
    expect(applyTagListEdit(tagged, back)).toEqual(version)
  })

  it('leaves an article whose tags changed since, and keeps a newer edit’s time', () => {
    const edit = tagListEdit(article, ['民生', '经济'], 9)
    expect(applyTagListEdit({ ...article, tags: ['体育'] }, edit)).toBeNull()
    const retitled = { ...article, tags: ['民生', '经济'], title: '冷库建成投用', updatedAt: 12 }
    const [back] = invertTagListChange({
      kind: 'addTags',
      edits: [edit],
      tagsBefore: [],
      tagsAfter: [],
    }).edits
    if (back === undefined) throw new Error('no edit')
    expect(applyTagListEdit(retitled, back)).toEqual({ ...version, updatedAt: 12 })
  })
})
