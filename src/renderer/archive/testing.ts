// Test support: a fresh archive database per test, deleted afterwards.
import { afterEach } from 'vitest'
import { openArchiveDatabase } from '../db/database'
import type { ArchiveDatabase } from '../db/database'
import { onArticlesChanged } from './change-announcements'
import type { ArticlesChangedKind } from './change-announcements'

const open: ArchiveDatabase[] = []

afterEach(async () => {
  await Promise.all(open.splice(0).map((database) => database.delete()))
})

export function freshDatabase(): ArchiveDatabase {
  const database = openArchiveDatabase(`test-${crypto.randomUUID()}`)
  open.push(database)
  return database
}

/** Records every change announcement, as the search index would receive them. */
export function recordChanges(database: ArchiveDatabase): [ArticlesChangedKind, string[]][] {
  const events: [ArticlesChangedKind, string[]][] = []
  onArticlesChanged(database, (ids, kind) => {
    events.push([kind, [...ids]])
  })
  return events
}
