import { describe, expect, it } from 'vitest'
import { textLines } from '../formats/text'
import { parseFile } from '../pipeline'
import { accountFor } from '../testing/accounting'
import { displayWidth, unwrapLines, wrapWidth } from './unwrap'

/** Wraps text at `columns` display columns, the way a fixed-width export does. */
function wrap(paragraph: string, columns: number): string {
  const rows: string[] = []
  let row = ''
  for (const char of paragraph) {
    if (displayWidth(row + char) > columns) {
      rows.push(row)
      row = ''
    }
    row += char
  }
  return [...rows, row].join('\n')
}

// Wrapped at 30 columns, several lines carry no punctuation at all: heading-shaped on their own.
const paragraphs = [
  '园区企业昨天举办开放日活动吸引了众多市民前来参观企业负责人介绍了新产品的研发过程和市场前景，市民们纷纷表示很受启发。',
  '活动现场还设置了互动体验区孩子们在工程师的指导下动手组装机器人，现场气氛十分热烈。',
]

describe('hard-wrapped pages', () => {
  const page = `园区举办开放日\n\n${paragraphs.map((p) => wrap(p, 30)).join('\n\n')}\n`

  it('finds the wrap width and joins the wrapped lines back into paragraphs', () => {
    expect(wrapWidth(textLines(page))).toBe(30)
    expect(unwrapLines(textLines(page)).map((line) => line.text)).toEqual([
      '园区举办开放日',
      ...paragraphs,
    ])
  })

  it('does not mistake wrapped lines without punctuation for headings', () => {
    const result = parseFile({ path: 'page.txt', bytes: new TextEncoder().encode(page) })
    expect(result.ok && result.articles.map((a) => [a.title, a.blocks.map((b) => b.type)])).toEqual(
      [['园区举办开放日', ['paragraph', 'paragraph']]],
    )
    expect(result.ok && accountFor(page, result.articles)).toEqual({ missing: '', extra: '' })
  })

  it('rejoins a narrow column under a wider headline, each paragraph opening indented', () => {
    const body = paragraphs.map((p) => wrap(`\u3000\u3000${p}`, 28)).join('\n')
    const page = `园区企业昨天举办开放日活动迎来众多市民\n本报记者 张三\n${body}\n`
    expect(wrapWidth(textLines(page))).toBe(28)
    expect(unwrapLines(textLines(page)).map((line) => line.text)).toEqual([
      '园区企业昨天举办开放日活动迎来众多市民',
      '本报记者 张三',
      ...paragraphs,
    ])
  })

  it('leaves a page alone whose paragraphs run past the width a few short lines share', () => {
    // Two headlines and a sub-heading 20 columns wide, paragraphs far wider: nothing is wrapped.
    const lines = textLines(
      ['园区举办开放日活动周', '本报记者 张三', paragraphs[0], '孩子们动手组装机器人']
        .concat([paragraphs[1], '企业展示最新研发成果', '记者 李四', paragraphs[0]])
        .join('\n'),
    )
    expect(lines.filter((line) => displayWidth(line.text) === 20)).toHaveLength(3)
    expect(wrapWidth(lines)).toBe(0)
    expect(unwrapLines(lines)).toEqual(lines)
  })

  it('leaves verses of one length alone when longer verses run past it', () => {
    // Couplets of twelve characters (24 columns), the longer ones with commas (26): not a width.
    const verses = [
      '春联里的中国年',
      '千门万户曈曈日总把新桃换',
      '庚子山河秀丽春风福寿绵长',
      '迎新升起曙色逐梦竞涌春潮',
      '情寄鼠毫描幸福岁开鸿运纳',
      '风含情，水含笑，吟春心款款',
      '燕儿舞，蝶儿忙，贺岁乐陶陶',
      '路连一带春，一路送来福岁月',
      '春续千秋路，千春奔向梦家园',
      '民富军强中国梦春和福满小',
      '玉鼠奔来开好律红梅怒放报',
      '家和风正立长久世盛光明开',
      '敢追日月敢追梦不负韶华春',
    ]
    const lines = textLines(verses.join('\n'))
    expect(wrapWidth(lines)).toBe(0)
  })

  it('leaves pages of one paragraph per line alone', () => {
    const lines = textLines(paragraphs.join('\n'))
    expect(wrapWidth(lines)).toBe(0)
    expect(unwrapLines(lines)).toEqual(lines)
  })
})
