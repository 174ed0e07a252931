// The API the renderer may call, declared once. The preload implements it over ipcRenderer
// (checked with `satisfies NewsroomApi`); the browser host binds the same main-process handlers
// to a plain Chromium page. It imports only shared types, so the sandboxed preload can import it.
import type {
  ChangesPage,
  CouchDoc,
  PushResult,
  ChangesWait,
  SyncReply,
  SyncServerInfo,
  SyncServerInput,
  SyncServerResult,
} from './sync'
import type { ArchiveJob } from '../print-job'
import type { Article, PageMeta } from '../article'
import type { Locale } from '../locales/types'

/** A translatable message: a locale key plus its parameters. Never prose. */
export interface MessageRef {
  code: string
  params?: Record<string, string | number>
}

export interface AppInfo {
  name: string
  version: string
  platform: string
  /** `electron` in the desktop app, `browser` when hosted in plain Chromium. */
  host: 'electron' | 'browser'
}

export interface Settings {
  locale: Locale
}

/** Windows and Linux dialogs pick files or folders, never both at once. */
export type ImportSourceKind = 'files' | 'folders'

/** Encodings the user may force for a file (labels TextDecoder knows). */
export const encodingChoices = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const
export type EncodingChoice = (typeof encodingChoices)[number]

/** What the user chose to import and how. */
export interface ImportRequest {
  paths: string[]
  /** Decode these files (path as shown in the report) with the given encoding, not the detected one. */
  encodings?: Record<string, EncodingChoice> | undefined
  /** Metadata the user set for the whole batch; wins over what is found in paths. */
  meta?: Partial<PageMeta> | undefined
}

/** An article as the importer hands it over; the renderer adds tags and timestamps. */
export type ImportedArticle = Omit<Article, 'tags' | 'importedAt' | 'updatedAt'>

export interface ImportFileReport {
  file: string
  encoding: string | null
  articles: number
  warnings: MessageRef[]
  error: MessageRef | null
}

/** A file's page text, kept with its articles so its source can be shown without the disk. */
export interface ImportedSource {
  file: string
  text: string
}

export interface ImportProgress {
  files: { done: number; total: number }
  bytes: { done: number; total: number }
  articles: number
}

/** What an import hands over at a time: at most ~200 articles or ~4 MB. */
export interface ImportBatch {
  articles: ImportedArticle[]
  /** Files finished since the previous batch (a file's report comes with its last articles). */
  files: ImportFileReport[]
  /** The page text of those files that imported. */
  sources: ImportedSource[]
  progress: ImportProgress
}

/** How an import ended. */
export interface ImportSummary {
  cancelled: boolean
  files: number
  failed: number
  /** Articles delivered in batches (after a cancel: only those). */
  articles: number
  /** Files inside folders left out: hidden, READMEs or of another format. */
  skipped: number
}

/**
 * Main's word on an import whose worker ended before answering (it crashed or was stopped).
 * The results themselves never pass through main: they come over the job's port
 * (src/shared/api/import-port.ts).
 */
export type ImportEvent = { type: 'failed'; jobId: string; failure: MessageRef }

export interface PrintOutcome {
  printed: boolean
  /** Why not, when not printed (`cancelled`, `failed`, …). */
  reason: string | null
}

/** Commands from the application menu and its shortcuts. */
export type MenuCommand =
  | 'import'
  | 'search'
  | 'print'
  | 'undo'
  | 'redo'
  | 'backup'
  | 'restore'
  | 'duplicates'
  | 'highlight'
  | 'notes'
  | 'about'

export type Unsubscribe = () => void

