// A tag as the archive stores it and a backup carries it.
export interface TagRecord {
  /** Full hierarchical name, `/`-separated: `地区/湖北/随州`. */
  name: string
  /** CSS colour (`#rrggbb`) or null. */
  color: string | null
  /** Epoch milliseconds. */
  createdAt: number
  /** Epoch milliseconds of the last rename or colour change: the newer colour wins on restore. */
  updatedAt: number
}

/** Colours are stored as lower-case `#rrggbb` only: nothing else reaches a style attribute. */
export function normalizeTagColor(color: string | null): string | null {
  if (color === null) return null
  const match = /^#?([0-9a-f]{6})$/iu.exec(color.trim())
  return match?.[1] === undefined ? null : `#${match[1].toLowerCase()}`
}
