// What a line may be on its own, before the labeller weighs anything: the hard rules.
import { describe, expect, it } from 'vitest'
import { K, S, T, allowedLabels } from './labels'
import { LineCollector } from '../lines'
import { classify } from './units'
import type { Unit } from './units'

/** The line as the importer collects and classifies it. */
function unitOf(text: string): Unit {
  const lines = new LineCollector()
  lines.add(text, 1)
  const [line] = lines.lines
  if (!line) throw new Error('no line')
  return classify(line)
}
const mayHead = (text: string): boolean =>
  [K, T, S].some((label) => allowedLabels(unitOf(text)).includes(label))

describe('lines that can never head an article', () => {
  it('a dateline alone on its line', () => {
    expect(mayHead('央视网消息（新闻联播）：')).toBe(false)
    expect(mayHead('新华社北京5月8日电')).toBe(false)
    // A dateline with text after it is a paragraph anyway; a headline naming an agency is not.
    expect(mayHead('新华社记者走进边防哨所')).toBe(true)
  })

  it('a date alone', () => {
    expect(mayHead('2024年6月3日')).toBe(false)
    expect(mayHead('2024年6月3日的那场雪')).toBe(true)
  })

  it('a sentence followed by its authors’ names', () => {
    expect(mayHead('有关部门负责人参加会见。 陈晓明')).toBe(false)
    expect(mayHead('有关部门负责人参加会见。（记者 陈晓明）')).toBe(false)
    expect(mayHead('陈晓明 李红')).toBe(true)
    // A column tag naming a role is not a signature.
    expect(mayHead('让基层干部轻装上阵（评论员观察）')).toBe(true)
    expect(mayHead('致敬负重前行的勇士！(记者手记)')).toBe(true)
  })
})
