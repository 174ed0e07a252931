// Dexie's storagemutated event names what a committed transaction wrote as parts
// `idb://<database>/<table>/<index>` (here or, through Dexie's BroadcastChannel, in another
// window or worker). The one reading of them: which tables were written.
import type { ObservabilitySet } from 'dexie'

/** The tables the parts name, of the database `name` only when it is given. */
export function writtenTables(parts: ObservabilitySet, name?: string): Set<string> {
  const tables = new Set<string>()
  for (const part of Object.keys(parts)) {
    const [database, table] = part.replace(/^idb:\/\//u, '').split('/')
    if (table !== undefined && (name === undefined || database === name)) tables.add(table)
  }
  return tables
}
