// Test support: keychains for the bureau server's password.
import type { SecretBox } from '../sync-server'

const refuse = () => Promise.reject(new Error('no keychain'))

/** A machine without a usable keychain. */
export const lockedKeychain: SecretBox = {
  available: () => Promise.resolve(false),
  seal: refuse,
  open: refuse,
}

/** A stand-in that visibly transforms what it seals (base64 of the text, marked), so a test sees
 * the secret is not stored as typed. */
export const testKeychain: SecretBox = {
  available: () => Promise.resolve(true),
  seal: (secret) =>
    Promise.resolve(new TextEncoder().encode(`sealed:${Buffer.from(secret).toString('base64')}`)),
  open: (sealed) =>
    Promise.resolve(
      Buffer.from(new TextDecoder().decode(sealed).replace(/^sealed:/u, ''), 'base64').toString(),
    ),
}
