// Selecting articles in a list the way desktop users expect: click selects one, Ctrl/Cmd-click
// toggles one, Shift-click selects the range from the anchor, arrows move, Ctrl/Cmd+A takes all.

export interface Selection {
  ids: ReadonlySet<string>
  /** Where a Shift-click range starts. */
  anchor: string | null
  /** The article open in the reader. */
  focused: string | null
}

export const emptySelection: Selection = { ids: new Set(), anchor: null, focused: null }

export interface ClickModifiers {
  /** Shift: extend from the anchor. */
  range: boolean
  /** Ctrl (Cmd on macOS): add or remove one. */
  toggle: boolean
}

function rangeBetween(order: readonly string[], from: string, to: string): string[] {
  const start = order.indexOf(from)
  const end = order.indexOf(to)
  if (start < 0 || end < 0) return [to]
  return order.slice(Math.min(start, end), Math.max(start, end) + 1)
}

export function clickSelection(
  current: Selection,
  id: string,
  modifiers: ClickModifiers,
  order: readonly string[],
): Selection {
  if (modifiers.range && current.anchor !== null) {
    const ids = new Set(rangeBetween(order, current.anchor, id))
    if (modifiers.toggle) for (const kept of current.ids) ids.add(kept)
    return { ids, anchor: current.anchor, focused: id }
  }
  if (modifiers.toggle) {
    const ids = new Set(current.ids)
    if (ids.has(id)) ids.delete(id)
    else ids.add(id)
    return { ids, anchor: id, focused: ids.has(id) ? id : current.focused }
  }
  return { ids: new Set([id]), anchor: id, focused: id }
}

/** Arrow keys: move the focus (and the selection with it; Shift extends the range). */
export function moveSelection(
  current: Selection,
  step: number,
  extend: boolean,
  order: readonly string[],
): Selection {
  if (order.length === 0) return current
  const at = current.focused === null ? -1 : order.indexOf(current.focused)
  const next = order[Math.min(order.length - 1, Math.max(0, at + step))]
  if (next === undefined) return current
  return clickSelection(current, next, { range: extend, toggle: false }, order)
}

export function selectAll(current: Selection, order: readonly string[]): Selection {
  return {
    ids: new Set(order),
    anchor: current.anchor ?? order[0] ?? null,
    focused: current.focused,
  }
}

/** The selected ids in list order. */
export function selectedInOrder(selection: Selection, order: readonly string[]): string[] {
  return order.filter((id) => selection.ids.has(id))
}
