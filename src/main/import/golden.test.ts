// The reference page: what a correspondent expects the importer to find in it
// (../shared/fixtures/README.md), read from the shared folder at test time.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFile } from '../../core/import/pipeline'
import type { ParseSuccess } from '../../core/import/pipeline'
import { accountFor } from '../../core/import/testing/accounting'
import { fixturePagePath } from './testing/shared-data'

const bytes = readFileSync(fixturePagePath)
const text = bytes.toString('utf8')

function parsed(): ParseSuccess {
  const result = parseFile({ path: fixturePagePath, bytes })
  if (!result.ok) throw new Error(`fixture failed: ${result.error.code}`)
  return result
}

const paragraphs = (index: number): string[] =>
  (parsed().articles[index]?.blocks ?? []).filter((b) => b.type === 'paragraph').map((b) => b.text)

describe('the reference page', () => {
  it('holds seven articles in page order with their headlines, the sixth a photo item', () => {
    const { articles, encoding } = parsed()
    expect(encoding).toBe('utf-8')
    expect(articles.map((article) => [article.kind, article.title])).toEqual([
      ['article', '随州高新区营造招商护商新“航标”'],
      ['article', '湘潭高新区：实行“专人+代办”管理专班服务'],
      ['article', '江门高新区：“民营企业税讲堂”开讲'],
      ['article', '宁波高新区：博士后工作站再增新动能'],
      ['article', '徐州高新区彰显人才「强磁场」效应'],
      ['photo', null],
      ['article', '洛阳高新区新增16家市级企业研发中心'],
    ])
  })

  it('finds every author, from byline lines, openers and names after the last sentence', () => {
    const { articles } = parsed()
    expect(articles.map((article) => article.authors)).toEqual([
      ['钟克波', '郭海洲'],
      ['刘澜'],
      ['何榕', '卢春燕'],
      ['缪海鸿'],
      ['闫石'],
      [],
      ['王思臣'],
    ])
    expect(articles[0]?.byline).toBe('► 钟克波 郭海洲')
    expect(articles[1]?.byline).toBe('本报(特约通讯员 刘澜)')
    expect(articles[6]?.byline).toBe('本报(特约通讯员 王思臣)')
    // The names at the end leave the last paragraph; it ends with its sentence.
    expect(paragraphs(2).at(-1)).toMatch(/赋能添力。$/)
    expect(paragraphs(4).at(-1)).toMatch(/约10万人。$/)
  })

  it('takes the photo credits and keeps the caption of the photo item', () => {
    const { articles } = parsed()
    expect(articles.map((article) => article.imageCredits)).toEqual([
      [],
      ['图片来源:湘潭高新区'],
      [],
      [],
      [],
      ['图片来源:桂林高新区'],
      [],
    ])
    expect(paragraphs(5)).toHaveLength(1)
    expect(paragraphs(5)[0]).toContain('图为教师代表一行参观')
    // No headline was printed: the first clause of the caption names it, marked as derived.
    const photo = parsed().articles[5]
    expect(photo?.title).toBeNull()
    expect(photo?.derivedTitle).toBe(paragraphs(5)[0]?.split(/[,，。]/)[0])
  })

  it('keeps the three sub-headings inside the first article', () => {
    const subheads = parsed().articles.map((a) =>
      a.blocks.filter((b) => b.type === 'subhead').map((b) => b.text),
    )
    expect(subheads[0]).toEqual([
      '“项目放随州,我放心”',
      '“犇星速度”与“高新温度”',
      '服务企业就是服务发展',
    ])
    expect(subheads.slice(1).flat()).toEqual([])
  })

  it('opens the paragraphs after the byline with their own text', () => {
    expect(paragraphs(1)[0]).toMatch(/^“手把手指导我们/)
    expect(paragraphs(2)[0]).toMatch(/^为全面优化税收营商环境/)
    expect(paragraphs(6)[0]).toMatch(/^近日,洛阳市科技局/)
  })

  it('joins the six paragraphs cut by column breaks, and no others', () => {
    const result = parsed()
    expect(result.joins).toBe(6)
    const body = result.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('\n')
    for (const joined of [
      '挥手一指',
      '随州大数据产业园',
      '再提速40%以上。',
      '民营企业家甄艳霞',
      '博士后管理一直',
      '入企调研活动',
    ]) {
      expect(body).toContain(joined)
    }
    const sourceParagraphs = text.split('\n').filter((line) => line.trim() !== '').length
    const notParagraphs = 6 + 3 + 1 + 2 // headlines, sub-headings, the byline line, credits
    const paragraphCount = result.articles
      .flatMap((a) => a.blocks)
      .filter((b) => b.type === 'paragraph').length
    expect(paragraphCount).toBe(sourceParagraphs - notParagraphs - 6)
  })

  it('keeps the text exactly as written: mixed punctuation untouched', () => {
    const body = parsed().articles.flatMap((a) => a.blocks.map((b) => b.text))
    // Whole sentences of body text, read from the fixture: each must come out unchanged
    // (half-width `,` and `:` stay as they are), possibly inside a paragraph joined across a break.
    const sentences = text
      .split('\n')
      .filter((line) => line.length >= 40 && line.endsWith('。') && !line.startsWith('本报'))
    expect(sentences.length).toBeGreaterThan(20)
    expect(sentences.some((line) => line.includes(','))).toBe(true)
    for (const line of sentences)
      expect(
        body.some((block) => block.includes(line)),
        line,
      ).toBe(true)
  })

  it('loses nothing: every character lands in exactly one field', () => {
    expect(accountFor(text, parsed().articles)).toEqual({ missing: '', extra: '' })
  })

  it('raises no warnings on a well-formed page', () => {
    expect(parsed().warnings).toEqual([])
  })

  it('knows where each article stands in the file', () => {
    const lines = text.split('\n')
    const spans = parsed().articles.map((article) => article.sourceLines)
    expect(spans.map((span) => lines[(span?.first ?? 0) - 1])).toEqual([
      '随州高新区营造招商护商新“航标”',
      '湘潭高新区：实行“专人+代办”管理专班服务',
      '江门高新区：“民营企业税讲堂”开讲',
      '宁波高新区：博士后工作站再增新动能',
      '徐州高新区彰显人才「强磁场」效应',
      '图片来源:桂林高新区',
      '洛阳高新区新增16家市级企业研发中心',
    ])
  })
})
