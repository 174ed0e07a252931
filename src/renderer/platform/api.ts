// The API main exposes to the page (preload in Electron, bindings in the browser host).
// Absent when the renderer runs on its own (component tests): callers handle null.
import { apiGlobalName } from '../../shared/api/contract'
import type { NewsroomApi } from '../../shared/api/contract'

export function getApi(): NewsroomApi | null {
  const candidate = (globalThis as Record<string, unknown>)[apiGlobalName]
  return candidate === undefined ? null : (candidate as NewsroomApi)
}
