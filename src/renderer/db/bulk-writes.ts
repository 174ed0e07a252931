// Writes of many articles that change no list's membership or order (tagging a selection, its
// undo and redo) marked while they run, so that the window's live queries (db/use-archive-query)
// read once when they end instead of after every chunk: each such read is a walk of the archive
// that IndexedDB queues between the chunks' transactions (tagging 20,000 articles: 2-3 s of
// 15). Imports are not marked: their rows fill the list as they arrive.
let running = 0
const ended = new Set<() => void>()

/** Runs `task` as a bulk write (nested ones count as one). */
export async function asBulkWrite<T>(task: () => Promise<T>): Promise<T> {
  running += 1
  try {
    return await task()
  } finally {
    running -= 1
    if (running === 0) for (const listener of [...ended]) listener()
  }
}

export function bulkWriteRunning(): boolean {
  return running > 0
}

/** Called when the last running bulk write ends; returns the unsubscribe. */
export function onBulkWritesEnd(listener: () => void): () => void {
  ended.add(listener)
  return () => ended.delete(listener)
}
