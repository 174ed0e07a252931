// The system keychain through Electron's safeStorage (Keychain on macOS, DPAPI on Windows), for
// the bureau server's password.
import { safeStorage } from 'electron'
import type { SecretBox } from '../sync/sync-server'

export const systemKeychain: SecretBox = {
  available: () => safeStorage.isAsyncEncryptionAvailable(),
  seal: (secret) => safeStorage.encryptStringAsync(secret),
  open: async (sealed) => (await safeStorage.decryptStringAsync(Buffer.from(sealed))).result,
}
