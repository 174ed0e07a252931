// The preload against the typed fake `electron`: one function per operation of the contract on
// the page's global, and an import job's port handed to the page's window for its own origin
// (the context bridge cannot carry ports), nothing else.
import { afterAll, describe, expect, it, vi } from 'vitest'
import { MessageChannel } from 'node:worker_threads'
import { contextBridge, ipcRenderer } from '../fakes/electron'
import { apiGlobalName, invokeChannels, portChannels } from '../../src/shared/api/contract'
import { importPortMessageType } from '../../src/shared/api/import-port'

afterAll(() => {
  vi.unstubAllGlobals()
})

describe('preload', () => {
  it('exposes the contract, and posts an import port to the page for its own origin', async () => {
    const posted: { message: unknown; origin: string; transfer: unknown[] }[] = []
    vi.stubGlobal('location', { origin: 'app://newsroom' })
    vi.stubGlobal('postMessage', (message: unknown, origin: string, transfer: unknown[]) => {
      posted.push({ message, origin, transfer })
    })
    await import('../../src/preload/index')
    const api = contextBridge.exposed.get(apiGlobalName) as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(invokeChannels), 'pathForFile', 'onMenuCommand', 'onImportEvent'].sort(),
    )
    const listeners = ipcRenderer.listeners.get(portChannels.importPort) ?? []
    expect(listeners).toHaveLength(1)
    const { port1, port2 } = new MessageChannel()
    for (const listener of listeners) {
      listener({ ports: [port1] }, { jobId: '../elsewhere' })
      listener({ ports: [] }, { jobId: 'job-2' })
      listener({ ports: [port1, port2] }, { jobId: 'job-3' })
      listener({ ports: [port1] }, { jobId: 'job-1' })
    }
    expect(posted).toEqual([
      {
        message: { type: importPortMessageType, jobId: 'job-1' },
        origin: 'app://newsroom',
        transfer: [port1],
      },
    ])
    port1.close()
  })
})
