// The archive messages: one for every code the data layer can produce, so no error reaches the
// user as a bare code. (Both languages having the same keys is checked for every bundle in
// src/shared/locales/locales.test.ts.)
import { describe, expect, it } from 'vitest'
import { archiveMessages } from '../../shared/locales/archive'
import type { MessageTree } from '../../shared/locales/types'
import type { BackupErrorCode } from './backup-format'
import type { ArticleChangeKind } from './change'
import type { TagListChange } from './tag-list-change'
import type { LineRoleError } from './line-role'
import type { ArticlePatchError } from './edit'
import type { MergeSplitError } from './merge-split'
import type { TagRenameError } from '../tags/rename'
import type { SuggestionKind } from '../tags/suggest-lexicon'

function leaves(tree: MessageTree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') {
      const names = [...value.matchAll(/\{\{(\w+)\}\}/gu)].map((match) => match[1]).sort()
      result.set(`${prefix}${key}`, names.join(','))
    } else for (const [k, v] of leaves(value, `${prefix}${key}.`)) result.set(k, v)
  }
  return result
}

const codes = {
  error: ['quotaExceeded', 'databaseClosed', 'conflict', 'storageFailed'],
  backupError: ['notBackup', 'newerVersion', 'badRecord', 'truncated'] satisfies BackupErrorCode[],
  editError: [
    'invalidDate',
    'invalidPage',
    'notFound',
    'sameArticle',
    'nothingToSplit',
    'sameText',
    'lineNotFound',
  ] satisfies (ArticlePatchError | MergeSplitError | LineRoleError | 'notFound')[],
  tagError: ['invalidName', 'unknownTag', 'intoItself'] satisfies TagRenameError[],
  change: [
    'edit',
    'merge',
    'split',
    'delete',
    'duplicates',
    'addTags',
    'removeTags',
    'renameTag',
    'deleteTag',
    'tagColor',
  ] satisfies (ArticleChangeKind | TagListChange['kind'])[],
  'suggest.kind': ['place', 'organisation', 'person'] satisfies SuggestionKind[],
}

describe('archive messages', () => {
  const zh = leaves(archiveMessages['zh-CN'])

  it('has a message for every code the data layer produces', () => {
    for (const [group, list] of Object.entries(codes)) {
      for (const code of list) expect(zh.has(`${group}.${code}`), `${group}.${code}`).toBe(true)
    }
  })
})
