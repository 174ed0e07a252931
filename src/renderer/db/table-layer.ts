// The one shape of this folder's DBCore layers that keep a second table in step with a first:
// every transaction that may need the second is widened to it, and the first table is wrapped
// with access to it, once the schema has it (upgrades from before it run without).
import type { DBCore, DBCoreTable, Dexie } from 'dexie'

export interface TableLayer {
  name: string
  /** Lower levels sit closer to IndexedDB, under the layers above them. */
  level: number
  /** The table wrapped. */
  wraps: string
  /** The table it keeps in step, added to every transaction `widens` says may need it. */
  needs: string
  widens: (stores: readonly string[], mode: 'readonly' | 'readwrite') => boolean
  wrap: (table: DBCoreTable, needed: DBCoreTable) => DBCoreTable
}

/** Installs the layer on a database before it opens. */
export function installTableLayer(database: Dexie, layer: TableLayer): void {
  database.use({
    stack: 'dbcore',
    name: layer.name,
    level: layer.level,
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          layer.widens(stores, mode) && !stores.includes(layer.needs)
            ? [...stores, layer.needs]
            : stores,
          mode,
          options,
        ),
      table: (name) => {
        const table = down.table(name)
        const known = down.schema.tables.some((store) => store.name === layer.needs)
        return name === layer.wraps && known ? layer.wrap(table, down.table(layer.needs)) : table
      },
    }),
  })
}
