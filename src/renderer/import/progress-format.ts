// Figures for the progress bar: sizes and a time-left estimate from the rate so far.

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${seconds % 60} s`
}

/** Time left at the rate so far; null until there is enough progress to judge (2 %, 1 s). */
export function remainingMs(startedAt: number, now: number, fraction: number): number | null {
  const elapsed = now - startedAt
  if (fraction < 0.02 || elapsed < 1000 || fraction >= 1) return null
  return (elapsed * (1 - fraction)) / fraction
}
