// Memory of the app under the browser host, read from /proc: the largest renderer (page, Dexie,
// workers) and this Node process (the host, where main's handlers and services run). Sampled
// while an operation runs, so a figure is the peak of that operation, not of the whole session.
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'

/** The browser's renderer processes (page, Dexie, workers). */
export async function rendererPids(page: Page): Promise<number[]> {
  const session = await page.context().browser()?.newBrowserCDPSession()
  if (session === undefined) return []
  const info = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[]
  }
  await session.detach()
  return info.processInfo.filter((entry) => entry.type === 'renderer').map((entry) => entry.id)
}

/** A process's resident size (VmRSS) or its high-water mark (VmHWM), MB; 0 once it is gone. */
export async function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8').catch(() => '')
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024
}

export interface MemoryPeaks {
  rendererMb: number
  mainMb: number
}

/** Runs `work`, sampling memory twice a second; returns its result and the peaks seen. */
export async function withMemoryPeaks<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; peaks: MemoryPeaks }> {
  const pids = await rendererPids(page)
  const peaks: MemoryPeaks = { rendererMb: 0, mainMb: 0 }
  const sample = async () => {
    const renderer = Math.max(0, ...(await Promise.all(pids.map((pid) => statusMb(pid, 'VmRSS')))))
    peaks.rendererMb = Math.max(peaks.rendererMb, renderer)
    peaks.mainMb = Math.max(peaks.mainMb, process.memoryUsage().rss / 2 ** 20)
  }
  await sample()
  const timer = setInterval(() => void sample(), 500)
  try {
    const result = await work()
    await sample()
    return { result, peaks }
  } finally {
    clearInterval(timer)
  }
}
