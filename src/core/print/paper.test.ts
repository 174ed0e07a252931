import { describe, expect, it } from 'vitest'
import { gridFor, maxColumns, mmPerPt, papers, spanEm } from './paper'

describe('grids', () => {
  it('sets the textbook grids: 8 columns of 13 小五 characters on a broadsheet', () => {
    const grid = gridFor('2K', 'xiaowu')
    expect(grid.columns).toBe(8)
    expect(grid.columnChars).toBe(13)
    expect(spanEm(grid, 2)).toBe(27)
    expect(spanEm(grid, 3)).toBe(41)
  })

  it('uses 6 columns on A3 and the tabloid, 4 on A4', () => {
    expect(gridFor('A3', 'xiaowu').columns).toBe(6)
    expect(gridFor('4K', 'xiaowu').columns).toBe(6)
    expect(gridFor('A4', 'xiaowu').columns).toBe(4)
  })

  it('keeps the type area on the sheet and centred', () => {
    for (const id of ['A3', 'A4', '4K', '2K'] as const) {
      for (const size of ['wuhao', 'xiaowu'] as const) {
        const grid = gridFor(id, size)
        const widthMm = spanEm(grid, grid.columns) * grid.bodyPt * mmPerPt
        expect(widthMm + 2 * grid.sideMm).toBeCloseTo(papers[id].widthMm, 6)
        expect(grid.sideMm).toBeGreaterThanOrEqual(12)
        expect(grid.lines).toBeGreaterThan(40)
      }
    }
  })

  it('clamps a requested column count to what the paper can set', () => {
    expect(gridFor('A4', 'wuhao', 12).columns).toBe(maxColumns(papers.A4, 'wuhao'))
    expect(gridFor('A3', 'xiaowu', 0).columns).toBe(1)
    expect(gridFor('A3', 'wuhao', 4).columnChars).toBe(17)
  })
})
