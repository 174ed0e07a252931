// The bureau server this laptop syncs with: its address, the database, the user and the
// password, kept in a small file in the profile with the password sealed by the system keychain
// (Electron safeStorage); the renderer is only ever told the address, database and user. A new
// server is tried before it is kept, so a mistyped password is said at once.
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { checkServerUrl } from '../../core/sync/server-url'
import type { SyncServerInput, SyncServerInfo, SyncServerResult } from '../../shared/api/sync'
import { writeFileAtomic } from '../services/atomic-file'
import { CouchRemote } from './couch-remote'

/** Seals a secret for this user on this machine (the system keychain). */
export interface SecretBox {
  available(): Promise<boolean>
  seal(secret: string): Promise<Uint8Array>
  open(sealed: Uint8Array): Promise<string>
}

const storedSchema = z.object({
  url: z.string(),
  database: z.string(),
  user: z.string(),
  password: z.string(),
})

type Stored = z.infer<typeof storedSchema>

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`

export class SyncServerStore {
  readonly #file: string
  #stored: Stored | null = null

  constructor(
    directory: string,
    private readonly secrets: SecretBox,
  ) {
    this.#file = join(directory, 'sync-server.json')
  }

  async load(): Promise<void> {
    try {
      const parsed = storedSchema.safeParse(JSON.parse(await readFile(this.#file, 'utf8')))
      this.#stored = parsed.success ? parsed.data : null
    } catch {
      this.#stored = null
    }
  }

  describe(): SyncServerInfo | null {
    if (this.#stored === null) return null
    const { url, database, user } = this.#stored
    return { url, database, user }
  }

  async configure(input: SyncServerInput): Promise<SyncServerResult> {
    const checked = checkServerUrl(input.url, input.database)
    if (!checked.ok) return checked
    if (!(await this.secrets.available())) return { ok: false, error: 'noKeychain' }
    const tried = await tryServer(checked.databaseUrl, basic(input.user, input.password))
    if (!tried.ok) return tried
    const sealed = Buffer.from(await this.secrets.seal(input.password)).toString('base64')
    const stored = {
      url: input.url.trim(),
      database: input.database,
      user: input.user,
      password: sealed,
    }
    await writeFileAtomic(this.#file, JSON.stringify(stored, null, 2))
    this.#stored = stored
    return { ok: true }
  }

  async forget(): Promise<void> {
    this.#stored = null
    await rm(this.#file, { force: true })
  }

  /** The database, with this user's credentials; null when no server is set. */
  async remote(): Promise<CouchRemote | null> {
    const stored = this.#stored
    if (stored === null) return null
    const checked = checkServerUrl(stored.url, stored.database)
    if (!checked.ok) return null
    const password = await this.secrets.open(Buffer.from(stored.password, 'base64'))
    return new CouchRemote({
      url: checked.databaseUrl,
      authorization: basic(stored.user, password),
    })
  }
}

async function tryServer(databaseUrl: string, authorization: string): Promise<SyncServerResult> {
  let status: number
  try {
    status = (await fetch(databaseUrl, { headers: { authorization, accept: 'application/json' } }))
      .status
  } catch {
    return { ok: false, error: 'unreachable' }
  }
  if (status === 401 || status === 403) return { ok: false, error: 'unauthorized' }
  if (status === 404) return { ok: false, error: 'noDatabase' }
  return status >= 200 && status < 300 ? { ok: true } : { ok: false, error: 'unreachable' }
}
