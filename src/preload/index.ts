// The preload: one function per API operation over ipcRenderer, checked against the shared
// contract with `satisfies`, and the one thing the context bridge cannot carry: the port of an
// import job, handed to the page's window. Nothing else of Electron reaches the page.
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import type { IpcRendererEvent } from 'electron'
import {
  apiGlobalName,
  eventChannels,
  invokeChannels,
  portChannels,
  preloadChannels,
} from '../shared/api/contract'
import { forwardImportPort } from '../shared/api/import-port'
import type { PortWindow } from '../shared/api/import-port'
import type {
  ApiEnvelope,
  EventPayloads,
  InvokeArgs,
  InvokeName,
  InvokeResult,
  NewsroomApi,
} from '../shared/api/contract'

async function invoke<K extends InvokeName>(
  name: K,
  ...args: InvokeArgs<K>
): Promise<InvokeResult<K>> {
  const envelope = (await ipcRenderer.invoke(invokeChannels[name], ...args)) as ApiEnvelope
  if (envelope.ok) return envelope.value as InvokeResult<K>
  throw new Error(`${envelope.error.name}(${envelope.error.code}): ${envelope.error.message}`)
}

function subscribe<E extends keyof EventPayloads>(
  event: E,
  listener: (payload: EventPayloads[E]) => void,
): () => void {
  const channel = eventChannels[event]
  const wrapped = (_event: IpcRendererEvent, payload: EventPayloads[E]) => {
    listener(payload)
  }
  ipcRenderer.on(channel, wrapped)
  return () => {
    ipcRenderer.removeListener(channel, wrapped)
  }
}

const api = {
  getAppInfo: () => invoke('getAppInfo'),
  getSettings: () => invoke('getSettings'),
  setLocale: (locale) => invoke('setLocale', locale),
  chooseImportSources: (kind) => invoke('chooseImportSources', kind),
  sampleImportSources: () => invoke('sampleImportSources'),
  startImport: (request) => invoke('startImport', request),
  beginBackupWrite: (name) => invoke('beginBackupWrite', name),
  writeBackupChunk: (token, chunk) => invoke('writeBackupChunk', token, chunk),
  finishBackupWrite: (token) => invoke('finishBackupWrite', token),
  abortBackupWrite: (token) => invoke('abortBackupWrite', token),
  beginBackupRead: () => invoke('beginBackupRead'),
  readBackupChunk: (token, offset, length) => invoke('readBackupChunk', token, offset, length),
  endBackupRead: (token) => invoke('endBackupRead', token),
  printArticles: (job) => invoke('printArticles', job),
  savePrintPdf: (job) => invoke('savePrintPdf', job),
  saveCitationFile: (name, text) => invoke('saveCitationFile', name, text),
  setTaskbarProgress: (fraction) => invoke('setTaskbarProgress', fraction),
  getSyncServer: () => invoke('getSyncServer'),
  setSyncServer: (input) => invoke('setSyncServer', input),
  forgetSyncServer: () => invoke('forgetSyncServer'),
  syncChanges: (since, limit) => invoke('syncChanges', since, limit),
  syncBulkDocs: (docs) => invoke('syncBulkDocs', docs),
  syncFetch: (ids) => invoke('syncFetch', ids),
  syncWait: (since, seconds) => invoke('syncWait', since, seconds),
  pathForFile: (file) => {
    try {
      const path = webUtils.getPathForFile(file)
      if (path === '') return null
      ipcRenderer.send(preloadChannels.grantDroppedPath, path)
      return path
    } catch {
      return null
    }
  },
  onMenuCommand: (listener) => subscribe('menuCommand', listener),
  onImportEvent: (listener) => subscribe('importEvent', listener),
} satisfies NewsroomApi

contextBridge.exposeInMainWorld(apiGlobalName, api)

// Posted to this window for its own origin, where the renderer takes it
// (src/renderer/platform/import-ports.ts). Only main sends on this channel.
ipcRenderer.on(portChannels.importPort, (event, notice: unknown) => {
  forwardImportPort(globalThis as unknown as PortWindow, notice, event.ports)
})
