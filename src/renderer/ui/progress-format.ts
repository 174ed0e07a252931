// Figures for the progress bar: sizes, a time-left estimate from the rate so far, and a clock
// that ticks while something runs.
import { useEffect, useState } from 'react'

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

/** The current time, ticking every second while `running`, for the time-left estimate. */
export function useClock(running: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => {
      setNow(Date.now())
    }, 1000)
    return () => {
      clearInterval(timer)
    }
  }, [running])
  return now
}
