import { describe, expect, it } from 'vitest'
import { addQuoteBreaks, creditLine, isRunInByline, mastheadDate, zwsp } from './text'

describe('addQuoteBreaks', () => {
  it('allows a break between Han and an opening quote and after a closing quote', () => {
    const text = '推行“证书”（即“1+X”证书）制度'
    const result = addQuoteBreaks(text)
    expect(result).toBe(`推行${zwsp}“证书”（即${zwsp}“1+X”${zwsp}证书）制度`)
    expect(result.replaceAll(zwsp, '')).toBe(text)
  })

  it('never breaks after an opening or before a closing quote', () => {
    const result = addQuoteBreaks('他说“好”字')
    expect(result).not.toContain(`“${zwsp}`)
    expect(result).not.toContain(`${zwsp}”`)
  })

  it('leaves quotes next to Latin letters and digits alone', () => {
    expect(addQuoteBreaks('the “quote” 5”')).toBe('the “quote” 5”')
  })
})

describe('bylines and credits', () => {
  it('runs in bracketed openers and stands other bylines alone', () => {
    expect(isRunInByline('本报(特约通讯员 刘澜)')).toBe(true)
    expect(isRunInByline('本报讯（记者 张三）')).toBe(true)
    expect(isRunInByline('本报讯')).toBe(true)
    expect(isRunInByline('► 钟克波 郭海洲')).toBe(false)
    expect(isRunInByline('本报记者 张三 李四')).toBe(false)
  })

  it('writes a source credit as （图片来源：…） and keeps photographer credits', () => {
    expect(creditLine('图片来源:湘潭高新区')).toBe('（图片来源：湘潭高新区）')
    expect(creditLine('（图片来源：桂林高新区）')).toBe('（图片来源：桂林高新区）')
    expect(creditLine('本报记者 张某某 摄')).toBe('本报记者 张某某 摄')
  })
})

describe('mastheadDate', () => {
  it('gives the weekday of a real date', () => {
    expect(mastheadDate('2024-10-21')).toMatchObject({ year: 2024, month: 10, weekdayHan: '一' })
    expect(mastheadDate('2024-02-30')).toBeNull()
    expect(mastheadDate(null)).toBeNull()
  })
})
