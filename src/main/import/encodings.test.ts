// The same page saved in every encoding a correspondent's files come in — produced here from the
// reference page — decodes to the same articles.
import { readFileSync } from 'node:fs'
import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { parseFile } from '../../core/import/pipeline'
import type { ParseOutcome } from '../../core/import/pipeline'
import { canEncode, encodeAs } from '../../core/import/testing/encode-legacy'
import { fixturePagePath } from './testing/shared-data'

const page = readFileSync(fixturePagePath, 'utf8')

function articlesOf(outcome: ParseOutcome): unknown {
  if (!outcome.ok) throw new Error(`failed: ${outcome.error.code}`)
  return outcome.articles
}

const parseText = (text: string): unknown =>
  articlesOf(parseFile({ path: 'page.txt', bytes: new TextEncoder().encode(text) }))

describe('every encoding decodes to the same articles', () => {
  const expected = parseText(page)
  const crlf = page.replace(/\n/g, '\r\n')

  for (const encoding of ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'] as const) {
    it(`${encoding}, with Windows line ends`, () => {
      const outcome = parseFile({ path: 'page.txt', bytes: encodeAs(crlf, encoding) })
      expect(outcome.ok && outcome.encoding).toBe(encoding === 'utf-8-bom' ? 'utf-8' : encoding)
      expect(articlesOf(outcome)).toEqual(expected)
    })
  }

  it('Big5, on the page in traditional characters', () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(page)
    // Big5 has no code for two characters of this page; write them as a Big5 page would.
    const big5Text = traditional.replaceAll('►', '■').replaceAll('犇', '奔')
    expect(canEncode(big5Text, 'big5')).toBe(true)
    const outcome = parseFile({ path: 'page.txt', bytes: encodeAs(big5Text, 'big5') })
    expect(outcome.ok && outcome.encoding).toBe('big5')
    const articles = articlesOf(outcome)
    expect(articles).toEqual(parseText(big5Text))
    expect((articles as { title: string | null }[]).map((a) => a.title)[1]).toBe(
      '湘潭高新區：實行“專人+代辦”管理專班服務',
    )
  })

  it('GB18030 text is not mistaken for Big5, nor Big5 for GB18030, on a single short line', () => {
    const short = '本报讯 高新区今年新增企业研发中心十六家。'
    const gb = parseFile({ path: 'a.txt', bytes: encodeAs(short, 'gb18030') })
    expect(gb.ok && gb.encoding).toBe('gb18030')
    const tw = '本報訊 高新區今年新增企業研發中心十六家。'
    const big5 = parseFile({ path: 'b.txt', bytes: encodeAs(tw, 'big5') })
    expect(big5.ok && big5.encoding).toBe('big5')
  })

  it('uses the encoding the user chose over detection', () => {
    const bytes = encodeAs(page, 'gb18030')
    const outcome = parseFile({ path: 'page.txt', bytes, encoding: 'big5' })
    expect(outcome.ok && outcome.encoding).toBe('big5')
    expect(outcome.ok && outcome.articles[0]?.title).not.toBe('随州高新区营造招商护商新“航标”')
  })
})
