// Registers every API operation on ipcMain through `dispatch`, which checks the sending frame's
// origin and validates the arguments before any handler runs.
import { ipcMain } from 'electron'
import { invokeChannels, preloadChannels } from '../../shared/api/contract'
import type { InvokeName } from '../../shared/api/contract'
import { dispatch, isTrustedSender } from '../dispatch'
import type { Handlers } from '../handlers'
import type { ImportAccess } from '../services/import-access'

export function registerIpcHandlers(
  handlers: Handlers,
  access: ImportAccess,
  trustedOrigins: readonly string[],
): void {
  // Sent in order with the invokes that follow, so a drop's import finds its path granted.
  ipcMain.on(preloadChannels.grantDroppedPath, (event, path: unknown) => {
    if (isTrustedSender(event.senderFrame?.url, trustedOrigins) && typeof path === 'string') {
      access.grant([path])
    }
  })
  for (const name of Object.keys(invokeChannels) as InvokeName[]) {
    ipcMain.handle(invokeChannels[name], (event, ...args: unknown[]) =>
      dispatch(handlers, name, args, event.senderFrame?.url, trustedOrigins),
    )
  }
}
