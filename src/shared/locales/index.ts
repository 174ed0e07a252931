// All locale bundles, as i18next namespaces. Each feature owns one bundle file.
import { appMessages } from './app'
import { archiveMessages } from './archive'
import { importMessages } from './import'
import { printMessages } from './print'
import { searchMessages } from './search'
import { syncMessages } from './sync'
import type { Locale, MessageTree } from './types'

export const bundles = {
  app: appMessages,
  import: importMessages,
  search: searchMessages,
  print: printMessages,
  archive: archiveMessages,
  sync: syncMessages,
} as const

export type Namespace = keyof typeof bundles

export function resourcesFor(locale: Locale): Record<Namespace, MessageTree> {
  const entries = Object.entries(bundles).map(([namespace, bundle]) => [namespace, bundle[locale]])
  return Object.fromEntries(entries) as Record<Namespace, MessageTree>
}

/** Every locale's resources, in the shape i18next's `resources` option takes. */
export function allResources(): Record<Locale, Record<Namespace, MessageTree>> {
  return { 'zh-CN': resourcesFor('zh-CN'), en: resourcesFor('en') }
}
