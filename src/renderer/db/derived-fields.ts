// Fields the archive stores only to index them, added to every article as it is written and
// taken off again as it is read, so that no writer has to remember them and no reader (the
// reader, a backup, a comparison) ever sees them. Today: `titleKey`, the headline's pinyin sort
// key (shared/sort-key.ts), which the library's headline order reads from its index, and
// `noted`, 1 on an article with notes, which the list of all notes reads.
import type { DBCore, DBCoreTable, Dexie } from 'dexie'
import { sortKey } from '../../shared/sort-key'

/** The value with the fields derived from it, as it is stored. */
export function withDerived(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  const { title, derivedTitle } = value as { title?: unknown; derivedTitle?: unknown }
  const headline = typeof title === 'string' ? title : derivedTitle
  // No headline: no key, so the index leaves the article out (the library lists it last).
  const titleKey = typeof headline === 'string' && headline !== '' ? sortKey(headline) : undefined
  const { notes } = value as { notes?: unknown }
  const noted = Array.isArray(notes) && notes.length > 0 ? 1 : undefined
  return { ...value, titleKey, noted }
}

function withoutDerived(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (!('titleKey' in value) && !('noted' in value)) return value
  const { titleKey: _key, noted: _noted, ...article } = value as Record<string, unknown>
  return article
}

function articlesTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (request) =>
      request.type === 'add' || request.type === 'put'
        ? table.mutate({ ...request, values: request.values.map(withDerived) })
        : table.mutate(request),
    get: async (request): Promise<unknown> => withoutDerived(await table.get(request)),
    getMany: async (request): Promise<unknown[]> =>
      ((await table.getMany(request)) as unknown[]).map(withoutDerived),
    openCursor: async (request) => {
      const cursor = await table.openCursor(request)
      if (cursor === null || !request.values) return cursor
      // The IndexedDB cursor's own getters read from it; only the value is changed.
      return Object.create(cursor, {
        key: { get: (): unknown => cursor.key },
        primaryKey: { get: (): unknown => cursor.primaryKey },
        value: { get: () => withoutDerived(cursor.value) },
      }) as typeof cursor
    },
    query: async (request) => {
      const response = await table.query(request)
      return request.values
        ? { ...response, result: response.result.map(withoutDerived) }
        : response
    },
  }
}

/** Installs the derived fields on a database before it opens. */
export function deriveArticleFields(database: Dexie): void {
  database.use({
    stack: 'dbcore',
    name: 'DerivedFields',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => (name === 'articles' ? articlesTable(down.table(name)) : down.table(name)),
    }),
  })
}
