import { describe, expect, it } from 'vitest'
import type { Article } from '../../shared/article'
import { assignLineRole } from './line-role'
import type { LineRole } from './line-role'
import { makeArticle, paragraphs } from './testing/articles'

const squeeze = (text: string) => text.replace(/\s+/gu, '')
/** Every character of the article's text fields, in no order: what must never be lost. */
function characters(article: Article): string {
  const texts = [article.kicker, article.title, article.subtitle, article.byline]
  const all = [...texts, ...article.imageCredits, ...article.blocks.map((b) => b.text)]
  return Array.from(squeeze(all.join('')))
    .sort()
    .join('')
}

function assigned(article: Article, line: string, role: LineRole): Article {
  const result = assignLineRole(article, line, role, 99)
  if (!result.ok || result.change === null) throw new Error('no change')
  const after = result.change.after[0]
  if (after === undefined) throw new Error('no article')
  expect(characters(after)).toBe(characters(article))
  expect(after.updatedAt).toBe(99)
  return after
}

describe('assignLineRole', () => {
  const swapped = makeArticle(
    '习近平出席',
    paragraphs('京津冀协同发展座谈会召开', '会议指出，要……'),
    {
      kicker: null,
    },
  )

  it('brings a headline lost in the body back on top; the old headline becomes the kicker', () => {
    const fixed = assigned(swapped, '京津冀协同发展座谈会召开', 'title')
    expect(fixed.title).toBe('京津冀协同发展座谈会召开')
    const kicker = assigned(fixed, '习近平出席', 'kicker')
    expect([kicker.kicker, kicker.title]).toEqual(['习近平出席', '京津冀协同发展座谈会召开'])
    expect(kicker.blocks.map((b) => b.text)).toEqual(['会议指出，要……'])
    expect(kicker.base?.title).toBe('习近平出席')
  })

  it('swaps kicker and headline, and makes a sub-heading or a credit of a paragraph', () => {
    const article = makeArticle('某某代表——', paragraphs('一', '坚持人民至上', '二'), {
      kicker: '扎根基层二十年',
    })
    const fixed = assigned(article, '扎根基层二十年', 'title')
    expect([fixed.kicker, fixed.title]).toEqual(['某某代表——', '扎根基层二十年'])
    const subhead = assigned(fixed, '坚持人民至上', 'subhead')
    expect(subhead.blocks[1]).toEqual({ type: 'subhead', text: '坚持人民至上' })
    const credit = assigned(fixed, '二', 'credit')
    expect(credit.imageCredits).toEqual(['二'])
  })

  it('takes a line joined to the paragraph after it out of that paragraph', () => {
    const joined = makeArticle('旧标题', paragraphs('新标题 正文第一句。', '第二段。'))
    const fixed = assigned(joined, '新标题', 'title')
    expect(fixed.title).toBe('新标题')
    expect(fixed.blocks.map((b) => b.text)).toEqual(['旧标题', '正文第一句。', '第二段。'])
  })

  it('changes nothing for a line already in its role, and says when the line is not there', () => {
    expect(assignLineRole(swapped, '习近平出席', 'title', 1)).toEqual({ ok: true, change: null })
    expect(assignLineRole(swapped, '另一篇的标题', 'title', 1)).toEqual({
      ok: false,
      error: 'lineNotFound',
    })
  })
})
