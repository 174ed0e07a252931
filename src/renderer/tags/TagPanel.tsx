// The tag panel of the shell: the tag tree with counts (a parent counts the articles of its
// whole subtree once), in pinyin order. TagTreePanel adds rename, merge, colour and delete once
// the shell has an undo history to give it.
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { flattenTagTree } from '../../core/tags/tree'
import { normalizeTagColor } from '../../core/tags/record'
import type { ArchiveDatabase } from '../db/database'
import { loadTagTree } from '../archive/tag-queries'
import './tags.css'

export function TagPanel({ database }: { database: ArchiveDatabase }) {
  const { t } = useTranslation()
  const tree = useLiveQuery(() => loadTagTree(database), [database])
  const rows = flattenTagTree(tree ?? [], () => true)
  return (
    <aside className="tag-panel" aria-label={t('shell.tags')}>
      <h2 className="region-title">{t('shell.tags')}</h2>
      {tree?.length === 0 ? <p className="empty">{t('shell.noTags')}</p> : null}
      <ul>
        {rows.map(({ node, depth }) => {
          const color = normalizeTagColor(node.color)
          return (
            <li
              key={node.name}
              className="tag-row"
              style={{ paddingInlineStart: `${depth * 1.2}em` }}
            >
              <span
                className="tag-swatch"
                style={color === null ? undefined : { backgroundColor: color }}
              />
              <span title={node.name}>{node.label}</span>{' '}
              <span className="count">{node.count}</span>
            </li>
          )
        })}
      </ul>
    </aside>
  )
}
