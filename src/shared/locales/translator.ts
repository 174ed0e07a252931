// A translator for code outside React (menus, dialogs, the command line), backed by the same
// i18next resources the renderer uses.
import i18next from 'i18next'
import { allResources } from './index'
import type { Locale } from './types'

export type Translate = (key: string, params?: Record<string, string | number>) => string

export function createTranslator(locale: Locale): Translate {
  const instance = i18next.createInstance()
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources: allResources(),
    defaultNS: 'app',
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  return (key, params) => instance.t(key, params ?? {})
}