export interface NewsroomApi {
  getAppInfo(): Promise<AppInfo>
  getSettings(): Promise<Settings>
  setLocale(locale: Locale): Promise<void>
  /** Opens the system dialog for files or for folders; null when cancelled. */
  chooseImportSources(kind: ImportSourceKind): Promise<string[] | null>
  /** The bundled sample page, for the first-run screen. */
  sampleImportSources(): Promise<string[]>
  /**
   * Starts an import of what the user chose; its results then come over the job's own port,
   * which is also where it is cancelled (src/shared/api/import-port.ts).
   */
  startImport(request: ImportRequest): Promise<{ jobId: string }>
  /** The system print dialog for a print job (archived articles and the print options). */
  printArticles(job: ArchiveJob): Promise<PrintOutcome>
  /** Save as PDF: asks where, writes the file; null when the user cancels. */
  savePrintPdf(job: ArchiveJob): Promise<{ path: string } | null>
  /** Asks where to save citations (`.ris`, `.json` or `.txt`, by the suggested name) and writes
   * the text as UTF-8; null when the user cancels. */
  saveCitationFile(suggestedName: string, text: string): Promise<{ path: string } | null>
  /** Asks where to save a backup; then chunks are written and the file appears on finish. */
  beginBackupWrite(suggestedName: string): Promise<{ token: string; path: string } | null>
  writeBackupChunk(token: string, chunk: Uint8Array): Promise<void>
  /** Flushes and renames the temporary file over the target: never a half-written backup. */
  finishBackupWrite(token: string): Promise<{ path: string }>
  abortBackupWrite(token: string): Promise<void>
  /** Asks which backup (or colleague's export) to open; then it is read in chunks. */
  beginBackupRead(): Promise<{ token: string; size: number; path: string } | null>
  readBackupChunk(token: string, offset: number, length: number): Promise<Uint8Array>
  endBackupRead(token: string): Promise<void>
  /** Taskbar/dock progress: 0..1, or null to clear. */
  setTaskbarProgress(fraction: number | null): Promise<void>
  /** The bureau server this laptop syncs with (never its password), or null. */
  getSyncServer(): Promise<SyncServerInfo | null>
  /** Tries the server and keeps it, the password sealed in the system keychain. */
  setSyncServer(input: SyncServerInput): Promise<SyncServerResult>
  forgetSyncServer(): Promise<void>
  /** The bureau database's changes since a checkpoint (null: from the start), with documents. */
  syncChanges(since: string | null, limit: number): Promise<SyncReply<ChangesPage>>
  /** Writes documents, each as a revision of the one named (`_rev`). */
  syncBulkDocs(docs: CouchDoc[]): Promise<SyncReply<PushResult[]>>
  /** The current revisions of documents. */
  syncFetch(ids: string[]): Promise<SyncReply<CouchDoc[]>>
  /** Waits (long poll, at most `seconds`) until the database changes after the checkpoint. */
  syncWait(since: string, seconds: number): Promise<SyncReply<ChangesWait>>
  /** The file-system path of a dropped file (Electron's webUtils), or null. */
  pathForFile(file: File): string | null
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe
  onImportEvent(listener: (event: ImportEvent) => void): Unsubscribe
}

/** The request/response operations: every NewsroomApi method that returns a Promise. */
export type InvokeName = {
  [K in keyof NewsroomApi]: ReturnType<NewsroomApi[K]> extends Promise<unknown> ? K : never
}[keyof NewsroomApi]

export type InvokeArgs<K extends InvokeName> = Parameters<NewsroomApi[K]>
export type InvokeResult<K extends InvokeName> = Awaited<ReturnType<NewsroomApi[K]>>

/** IPC channel of each invoke operation. */
export const invokeChannels = {
  getAppInfo: 'app:get-info',
  getSettings: 'settings:get',
  setLocale: 'settings:set-locale',
  chooseImportSources: 'import:choose-sources',
  sampleImportSources: 'import:sample-sources',
  startImport: 'import:start',
  beginBackupWrite: 'backup:begin-write',
  writeBackupChunk: 'backup:write-chunk',
  finishBackupWrite: 'backup:finish-write',
  abortBackupWrite: 'backup:abort-write',
  beginBackupRead: 'backup:begin-read',
  readBackupChunk: 'backup:read-chunk',
  endBackupRead: 'backup:end-read',
  printArticles: 'print:print',
  savePrintPdf: 'print:save-pdf',
  saveCitationFile: 'citation:save-file',
  setTaskbarProgress: 'window:set-progress',
  getSyncServer: 'sync:get-server',
  setSyncServer: 'sync:set-server',
  forgetSyncServer: 'sync:forget-server',
  syncChanges: 'sync:changes',
  syncBulkDocs: 'sync:bulk-docs',
  syncFetch: 'sync:fetch',
  syncWait: 'sync:wait',
} as const satisfies Record<InvokeName, string>

/**
 * Used by the preload itself, not exposed to the page: a path the user dropped on the window
 * (from Electron's webUtils, which only knows real dropped files) may then be imported.
 */
export const preloadChannels = {
  grantDroppedPath: 'import:grant-dropped-path',
} as const

/** Channels main uses to push events to the renderer. */
export const eventChannels = {
  menuCommand: 'event:menu-command',
  importEvent: 'event:import',
} as const

/** Channels main sends MessagePorts on (webContents.postMessage); the preload hands each port to
 * the page's window, since the context bridge cannot carry ports. */
export const portChannels = {
  importPort: 'port:import',
} as const

export type EventPayloads = {
  menuCommand: MenuCommand
  importEvent: ImportEvent
}

/** The global the preload (or the browser host) installs in the page. */
export const apiGlobalName = 'newsroom'

/** The error every handler answers a bad call with. */
export interface ApiErrorShape {
  name: 'NewsroomApiError'
  code: 'bad-sender' | 'bad-arguments' | 'failed'
  message: string
}

/** What every invoke answers over the wire; the preload unwraps it. */
export type ApiEnvelope = { ok: true; value: unknown } | { ok: false; error: ApiErrorShape }
