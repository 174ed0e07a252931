// Main-process settings (language, window placement) in a small JSON file in the user's profile.
// A missing or corrupt file falls back to defaults; writes are atomic.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { defaultLocale, locales } from '../../shared/locales/types'
import { writeFileAtomic } from './atomic-file'

const bounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200),
  height: z.number().int().min(200),
})

const storedSettings = z.object({
  locale: z.enum(locales).catch(defaultLocale),
  window: z.object({ bounds, maximized: z.boolean() }).nullable().catch(null),
})

export type StoredSettings = z.infer<typeof storedSettings>
export type WindowPlacement = NonNullable<StoredSettings['window']>

export const defaultSettings: StoredSettings = { locale: defaultLocale, window: null }

export class SettingsStore {
  private settings: StoredSettings = defaultSettings
  private readonly file: string

  constructor(directory: string) {
    this.file = join(directory, 'settings.json')
  }

  async load(): Promise<StoredSettings> {
    try {
      const parsed = storedSettings.safeParse(JSON.parse(await readFile(this.file, 'utf8')))
      this.settings = parsed.success ? parsed.data : defaultSettings
    } catch {
      this.settings = defaultSettings
    }
    return this.settings
  }

  get current(): StoredSettings {
    return this.settings
  }

  async update(change: Partial<StoredSettings>): Promise<StoredSettings> {
    this.settings = { ...this.settings, ...change }
    await writeFileAtomic(this.file, JSON.stringify(this.settings, null, 2))
    return this.settings
  }
}
