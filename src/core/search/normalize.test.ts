import { describe, expect, it } from 'vitest'
import { normalize, normalizeWithMap } from './normalize'

describe('normalize', () => {
  it('folds full-width digits, letters and punctuation to half width', () => {
    expect(normalize('２０２３年，ＫｙｃＰｒｏ！')).toBe('2023年,kycpro!')
  })

  it('folds case', () => {
    expect(normalize('iPhone KYCPRO Straße')).toBe('iphonekycprostraße')
  })

  it('drops no-break, ideographic and repeated spaces, line breaks and invisible characters', () => {
    expect(normalize('新华社\u00a0Beijing\u3000\u30002023  年')).toBe('新华社beijing2023年')
    expect(normalize('一。\r\n二\u200b三\ufeff')).toBe('一。二三')
  })

  it('folds quotation-mark variants', () => {
    expect(normalize('“中朝友好年”「好」‘单’')).toBe(`"中朝友好年""好"'单'`)
  })

  it('folds traditional characters to simplified', () => {
    expect(normalize('隨州高新區')).toBe('随州高新区')
    expect(normalize('國家統計局')).toBe('国家统计局')
  })

  it('composes a letter with a combining accent like its precomposed form', () => {
    expect(normalize('cafe\u0301')).toBe(normalize('café'))
  })

  it('maps normalised ranges back to the original text', () => {
    const original = '在　隨州，２０２３年'
    const normalized = normalizeWithMap(original)
    expect(normalized.text).toBe('在随州,2023年')
    const at = normalized.text.indexOf('2023')
    const range = normalized.toOriginal(at, at + 4)
    expect(original.slice(range.start, range.end)).toBe('２０２３')
    const city = normalized.text.indexOf('随州')
    const cityRange = normalized.toOriginal(city, city + 2)
    expect(original.slice(cityRange.start, cityRange.end)).toBe('隨州')
  })

  it('drops white space between any two characters, whatever their scripts', () => {
    expect(normalize('习近平 总书记')).toBe('习近平总书记')
    expect(normalize('习近平 \r\n\u3000总书记')).toBe('习近平总书记')
    expect(normalize('習近平 總書記')).toBe('习近平总书记')
    expect(normalize('\u{20000} \u{20001}\n中')).toBe('\u{20000}\u{20001}中')
    // Han beside a digit or a letter: a paragraph ending 依法审理 and one starting 2月3日.
    expect(normalize('依法审理\n2月3日')).toBe('依法审理2月3日')
    expect(normalize('网络\n5G')).toBe('网络5g')
    expect(normalize('iPhone 15 发布 2023 年')).toBe('iphone15发布2023年')
    expect(normalize('会议。\n下午')).toBe('会议。下午')
    expect(normalize(' 中 ')).toBe('中')
    expect(normalize('a  b\nc')).toBe('abc')
  })

  it('maps a match across dropped white space back to the original text', () => {
    const original = '会上，习近平\n  总书记指出'
    const normalized = normalizeWithMap(original)
    expect(normalized.text).toBe('会上,习近平总书记指出')
    const at = normalized.text.indexOf('习近平总书记')
    const range = normalized.toOriginal(at, at + 6)
    expect(original.slice(range.start, range.end)).toBe('习近平\n  总书记')
    const second = normalized.text.indexOf('总书记')
    const secondRange = normalized.toOriginal(second, second + 3)
    expect(original.slice(secondRange.start, secondRange.end)).toBe('总书记')
  })

  it('maps an expansion back to the whole original character', () => {
    const original = 'a㍿b'
    const normalized = normalizeWithMap(original)
    expect(normalized.text).toBe('a株式会社b')
    const range = normalized.toOriginal(2, 3)
    expect(original.slice(range.start, range.end)).toBe('㍿')
  })
})
