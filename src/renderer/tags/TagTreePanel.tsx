// The tag tree: every tag with the number of articles under it, in pinyin order, with rename
// (onto an existing name merges), colour and delete. Names are shown as text, never as HTML;
// colours reach the style only as validated `#rrggbb`.
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { buildTagTree, flattenTagTree } from '../../core/tags/tree'
import type { TagNode } from '../../core/tags/tree'
import { normalizeTagColor } from '../../core/tags/record'
import type { ArchiveDatabase } from '../db/database'
import { archiveErrorMessage } from '../archive/error-message'
import type { ArchiveHistory } from '../archive/archive-history'
import { deleteTag, renameTag, setTagColor } from './tag-admin'
import { useTagCensus } from './use-tag-census'
import { TagRowEditor } from './TagRowEditor'
import './tags.css'

export interface TagTreePanelProps {
  database: ArchiveDatabase
  history: ArchiveHistory
  /** The tag the library is filtered by, if any. */
  selected?: string | null
  onSelect?: (name: string) => void
}

type Mode = { kind: 'rename' | 'delete'; name: string } | null

export function TagTreePanel({ database, history, selected = null, onSelect }: TagTreePanelProps) {
  const { t } = useTranslation('archive')
  const records = useLiveQuery(() => database.tags.toArray(), [database])
  const census = useTagCensus(database)
  const tree = useMemo(
    () =>
      records === undefined || !census.ready ? undefined : buildTagTree(records, census.counts),
    // A new census state with every change of the counts.
    [records, census],
  )
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [mode, setMode] = useState<Mode>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const run = async (action: () => Promise<string | null>) => {
    try {
      setNotice(await action())
      setMode(null)
    } catch (error) {
      const message = archiveErrorMessage(error)
      setNotice(t(message.key, message.params))
    }
  }
  const rename = (from: string, to: string) =>
    run(async () => {
      const outcome = await renameTag(history, from, to)
      if (!outcome.ok) return t(`tagError.${outcome.error}`)
      return outcome.merged.length > 0 ? t('tags.merged', { name: outcome.merged[0] }) : null
    })
  const remove = (name: string) => run(async () => (await deleteTag(history, name), null))
  const recolor = (name: string, color: string | null) =>
    run(async () => (await setTagColor(history, name, color), null))
  const toggle = (name: string) => {
    const next = new Set(collapsed)
    if (!next.delete(name)) next.add(name)
    setCollapsed(next)
  }

  const rows = flattenTagTree(tree ?? [], (name) => !collapsed.has(name))
  return (
    <section className="tag-tree" aria-label={t('tags.title')}>
      <h2 className="region-title">{t('tags.title')}</h2>
      {tree?.length === 0 ? <p className="empty">{t('tags.empty')}</p> : null}
      {notice !== null ? (
        <p className="tag-notice" role="status">
          {notice}
        </p>
      ) : null}
      <ul role="tree" aria-label={t('tags.title')}>
        {rows.map(({ node, depth }) => (
          <TagRow
            key={node.name}
            node={node}
            depth={depth}
            expanded={!collapsed.has(node.name)}
            selected={node.name === selected}
            mode={mode?.name === node.name ? mode.kind : null}
            onToggle={toggle}
            onSelect={onSelect}
            onMode={(kind) => {
              setMode(kind === null ? null : { kind, name: node.name })
            }}
            onRename={(to) => void rename(node.name, to)}
            onDelete={() => void remove(node.name)}
            onColor={(color) => void recolor(node.name, color)}
          />
        ))}
      </ul>
    </section>
  )
}

interface TagRowProps {
  node: TagNode
  depth: number
  expanded: boolean
  selected: boolean
  mode: 'rename' | 'delete' | null
  onToggle: (name: string) => void
  onSelect: ((name: string) => void) | undefined
  onMode: (mode: 'rename' | 'delete' | null) => void
  onRename: (to: string) => void
  onDelete: () => void
  onColor: (color: string | null) => void
}

function TagRow(props: TagRowProps) {
  const { t } = useTranslation('archive')
  const { node, depth, expanded } = props
  const color = normalizeTagColor(node.color)
  const hasChildren = node.children.length > 0
  return (
    <li
      role="treeitem"
      aria-label={node.name}
      aria-level={depth + 1}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={props.selected}
      className="tag-row"
      style={{ paddingInlineStart: `${depth * 1.2}em` }}
    >
      {hasChildren ? (
        <button
          type="button"
          className="tag-toggle"
          aria-label={t(expanded ? 'tags.collapse' : 'tags.expand', { name: node.label })}
          onClick={() => {
            props.onToggle(node.name)
          }}
        >
          {expanded ? '▾' : '▸'}
        </button>
      ) : (
        <span className="tag-toggle" />
      )}
      <span
        className="tag-swatch"
        style={color === null ? undefined : { backgroundColor: color }}
      />
      <button
        type="button"
        className="tag-label"
        title={node.name}
        onClick={() => props.onSelect?.(node.name)}
      >
        {node.label}
      </button>
      <span className="count" aria-label={t('tags.count', { count: node.count })}>
        {node.count}
      </span>
      <TagRowEditor
        name={node.name}
        count={node.count}
        color={color}
        mode={props.mode}
        onMode={props.onMode}
        onRename={props.onRename}
        onDelete={props.onDelete}
        onColor={props.onColor}
      />
    </li>
  )
}
