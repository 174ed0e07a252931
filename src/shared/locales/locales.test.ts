import { describe, expect, it } from 'vitest'
import { bundles } from './index'
import type { MessageTree } from './types'
import { createTranslator } from './translator'

/** English may split a message into plural forms (`_one`, `_other`); Chinese has one form. */
const pluralSuffix = /_(?:zero|one|two|few|many|other)$/

function leaves(tree: MessageTree, prefix = ''): string[] {
  const keys = Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(pluralSuffix, '')}`]
      : leaves(value, `${prefix}${key}.`),
  )
  return [...new Set(keys)]
}

function placeholders(tree: MessageTree): Map<string, string> {
  const result = new Map<string, string>()
  const visit = (node: MessageTree, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        const names = [...value.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()
        result.set(`${prefix}${key.replace(pluralSuffix, '')}`, names.join(','))
      } else visit(value, `${prefix}${key}.`)
    }
  }
  visit(tree, '')
  return result
}

describe('locale bundles', () => {
  for (const [namespace, bundle] of Object.entries(bundles)) {
    it(`${namespace}: English has exactly the Chinese keys and placeholders`, () => {
      expect(leaves(bundle.en).sort()).toEqual(leaves(bundle['zh-CN']).sort())
      expect(placeholders(bundle.en)).toEqual(placeholders(bundle['zh-CN']))
    })
  }

  it('uses the singular in English for one article', () => {
    expect(createTranslator('en')('shell.articlesCount', { count: 1 })).toBe('1 article')
    expect(createTranslator('en')('shell.articlesCount', { count: 2 })).toBe('2 articles')
    expect(createTranslator('zh-CN')('shell.articlesCount', { count: 1 })).toBe('共 1 篇文章')
  })

  it('translates outside React, Chinese first', () => {
    expect(createTranslator('zh-CN')('menu.import')).toBe('导入文章…')
    expect(createTranslator('en')('menu.import')).toBe('Import Articles…')
    expect(createTranslator('en')('about', { version: '1.2.3' })).toBe('Newsroom Archive 1.2.3')
  })
})
