import { describe, expect, it } from 'vitest'
import {
  isWordCountLine,
  mergeMeta,
  metaFromHeader,
  metaFromHeading,
  metaFromInfoLine,
  metaFromPath,
} from './metadata'

describe('page metadata from paths', () => {
  it.each([
    ['D:\\报纸\\20200501-02-01.txt', { paper: null, date: '2020-05-01', page: 2, section: null }],
    [
      '/home/me/2023-06-20/第5版-园区经济.txt',
      { paper: null, date: '2023-06-20', page: 5, section: '园区经济' },
    ],
    [
      '/archive/高新技术产业导报/2023/06/20/05.txt',
      { paper: '高新技术产业导报', date: '2023-06-20', page: 5, section: null },
    ],
    [
      '/archive/人民日报20240131第三版.html',
      { paper: '人民日报', date: '2024-01-31', page: 3, section: null },
    ],
    [
      '/pages/rmrb-20200502-p01.txt',
      { paper: '人民日报', date: '2020-05-02', page: 1, section: null },
    ],
    [
      '/pages/gmrb/2020-05-02/03.txt',
      { paper: '光明日报', date: '2020-05-02', page: 3, section: null },
    ],
    [
      '/pages/xhmrdx_20200502_p2.md',
      { paper: '新华每日电讯', date: '2020-05-02', page: 2, section: null },
    ],
    ['/notes/random-20200502.txt', { paper: null, date: '2020-05-02', page: null, section: null }],
    ['/notes/随州高新区 报道.txt', { paper: null, date: null, page: null, section: null }],
    ['/notes/2023-02-30.txt', { paper: null, date: null, page: null, section: null }],
  ])('%s', (path, expected) => {
    expect(metaFromPath(path)).toEqual(expected)
  })
})

describe('page header lines', () => {
  it('reads paper, date, page and section', () => {
    expect(metaFromHeader('高新技术产业导报 2023年6月20日 星期二 第5版 园区经济')).toEqual({
      paper: '高新技术产业导报',
      date: '2023-06-20',
      page: 5,
      section: '园区经济',
    })
    expect(metaFromHeader('2023年6月20日 星期二')).toMatchObject({ date: '2023-06-20', page: null })
  })

  it('does not mistake a headline or a sentence for a header', () => {
    expect(metaFromHeader('2023年6月20日，园区举办开放日活动。')).toBeNull()
    expect(metaFromHeader('湘潭高新区：实行“专人+代办”管理专班服务')).toBeNull()
    expect(metaFromHeader('2023年6月20日园区企业集中签约仪式隆重举行')).toBeNull()
  })

  it('merges field by field, the first source that knows a field winning', () => {
    expect(mergeMeta({ page: 3 }, { page: 5, date: '2023-06-20' }, null)).toEqual({
      paper: null,
      date: '2023-06-20',
      page: 3,
      section: null,
    })
  })
})

describe('mastheads and e-paper lines', () => {
  it('reads a masthead line and an e-paper datesource line', () => {
    expect(metaFromHeader('人民日报 2020年5月2日 第1版')).toEqual({
      paper: '人民日报',
      date: '2020-05-02',
      page: 1,
      section: null,
    })
    expect(metaFromHeader('《 人民日报 》（ 2026年06月12日 第 01 版 ）')).toMatchObject({
      paper: '人民日报',
      date: '2026-06-12',
      page: 1,
    })
  })

  it('takes a heading of a name and a date as a masthead, but not a speech’s date alone', () => {
    expect(metaFromHeading('新闻联播 2025年1月2日')).toEqual({
      paper: '新闻联播',
      date: '2025-01-02',
      page: null,
      section: null,
    })
    expect(metaFromHeading('（2019年12月31日）')).toBeNull()
  })

  it('does not read a cross-reference as a page header', () => {
    expect(metaFromHeader('（相关报道见第六版）')).toBeNull()
  })

  it('knows a word count line', () => {
    expect(isWordCountLine('字数：1234')).toBe(true)
    expect(isWordCountLine('字数统计显示，全年增长明显')).toBe(false)
  })

  it('reads the line of fields under a web or WeChat headline, and no sentence that names a date', () => {
    expect(
      metaFromInfoLine('2024-01-02 09:30\u3000来源：新华网\u3000作者：张华\u3000责任编辑：李明'),
    ).toEqual({
      paper: '新华网',
      date: '2024-01-02',
      page: null,
      section: null,
    })
    expect(metaFromInfoLine('原创 江城发布 2024-06-03 08:00 发表于湖北')?.date).toBe('2024-06-03')
    expect(metaFromInfoLine('该成果发表于2024年3月1日出版的科学杂志')).toBeNull()
    expect(metaFromInfoLine('编辑：王小丽')).toBeNull()
    expect(metaFromInfoLine('来源：江城日报，2024年6月3日报道的消息称。')).toBeNull()
  })
})
