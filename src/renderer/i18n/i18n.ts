// i18next for React, fed from the shared locale bundles; Chinese first, English on request.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { allResources } from '../../shared/locales'
import { defaultLocale, locales } from '../../shared/locales/types'
import type { Locale } from '../../shared/locales/types'

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value)
}

export async function initI18n(locale: Locale = defaultLocale): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...locales],
    resources: allResources(),
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  document.documentElement.lang = locale
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language
  })
  return i18next
}
