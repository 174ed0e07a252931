import { describe, expect, it } from 'vitest'
import type { Article } from '../../shared/article'
import { carryNotes } from '../archive/carry-notes'
import { editArticle } from '../archive/edit'
import { mergeWithNext, splitArticle } from '../archive/merge-split'
import { makeArticle, paragraphs } from '../archive/testing/articles'
import { anchorFor, locate, readingText } from './anchor'
import { addNote, notesOf, placeHighlights, removeNote, updateNote } from './notes'

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing')
  return value
}

const story = makeArticle(
  '高新区冷链物流园开工',
  paragraphs(
    '园区总投资12亿元，建成后年吞吐量达80万吨。',
    '项目负责人说，冷库一期明年投用，冷库二期随后开工。',
  ),
)

/** Highlights `words` (its `nth` occurrence) in the article's reading text, with a note. */
function highlight(article: Article, words: string, text = '', nth = 0): Article {
  const reading = readingText(article).text
  let start = -1
  for (let i = 0; i <= nth; i += 1) start = reading.indexOf(words, start + 1)
  const result = addNote(article, {
    id: `n${String(notesOf(article).length + 1)}`,
    span: { start, end: start + words.length },
    colour: 'yellow',
    text,
    now: 5,
  })
  if (!result.ok) throw new Error(result.error)
  return result.article
}

function highlightedText(article: Article): string[] {
  const reading = readingText(article)
  const { byPart } = placeHighlights(article)
  return reading.parts.flatMap((part) =>
    (byPart.get(part.key) ?? []).map((h) => part.text.slice(h.start, h.end)),
  )
}

describe('anchors', () => {
  it('find the repeat whose context matches, not the first one', () => {
    const text = readingText(story).text
    const second = text.indexOf('冷库二期')
    const anchor = anchorFor(text, { start: second, end: second + 2 })
    expect(anchor?.quote).toBe('冷库')
    const moved = `新增一段。\n${text}`
    const span = locate(moved, must(anchor))
    expect(moved.slice(must(span).start, must(span).end + 2)).toBe('冷库二期')
  })

  it('follow corrected words between unchanged context, and give up when the context is gone', () => {
    const text = readingText(story).text
    const at = text.indexOf('12亿元')
    const anchor = must(anchorFor(text, { start: at, end: at + '12亿元'.length }))
    const corrected = text.replace('12亿元', '12.5亿元')
    const span = locate(corrected, anchor)
    expect(corrected.slice(must(span).start, must(span).end)).toBe('12.5亿元')
    expect(locate('完全不同的一篇文章，没有任何相同的内容。', anchor)).toBeNull()
  })

  it('stay on corrected words rather than jump to the same words elsewhere', () => {
    const text = '记者王某报道，当地新建冷库。\n另据王某介绍，冷库明年投用。'
    const anchor = must(anchorFor(text, { start: 2, end: 4 }))
    const corrected = text.replace('记者王某', '记者李某')
    const span = must(locate(corrected, anchor))
    expect(corrected.slice(span.start, span.end)).toBe('李某')
  })

  it('re-attach words at the very start or end of the text by the context they had', () => {
    const text = '冷链物流园开工。\n总投资12亿元。'
    const start = must(anchorFor(text, { start: 0, end: 5 }))
    const atStart = must(locate(text.replace('冷链物流园', '冷链产业园'), start))
    expect(atStart).toEqual({ start: 0, end: 5 })
    const end = text.length - 1
    const last = must(anchorFor(text, { start: end - 4, end }))
    const moved = text.replace('12亿元', '15亿元')
    const atEnd = must(locate(moved, last))
    expect(moved.slice(atEnd.start, atEnd.end)).toBe('15亿元')
    // A short context counts only at the edge it was at, not wherever it recurs.
    const bracketed = '《冷链物流园》开工仪式举行。\n总投资12亿元。'
    const inBrackets = must(anchorFor(bracketed, { start: 1, end: 6 }))
    expect(locate('据报道，《冷链产业园》开工仪式举行。\n总投资12亿元。', inBrackets)).toBeNull()
  })

  it('trim white space at the ends of a selection and refuse an empty one', () => {
    expect(anchorFor('甲 乙丙 丁', { start: 1, end: 5 })?.quote).toBe('乙丙')
    expect(anchorFor('甲   丁', { start: 1, end: 3 })).toBeNull()
  })
})

