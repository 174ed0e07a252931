// How an import's results reach the renderer: straight from the import worker, through a
// MessagePort. Main checks the request against the grant, starts the worker with it, and hands
// the two ends of a new channel to the worker and to the page; it carries none of the articles.
// A port cannot cross the context bridge, so the preload posts it to the page's window
// (`forwardImportPort`), where the renderer takes it (src/renderer/platform/import-ports.ts).
// The browser host's page bridge posts its own port the same way and relays it to the worker.
import type { Json } from '../json'
import type { Operation, Transfer } from '../rpc'
import type { ImportBatch, ImportSummary } from './contract'

/** What the import worker serves on the port (src/shared/rpc.ts). */
export type ImportPortProtocol = {
  /**
   * Runs the job main started the worker for, once: its batches as they are made, then its
   * summary. Each batch is one JSON string, which crosses processes as a flat copy of its
   * characters rather than a graph of objects walked on both sides.
   */
  import: Operation<null, ImportSummary, Json<ImportBatch>>
}

/** Batches the worker sends before it waits for the renderer to have stored one. */
export const importWindow = 2

/** Job ids as main makes them (src/main/services/import-jobs.ts). */
export const jobIdPattern = /^[a-z0-9-]{1,64}$/u

/** What main sends the preload with the port (channel `portChannels.importPort`). */
export interface ImportPortNotice {
  jobId: string
}

export const importPortMessageType = 'newsroom:import-port'

/** What the page's window receives, the job's port in `event.ports`. */
export interface ImportPortMessage {
  type: typeof importPortMessageType
  jobId: string
}

function isJobId(value: unknown): value is string {
  return typeof value === 'string' && jobIdPattern.test(value)
}

export function isImportPortMessage(value: unknown): value is ImportPortMessage {
  if (typeof value !== 'object' || value === null) return false
  const message = value as Record<string, unknown>
  return message.type === importPortMessageType && isJobId(message.jobId)
}

/** The window the port is posted through, as the preload sees it. */
export interface PortWindow {
  readonly location: { readonly origin: string }
  postMessage(message: unknown, targetOrigin: string, transfer: Transfer[]): void
}

/**
 * The preload's part: posts the port main sent to the page, for this window's own origin only.
 * False (and nothing posted) for anything but one port with a well-formed notice.
 */
export function forwardImportPort(
  target: PortWindow,
  notice: unknown,
  ports: readonly Transfer[],
): boolean {
  if (typeof notice !== 'object' || notice === null || ports.length !== 1) return false
  const { jobId } = notice as Record<string, unknown>
  if (!isJobId(jobId)) return false
  const message: ImportPortMessage = { type: importPortMessageType, jobId }
  target.postMessage(message, target.location.origin, [...ports])
  return true
}
