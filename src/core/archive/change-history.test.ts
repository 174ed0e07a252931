import { describe, expect, it } from 'vitest'
import type { ArticleChange } from './change'
import { ChangeHistory } from './change-history'
import { makeArticle, paragraphs } from './testing/articles'

const a = makeArticle('甲', paragraphs('一。'))
const b = makeArticle('乙', paragraphs('二。'))
const edit: ArticleChange = { kind: 'edit', before: [a], after: [b] }
const removal: ArticleChange = { kind: 'delete', before: [b], after: [] }

describe('ChangeHistory', () => {
  it('undoes newest first and redoes in order', () => {
    const history = new ChangeHistory()
    history.record(edit)
    history.record(removal)
    expect(history.nextUndo).toBe('delete')
    expect(history.peekUndo()).toEqual({ kind: 'delete', before: [], after: [b] })
    history.confirmUndo()
    expect(history.peekUndo()).toEqual({ kind: 'edit', before: [b], after: [a] })
    history.confirmUndo()
    expect(history.canUndo).toBe(false)
    expect(history.peekRedo()).toEqual(edit)
    history.confirmRedo()
    expect(history.peekRedo()).toEqual(removal)
  })

  it('drops the redo line on a new change and keeps at most `limit` changes', () => {
    const history = new ChangeHistory(2)
    history.record(edit)
    history.confirmUndo()
    history.record(removal)
    expect(history.canRedo).toBe(false)
    history.record(edit)
    history.record(edit)
    history.confirmUndo()
    history.confirmUndo()
    expect(history.canUndo).toBe(false)
    history.clear()
    expect(history.canRedo).toBe(false)
  })
})
