import { describe, expect, it } from 'vitest'
import { makeArticle, paragraphs } from '../archive/testing/articles'
import type { BackupRecord } from '../archive/backup-format'
import { inScope, parseScope, scopeDecision, scopeOf, wholeDatabase } from './scope'

const article = (extra: object): BackupRecord => ({
  type: 'article',
  value: makeArticle('青禾县新建冷库', paragraphs('冷库容量三千吨。'), extra),
})

describe('the part of the bureau a laptop keeps', () => {
  it('keeps a desk tag with every tag below it, papers and years, all criteria together', () => {
    const desk = scopeOf({ tags: ['部门 ／经济'] })
    if (desk === null) throw new Error('not a scope')
    expect(desk.tags).toEqual(['部门/经济'])
    expect(inScope(article({ tags: ['部门/经济/农业'] }), desk)).toBe(true)
    expect(inScope(article({ tags: ['部门/经济'] }), desk)).toBe(true)
    expect(inScope(article({ tags: ['部门/经济学院'] }), desk)).toBe(false)
    expect(inScope(article({ tags: [] }), desk)).toBe(false)

    const paperYears = scopeOf({ papers: ['青禾日报 '], fromYear: 2019, toYear: 2020 })
    if (paperYears === null) throw new Error('not a scope')
    expect(inScope(article({ paper: '青禾日报', date: '2020-12-31' }), paperYears)).toBe(true)
    expect(inScope(article({ paper: '青禾日报', date: '2021-01-01' }), paperYears)).toBe(false)
    expect(inScope(article({ paper: '人民日报', date: '2020-05-01' }), paperYears)).toBe(false)
    expect(inScope(article({ paper: '青禾日报', date: null }), paperYears)).toBe(false)
  })

  it('keeps tags and shared settings everywhere, and everything with no criterion', () => {
    const desk = scopeOf({ tags: ['部门/经济'] })
    if (desk === null) throw new Error('not a scope')
    const tag: BackupRecord = {
      type: 'tag',
      value: { name: '地区', color: null, createdAt: 1, updatedAt: 1 },
    }
    expect(inScope(tag, desk)).toBe(true)
    expect(inScope(article({ tags: [] }), wholeDatabase)).toBe(true)
  })

  it('refuses what is not a scope, and reads an unreadable stored one as everything', () => {
    expect(scopeOf({ fromYear: 2021, toYear: 2020 })).toBeNull()
    expect(scopeOf({ fromYear: 1066 })).toBeNull()
    expect(scopeOf({ papers: Array.from({ length: 51 }, (_, i) => `报${String(i)}`) })).toBeNull()
    expect(scopeOf({ tags: [42] })).toBeNull()
    expect(parseScope('{broken')).toEqual(wholeDatabase)
    expect(parseScope(undefined)).toEqual(wholeDatabase)
    expect(parseScope(JSON.stringify({ papers: ['青禾日报'] })).papers).toEqual(['青禾日报'])
  })

  it('takes off only what is held here and has nothing of this laptop to send', () => {
    const desk = scopeOf({ tags: ['部门/经济'] })
    if (desk === null) throw new Error('not a scope')
    const outside = article({ tags: ['部门/体育'] })
    expect(scopeDecision(outside, true, false, desk)).toBe('takeOff')
    expect(scopeDecision(outside, false, false, desk)).toBe('skip')
    expect(scopeDecision(outside, true, true, desk)).toBe('keep')
    expect(scopeDecision(null, true, false, desk)).toBe('keep')
    expect(scopeDecision(article({ tags: ['部门/经济'] }), false, false, desk)).toBe('keep')
  })
})
