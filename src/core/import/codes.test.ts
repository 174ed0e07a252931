// Every code core can return has a message in both languages, with the parameters it is given.
import { describe, expect, it } from 'vitest'
import { importMessages } from '../../shared/locales/import'
import { importErrorCodes, importWarningCodes } from './codes'

const placeholders = (message: string): string[] =>
  [...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort()

describe('import messages', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`${locale} has a message for every error and warning code`, () => {
      const bundle = importMessages[locale]
      expect(Object.keys(bundle.error).sort()).toEqual([...importErrorCodes].sort())
      expect(Object.keys(bundle.warning).sort()).toEqual([...importWarningCodes].sort())
    })
  }

  it('uses the same parameters in both languages', () => {
    for (const group of ['error', 'warning', 'cli'] as const) {
      const zh = importMessages['zh-CN'][group] as Record<string, string>
      const en = importMessages.en[group] as Record<string, string>
      for (const key of Object.keys(zh))
        expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(zh[key] ?? ''))
    }
  })
})
