// Registers every API operation on ipcMain through `dispatch`, which checks the sending frame's
// origin and validates the arguments before any handler runs.
import { ipcMain } from 'electron'
import { invokeChannels } from '../../shared/api/contract'
import type { InvokeName } from '../../shared/api/contract'
import { dispatch } from '../dispatch'
import type { Handlers } from '../handlers'

export function registerIpcHandlers(handlers: Handlers, trustedOrigins: readonly string[]): void {
  for (const name of Object.keys(invokeChannels) as InvokeName[]) {
    ipcMain.handle(invokeChannels[name], (event, ...args: unknown[]) =>
      dispatch(handlers, name, args, event.senderFrame?.url, trustedOrigins),
    )
  }
}
