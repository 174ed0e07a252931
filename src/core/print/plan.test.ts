import { describe, expect, it } from 'vitest'
import type { PagePlan, PlacedModule } from './layout'
import type { ArticleMetrics } from './metrics'
import { gridFor } from './paper'
import type { Grid } from './paper'
import { planClippings, planPages } from './plan'
import { capacity, jumpLines, moduleCapacity } from './shape'
import { seededRandom, randomInt } from '../../shared/random'
import { bodyFrames } from './typesetting'

/** Invented metrics: head blocks shrink as modules widen; bodies of various lengths. */
function article(id: string, bodyLines: number, photo = false, photoStory = false): ArticleMetrics {
  const widths = [1, 2, 3, 4, 5, 6, 7, 8]
  return {
    id,
    head: {
      lead: widths.map((w) => Math.max(6, 14 - w)),
      normal: widths.map((w) => Math.max(3, 9 - 2 * w)),
      continued: widths.map(() => 3),
    },
    bodyLines: photoStory ? 0 : bodyLines,
    photo: photo ? widths.map((w) => 6 * w + 2) : null,
    photoStory,
  }
}

const selection: ArticleMetrics[] = [
  article('lead', 320, true),
  article('a', 140),
  article('b', 90),
  article('c', 260),
  article('d', 60),
  article('photo', 0, true, true),
  article('e', 45),
  article('f', 700),
]

function cells(module: PlacedModule): string[] {
  const result: string[] = []
  for (let x = module.x; x < module.x + module.w; x++) {
    for (let y = module.y; y < module.y + module.h; y++) result.push(`${module.sheet}:${x}:${y}`)
  }
  return result
}

function expectSound(plan: PagePlan, grid: Grid, metrics: readonly ArticleMetrics[]) {
  const seen = new Set<string>()
  for (const module of plan.sheets.flatMap((sheet) => sheet.modules)) {
    expect(module.x).toBeGreaterThanOrEqual(0)
    expect(module.x + module.w).toBeLessThanOrEqual(grid.columns)
    expect(module.y).toBeGreaterThanOrEqual(0)
    expect(module.y + module.h).toBeLessThanOrEqual(grid.lines)
    for (const cell of cells(module)) {
      expect(seen.has(cell), `overlap at ${cell}`).toBe(false)
      seen.add(cell)
    }
  }
  for (const m of metrics) {
    const parts = plan.sheets.flatMap((s) => s.modules).filter((mod) => mod.articleId === m.id)
    expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => i))
    const room = parts.reduce((sum, p) => sum + capacity(m, p.w, p.bodyRows, p.part === 0), 0)
    if (m.bodyLines > 0) expect(room, `room for ${m.id}`).toBeGreaterThanOrEqual(m.bodyLines)
    const photo = parts[0]?.photo
    if (m.photo !== null) expect(parts[0]?.bodyRows).toBeGreaterThanOrEqual(photo?.lines ?? 1)
    parts.forEach((p, i) => {
      const next = parts[i + 1]
      expect(p.jumpTo).toBe(next?.sheet ?? null)
      if (next !== undefined) expect(next.jumpFrom).toBe(p.sheet)
      if (next !== undefined && plan.layout === 'page') expect(next.sheet).toBeGreaterThan(p.sheet)
    })
  }
}

