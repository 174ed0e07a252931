// User-facing text lives in locale bundles, one file per feature (app, import, search, ...),
// each holding both languages side by side so a missing translation is a type error.
export const locales = ['zh-CN', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'zh-CN'

/** Nested message tree; leaves are i18next strings with `{{name}}` placeholders. */
export interface MessageTree {
  [key: string]: string | MessageTree
}

/**
 * Both languages of one feature. The Chinese tree is the reference shape; English has the same
 * keys (checked for every bundle by locales.test.ts), plus plural forms (`_one`, `_other`) where
 * English needs them.
 */
export interface LocaleBundle<T extends MessageTree> {
  'zh-CN': T
  en: MessageTree
}

/** Declares a feature's messages, typed by its Chinese tree. */
export function defineMessages<T extends MessageTree>(bundle: LocaleBundle<T>): LocaleBundle<T> {
  return bundle
}
