// The name Save as PDF suggests, in both languages: a page by paper, date and first page; clippings
// by the search, the one article or the count, and the day.
import { beforeAll, describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { makeArticle, paragraphs } from '../../core/archive/testing/articles'
import { defaultPrintOptions } from '../../shared/print-job'
import { initI18n } from '../i18n/i18n'
import { pdfFileName } from './pdf-name'

beforeAll(async () => {
  await initI18n('zh-CN')
})

const today = new Date(2026, 11, 1, 9, 30)
const rmrb = (title: string, paper: string | null = '人民日报') =>
  makeArticle(title, paragraphs(`${title}的正文。`), { paper, date: '2020-05-02', page: 1 })

describe('pdfFileName', () => {
  it('names a page by its paper, date and page, and clippings by what was searched', () => {
    const t = i18next.getFixedT('zh-CN', 'print')
    const page = { ...defaultPrintOptions, layout: 'page' as const }
    const clipping = { ...defaultPrintOptions, layout: 'clipping' as const }
    const articles = [rmrb('无报名的短讯', null), rmrb('头条'), rmrb('二条')]
    expect(pdfFileName(t, articles, page, { subject: '', today })).toBe('人民日报-2020-05-02-第1版')
    expect(pdfFileName(t, articles, clipping, { subject: ' 高新区 ', today })).toBe(
      '剪报-高新区-2026-12-01',
    )
    expect(pdfFileName(t, [rmrb('头条')], clipping, { subject: '', today })).toBe(
      '剪报-头条-2026-12-01',
    )
    expect(pdfFileName(t, articles, clipping, { subject: '', today })).toBe('剪报-3篇-2026-12-01')
    const en = i18next.getFixedT('en', 'print')
    expect(pdfFileName(en, articles, { ...page, firstPage: 4 }, { subject: '', today })).toBe(
      '人民日报-2020-05-02-page-4',
    )
  })
})
