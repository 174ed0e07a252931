// The browser host's stand-in for the system keychain: AES-256-GCM under a key that lives only
// as long as this host process, so a password it sealed is never readable from the profile
// after the host stops (the host is for development and tests, never shipped).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { SecretBox } from '../main/sync/sync-server'

export function sessionKeychain(): SecretBox {
  const key = randomBytes(32)
  const seal = (secret: string): Uint8Array => {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', key, iv)
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), body])
  }
  const open = (sealed: Uint8Array): string => {
    const bytes = Buffer.from(sealed)
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12))
    decipher.setAuthTag(bytes.subarray(12, 28))
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8')
  }
  return {
    available: () => Promise.resolve(true),
    seal: (secret) => Promise.resolve(seal(secret)),
    open: (sealed) => Promise.resolve(open(sealed)),
  }
}
