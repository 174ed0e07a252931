// The gazetteer's forms and paths, on real divisions.
import { describe, expect, it } from 'vitest'
import { gazetteer } from './gazetteer'
import type { Place } from './gazetteer'

function place(path: string): Place | undefined {
  return gazetteer().find((entry) => entry.path.join('/') === path)
}

describe('gazetteer', () => {
  it('has every province, prefecture and county once with its path', () => {
    expect(place('湖北')?.forms).toEqual(['湖北省', '湖北'])
    expect(place('湖北/武汉')?.forms).toEqual(['武汉市', '武汉'])
    expect(place('湖北/武汉/江夏区')?.forms).toEqual(['江夏区'])
    expect(place('北京/朝阳区')?.level).toBe('county')
    expect(place('湖北/仙桃市')?.level).toBe('county')
    expect(gazetteer().filter((entry) => entry.level === 'province')).toHaveLength(34)
  })

  it('shortens autonomous regions and prefectures without their peoples', () => {
    expect(place('新疆')?.forms).toEqual(['新疆维吾尔自治区', '新疆'])
    expect(place('广西')?.forms).toEqual(['广西壮族自治区', '广西'])
    expect(place('内蒙古')?.forms).toEqual(['内蒙古自治区', '内蒙古'])
    expect(place('湖北/恩施')?.forms).toEqual(['恩施土家族苗族自治州', '恩施州', '恩施'])
    expect(place('新疆/巴音郭楞')?.forms).toContain('巴音郭楞')
  })

  it('keeps short forms that are common words out', () => {
    expect(place('山西/长治')?.forms).toEqual(['长治市'])
  })

  it('has Taiwan’s cities and the world’s countries, not China among them', () => {
    expect(place('台湾/台北')?.forms).toEqual(['台北市', '台北'])
    expect(place('美国')?.level).toBe('country')
    expect(place('中国')).toBeUndefined()
  })
})
