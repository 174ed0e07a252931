import { describe, expect, it } from 'vitest'
import {
  clickSelection,
  emptySelection,
  moveSelection,
  selectAll,
  selectedInOrder,
} from './selection'

const order = ['a', 'b', 'c', 'd', 'e']
const plain = { range: false, toggle: false }

describe('article selection', () => {
  it('selects one article with a click and opens it', () => {
    const picked = clickSelection(emptySelection, 'c', plain, order)
    expect([...picked.ids]).toEqual(['c'])
    expect(picked.focused).toBe('c')
  })

  it('extends a range with Shift and toggles with Ctrl/Cmd', () => {
    let selection = clickSelection(emptySelection, 'b', plain, order)
    selection = clickSelection(selection, 'd', { range: true, toggle: false }, order)
    expect(selectedInOrder(selection, order)).toEqual(['b', 'c', 'd'])
    selection = clickSelection(selection, 'c', { range: false, toggle: true }, order)
    expect(selectedInOrder(selection, order)).toEqual(['b', 'd'])
    selection = clickSelection(selection, 'a', { range: false, toggle: true }, order)
    expect(selectedInOrder(selection, order)).toEqual(['a', 'b', 'd'])
    // Shift-click goes from the last toggled article.
    selection = clickSelection(selection, 'c', { range: true, toggle: false }, order)
    expect(selectedInOrder(selection, order)).toEqual(['a', 'b', 'c'])
  })

  it('moves with the arrow keys, extending with Shift, and stops at the ends', () => {
    let selection = moveSelection(emptySelection, 1, false, order)
    expect(selection.focused).toBe('a')
    selection = moveSelection(selection, 1, true, order)
    selection = moveSelection(selection, 1, true, order)
    expect(selectedInOrder(selection, order)).toEqual(['a', 'b', 'c'])
    selection = moveSelection(selection, -10, false, order)
    expect([...selection.ids]).toEqual(['a'])
  })

  it('selects everything in the list', () => {
    const all = selectAll(clickSelection(emptySelection, 'c', plain, order), order)
    expect(selectedInOrder(all, order)).toEqual(order)
    expect(all.focused).toBe('c')
  })
})
