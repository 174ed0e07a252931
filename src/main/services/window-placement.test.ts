import { describe, expect, it } from 'vitest'
import { restorableBounds } from './window-placement'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 }

describe('restorableBounds', () => {
  it('puts the window back where it was when that place is on a screen', () => {
    const bounds = { x: 1600, y: 100, width: 1200, height: 800 }
    expect(restorableBounds({ bounds, maximized: false }, [laptop, monitor])).toEqual(bounds)
  })

  it('centres the window when its screen is gone', () => {
    const bounds = { x: 1600, y: 100, width: 1200, height: 800 }
    expect(restorableBounds({ bounds, maximized: false }, [laptop])).toBeNull()
  })

  it('centres the window on first start', () => {
    expect(restorableBounds(null, [laptop])).toBeNull()
  })
})