describe('notes through changes', () => {
  it('keep a highlight on its words when the headline is corrected', () => {
    const noted = highlight(story, '年吞吐量达80万吨', '核实数字')
    const edit = editArticle(noted, { title: '高新区冷链物流园今日正式开工建设' }, 9)
    if (!edit.ok || edit.change === null) throw new Error('no edit')
    const [after] = carryNotes(edit.change).after
    expect(highlightedText(must(after))).toEqual(['年吞吐量达80万吨'])
    expect(notesOf(must(after))[0]?.anchor?.start).toBe(
      readingText(must(after)).text.indexOf('年吞吐量'),
    )
  })

  it('mark a note detached when its words are gone, and keep it', () => {
    const noted = highlight(story, '冷库一期明年投用')
    const change = {
      kind: 'edit' as const,
      before: [noted],
      after: [{ ...noted, blocks: paragraphs('全文改写，原句已删去。') }],
    }
    const [after] = carryNotes(change).after
    expect(notesOf(must(after))).toHaveLength(1)
    expect(notesOf(must(after))[0]?.detached).toBe(true)
    expect(placeHighlights(must(after)).detached.map((n) => n.id)).toEqual(['n1'])
  })

  it('go with their words when an article is split, and come together when merged', () => {
    const noted = highlight(highlight(story, '总投资12亿元'), '冷库二期随后开工', '跟进')
    const split = splitArticle(noted, 1, 9)
    if (!split.ok) throw new Error(split.error)
    const [head, tail] = carryNotes(split.change).after
    expect(highlightedText(must(head))).toEqual(['总投资12亿元'])
    expect(highlightedText(must(tail))).toEqual(['冷库二期随后开工'])
    const merged = mergeWithNext(must(head), must(tail), 10)
    if (!merged.ok) throw new Error(merged.error)
    const [one] = carryNotes(merged.change).after
    expect(highlightedText(must(one)).sort()).toEqual(['冷库二期随后开工', '总投资12亿元'])
  })

  it('are removed one by one', () => {
    const noted = highlight(highlight(story, '冷库', '问园区要数据'), '园区', '')
    const removed = removeNote(noted, 'n1', 9)
    expect(removed.ok && notesOf(removed.article).map((n) => n.id)).toEqual(['n2'])
  })

  it('go to the part of a split that holds their words in context, not to the same words elsewhere', () => {
    const two = makeArticle(
      '两会速递',
      paragraphs('记者走进会场。', '会后记者采访了代表，代表谈到乡村振兴。'),
    )
    const noted = highlight(two, '记者', '核实姓名', 1)
    const split = splitArticle(noted, 1, 9)
    if (!split.ok) throw new Error(split.error)
    const [head, tail] = carryNotes(split.change).after
    expect(notesOf(must(head))).toEqual([])
    expect(highlightedText(must(tail))).toEqual(['记者'])
  })

  it('stay as a note change made them: added, edited, removed', () => {
    const one = highlight(story, '冷库一期')
    const two = highlight(one, '总投资', '第二条')
    const added = carryNotes({ kind: 'addNote', before: [one], after: [two] }).after
    expect(notesOf(must(added[0])).map((n) => n.id)).toEqual(['n1', 'n2'])
    const edited = updateNote(two, 'n1', { text: '改过' }, 9)
    if (!edited.ok) throw new Error(edited.error)
    const afterEdit = carryNotes({ kind: 'editNote', before: [two], after: [edited.article] }).after
    expect(notesOf(must(afterEdit[0])).map((n) => n.text)).toEqual(['改过', '第二条'])
    const removed = removeNote(two, 'n2', 9)
    if (!removed.ok) throw new Error(removed.error)
    const afterRemove = carryNotes({ kind: 'removeNote', before: [two], after: [removed.article] })
    expect(notesOf(must(afterRemove.after[0])).map((n) => n.id)).toEqual(['n1'])
  })

  it('leave an article without notes as it was', () => {
    const edit = editArticle(story, { title: '新标题' }, 9)
    if (!edit.ok || edit.change === null) throw new Error('no edit')
    expect(carryNotes(edit.change)).toBe(edit.change)
    expect('notes' in must(edit.change.after[0])).toBe(false)
  })
})
