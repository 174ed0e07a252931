// Weights frozen for reading: an open-addressing table from feature id to a row of weights, so
// scoring a page (tens of lookups per line) costs a multiply and a probe instead of a Map lookup.

export interface WeightTable {
  /** Feature ids by slot; 0 marks an empty slot (ids are never 0: template 0 is `bias:0`, which
   * is stored apart). */
  keys: Int32Array
  /** Row start in `data` by slot. */
  rows: Int32Array
  data: Float32Array
  mask: number
  /** The row of id 0, or -1. */
  zeroRow: number
}

const slotOf = (id: number, mask: number): number => (Math.imul(id, 0x9e3779b1) >>> 0) & mask

export function freeze(map: ReadonlyMap<number, ArrayLike<number>>, width: number): WeightTable {
  let capacity = 16
  while (capacity < map.size * 2) capacity *= 2
  const mask = capacity - 1
  const keys = new Int32Array(capacity)
  const rows = new Int32Array(capacity).fill(-1)
  const data = new Float32Array(map.size * width)
  let zeroRow = -1
  let next = 0
  for (const [id, row] of map) {
    const start = next
    next += width
    for (let k = 0; k < width; k++) data[start + k] = row[k] ?? 0
    if (id === 0) {
      zeroRow = start
      continue
    }
    let slot = slotOf(id, mask)
    while (keys[slot] !== 0) slot = (slot + 1) & mask
    keys[slot] = id
    rows[slot] = start
  }
  return { keys, rows, data, mask, zeroRow }
}

/** Where the row of `id` starts in `table.data`, or -1. */
export function rowOf(table: WeightTable, id: number): number {
  if (id === 0) return table.zeroRow
  let slot = slotOf(id, table.mask)
  for (;;) {
    const key = table.keys[slot] ?? 0
    if (key === id) return table.rows[slot] ?? -1
    if (key === 0) return -1
    slot = (slot + 1) & table.mask
  }
}
