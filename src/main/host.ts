// What the main-process handlers need from the program hosting them: the Electron app, or the
// browser host that binds the same handlers to a plain Chromium page. Keeps handlers free of
// `electron` so they run under Vitest and in the browser host unchanged.
import type { EventPayloads, ImportSourceKind, PrintOutcome } from '../shared/api/contract'
import type { Locale } from '../shared/locales/types'
import type { LaunchImportWorker } from './import/worker-process'

export interface Host {
  readonly kind: 'electron' | 'browser'
  readonly version: string
  readonly platform: string
  /** The system dialog for files or folders; null when the user cancels. */
  chooseImportSources(kind: ImportSourceKind, locale: Locale): Promise<string[] | null>
  setTaskbarProgress(fraction: number | null): void
  /** The save dialog for a backup file: a path, or null when cancelled. */
  chooseBackupTarget(suggestedName: string, locale: Locale): Promise<string | null>
  /** The save dialog for a citation file (its kind by the name's extension): a path, or null. */
  chooseCitationTarget(suggestedName: string, locale: Locale): Promise<string | null>
  /** The open dialog for a backup file: a path, or null when cancelled. */
  chooseBackupSource(locale: Locale): Promise<string | null>
  /** Opens the print page (`path` + `#job=…` on the app's origin) and the system print dialog. */
  printPage(pathAndHash: string): Promise<PrintOutcome>
  /** Asks where to save (null: cancelled), renders the print page to PDF and writes it. */
  savePdf(
    pathAndHash: string,
    suggestedName: string,
    locale: Locale,
  ): Promise<{ path: string } | null>
  /** Starts an import's worker and hands the page the other end of the job's port. */
  startImportWorker: LaunchImportWorker
  /** Pushes an event to the renderer. */
  send<E extends keyof EventPayloads>(event: E, payload: EventPayloads[E]): void
  /** Called after the language changed (menus are rebuilt). */
  localeChanged(locale: Locale): void
}
