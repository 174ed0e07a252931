// The backup worker: reads the archive from IndexedDB and turns it into the backup file's
// UTF-8 chunks (backup-export.ts), off the page's thread, so a backup of a large archive never
// freezes the window (JSON of a thousand articles at a time, and its garbage, is tens of
// milliseconds each). The page writes each chunk to main while the next one is made.
import { domEndpoint, serve } from '../../shared/rpc'
import type { DomPort } from '../../shared/rpc'
import { openArchiveDatabase } from '../db/database'
import { exportArchive } from './backup-export'
import type { BackupProtocol } from './backup-protocol'

serve<BackupProtocol>(domEndpoint(globalThis as unknown as DomPort), {
  export: async ({ database: name, now }, context) => {
    const database = openArchiveDatabase(name)
    let progress = Promise.resolve()
    try {
      for await (const bytes of exportArchive(database, now, (done, total) => {
        progress = progress.then(() => context.emit({ type: 'progress', done, total }))
      })) {
        await progress
        await context.emit({ type: 'chunk', bytes }, [bytes.buffer])
      }
      await progress
      return null
    } finally {
      database.close()
    }
  },
})