describe('planPages', () => {
  const grid = gridFor('A3', 'xiaowu')

  it('places every article without overlaps, with room for all its text', () => {
    const plan = planPages(selection, grid)
    expectSound(plan, grid, selection)
  })

  it('puts the lead at the top left, widest, with the lead headline', () => {
    const plan = planPages(selection, grid)
    const lead = plan.sheets[0]?.modules.find((m) => m.articleId === 'lead')
    expect(lead).toMatchObject({ sheet: 0, x: 0, y: 0, variant: 'lead', part: 0 })
    const others = plan.sheets.flatMap((s) => s.modules).filter((m) => m.articleId !== 'lead')
    for (const module of others) expect(module.w).toBeLessThanOrEqual(lead?.w ?? 0)
    expect(others.every((m) => m.variant !== 'lead')).toBe(true)
  })

  it('tiles each full sheet: modules reach the module below or the foot', () => {
    const plan = planPages(selection, grid)
    for (const sheet of plan.sheets) {
      for (let x = 0; x < grid.columns; x++) {
        const column = sheet.modules.filter((m) => m.x <= x && x < m.x + m.w)
        if (column.length === 0) continue
        const filled = column.reduce((sum, m) => sum + m.h, 0)
        expect(filled, `sheet ${sheet.index} column ${x}`).toBe(grid.lines)
      }
    }
  })

  it('continues an article too long for the sheet with jump lines both ways', () => {
    const long = [article('huge', 2200), article('x', 80)]
    const plan = planPages(long, grid)
    const parts = plan.sheets.flatMap((s) => s.modules).filter((m) => m.articleId === 'huge')
    expect(parts.length).toBeGreaterThan(1)
    expect(parts[0]?.jumpTo).toBe(parts[1]?.sheet)
    expect(parts[1]?.variant).toBe('continued')
    expect(parts[0]?.bodyRows).toBe(grid.lines - (parts[0]?.headLines ?? 0) - jumpLines - 1)
    expectSound(plan, grid, long)
  })

  it('sizes every continuation for the text its earlier parts leave: no blank block under it', () => {
    const random = seededRandom(7)
    for (let trial = 0; trial < 24; trial++) {
      const g = [gridFor('A3', 'xiaowu'), gridFor('A4', 'wuhao'), gridFor('2K', 'xiaowu')][
        trial % 3
      ]
      if (g === undefined) continue
      const picked = Array.from({ length: 3 + randomInt(random, 6) }, (_, i) =>
        article(`t${trial}-${i}`, 40 + randomInt(random, 2400)),
      )
      const plan = planPages(picked, g)
      expectSound(plan, g, picked)
      for (const m of picked) {
        const parts = plan.sheets.flatMap((s) => s.modules).filter((p) => p.articleId === m.id)
        const last = parts[parts.length - 1]
        if (parts.length < 2 || last === undefined) continue
        const room = parts.reduce(
          (sum, p) => sum + moduleCapacity({ ...p, bodyRows: p.bodyRows - p.stretch }),
          0,
        )
        expect(room - m.bodyLines, `blank under ${m.id} on sheet ${last.sheet}`).toBeLessThan(
          2 * last.w,
        )
      }
    }
  })

  it('improves on the greedy packing and is deterministic', () => {
    const greedy = planPages(selection, grid, { iterations: 0 })
    const annealed = planPages(selection, grid)
    expect(annealed.score.total).toBeLessThanOrEqual(greedy.score.total)
    expect(planPages(selection, grid)).toEqual(annealed)
  })

  it('fills the broadsheet and A4 grids soundly too', () => {
    for (const g of [gridFor('2K', 'xiaowu'), gridFor('A4', 'wuhao'), gridFor('4K', 'wuhao')]) {
      expectSound(planPages(selection, g), g, selection)
    }
  })

  it('plans nothing for no articles', () => {
    expect(planPages([], grid).sheets).toEqual([])
  })
})

describe('planClippings', () => {
  it('gives each article its own sheets across the full width', () => {
    const grid = gridFor('A4', 'xiaowu')
    const plan = planClippings(selection, grid)
    expectSound(plan, grid, selection)
    for (const sheet of plan.sheets) {
      expect(sheet.modules).toHaveLength(1)
      expect(sheet.modules[0]?.w).toBe(grid.columns)
    }
    const ids = plan.sheets.map((s) => s.modules[0]?.articleId)
    expect(new Set(ids).size).toBe(selection.length)
    expect(ids.filter((id) => id === 'f').length).toBeGreaterThan(1)
  })
})

describe('bodyFrames', () => {
  it('starts the columns under a photo below it and leaves out covered columns', () => {
    expect(bodyFrames({ w: 3, bodyRows: 20, photo: { span: 2, lines: 8 } })).toEqual([
      { column: 0, row: 1, rows: 20 },
      { column: 1, row: 9, rows: 12 },
      { column: 2, row: 9, rows: 12 },
    ])
    expect(bodyFrames({ w: 2, bodyRows: 8, photo: { span: 2, lines: 8 } })).toEqual([])
  })
})
