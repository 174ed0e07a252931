import { describe, expect, it } from 'vitest'
import { deriveCorpus, random } from './corpus'

const source = [
  { id: 'x1', title: '甲', body: '第一段。\n第二段。', date: '2024-01-01' },
  { id: 'x2', title: '乙', body: '第三段。\n第四段。\n第五段。', date: '2023-01-01' },
]

describe('derived corpus', () => {
  it('is the same for the same seed and different for another', () => {
    expect(deriveCorpus(source, 5, 1)).toEqual(deriveCorpus(source, 5, 1))
    expect(deriveCorpus(source, 5, 1)).not.toEqual(deriveCorpus(source, 5, 2))
  })

  it('recombines source paragraphs into bodies of 1,300–1,600 characters', () => {
    for (const doc of deriveCorpus(source, 20)) {
      expect(doc.body.length).toBeGreaterThanOrEqual(1300)
      expect(doc.body.length).toBeLessThanOrEqual(1600)
      expect(
        doc.body
          .split('\n')
          .slice(0, -1)
          .every((p) => /^第.段。$/.test(p)),
      ).toBe(true)
    }
  })

  it('draws numbers in [0, 1)', () => {
    const next = random(3)
    const values = Array.from({ length: 1000 }, next)
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...values)).toBeLessThan(1)
  })
})
