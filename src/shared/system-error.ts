// System errors in the user's words. Node reports a failed file operation as English text
// (`EACCES: permission denied, open '…'`); shown inside a Chinese message that reads as noise.
// The errno code picks a plain sentence (`app:systemError.<code>`, both locales); the original
// text travels along as `detail`, for the UI to show on demand.

/** Codes with their own sentence; every other failure gets the generic one (`other`). */
export const systemErrorCodes = [
  'EACCES',
  'EPERM',
  'ENOENT',
  'EISDIR',
  'ENOTDIR',
  'EMFILE',
  'ENFILE',
  'ENOSPC',
  'EROFS',
  'EBUSY',
  'ELOOP',
  'ENAMETOOLONG',
  'EIO',
] as const
export type SystemErrorCode = (typeof systemErrorCodes)[number] | 'other'

/** What a message about a system error carries: the sentence's code and the technical text. */
export interface SystemErrorParams {
  [name: string]: string
  system: SystemErrorCode
  detail: string
}

/** How an API error reads once it crossed IPC (src/preload, src/browser-host/page-bridge). */
const apiErrorPrefix = /^NewsroomApiError\([\w-]+\): /u
/** Node's system errors start with their code: `ENOSPC: no space left on device, write`. */
const leadingCode = /^(E[A-Z0-9]+): /u

function isKnown(code: string): code is (typeof systemErrorCodes)[number] {
  return (systemErrorCodes as readonly string[]).includes(code)
}

/** The technical text of anything thrown: its message, or the value itself. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** True for a failure main reported through the API (a handler threw). */
export function isApiFailure(error: unknown): boolean {
  return apiErrorPrefix.test(errorDetail(error))
}

function codeProperty(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null
  return typeof error.code === 'string' ? error.code : null
}

/**
 * The errno code of a failure: the `code` of a Node error, or — after it crossed IPC, where only
 * the message survives (contextBridge drops custom properties) — the code its message starts with.
 */
export function systemErrorCode(error: unknown): SystemErrorCode {
  const text = errorDetail(error).replace(apiErrorPrefix, '')
  const code = codeProperty(error) ?? leadingCode.exec(text)?.[1] ?? ''
  return isKnown(code) ? code : 'other'
}

export function systemErrorParams(error: unknown): SystemErrorParams {
  return {
    system: systemErrorCode(error),
    detail: errorDetail(error).replace(apiErrorPrefix, ''),
  }
}
