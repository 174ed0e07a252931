import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SettingsStore, defaultSettings } from './settings-store'

let directory: string
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'newsroom-settings-'))
})
afterEach(async () => {
  await rm(directory, { recursive: true, force: true })
})

describe('SettingsStore', () => {
  it('starts in Chinese with no saved window', async () => {
    expect(await new SettingsStore(directory).load()).toEqual(defaultSettings)
    expect(defaultSettings.locale).toBe('zh-CN')
  })

  it('remembers the language and window placement across restarts', async () => {
    const window = { bounds: { x: 10, y: 20, width: 1280, height: 800 }, maximized: true }
    await new SettingsStore(directory).update({ locale: 'en', window })
    expect(await new SettingsStore(directory).load()).toEqual({ locale: 'en', window })
  })

  it('falls back to defaults for a corrupt or tampered file', async () => {
    await writeFile(join(directory, 'settings.json'), '{"locale":"fr","window":{"bounds":1}}')
    expect(await new SettingsStore(directory).load()).toEqual(defaultSettings)
    await writeFile(join(directory, 'settings.json'), 'not json')
    expect(await new SettingsStore(directory).load()).toEqual(defaultSettings)
  })

  it('leaves no temporary file behind', async () => {
    await new SettingsStore(directory).update({ locale: 'en' })
    const text = await readFile(join(directory, 'settings.json'), 'utf8')
    expect(JSON.parse(text)).toMatchObject({ locale: 'en' })
    const { readdir } = await import('node:fs/promises')
    expect(await readdir(directory)).toEqual(['settings.json'])
  })
})
