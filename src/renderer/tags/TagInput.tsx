// Adds tags to the selected articles: a combobox with autocomplete (prefix, segment and
// substring matches, most used first). Several tags can be typed at once, separated by commas.
// Ten thousand articles are tagged in one action, with progress.
import { useLiveQuery } from 'dexie-react-hooks'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { completeTag } from '../../core/tags/autocomplete'
import type { ArchiveDatabase } from '../db/database'
import { archiveErrorMessage } from '../archive/error-message'
import type { ArchiveHistory } from '../archive/archive-history'
import { loadTagUsage } from './tag-queries'
import { addTags } from './tagging'
import type { TaggingProgress } from './tagging'
import './tags.css'

export interface TagInputProps {
  database: ArchiveDatabase
  history: ArchiveHistory
  articleIds: readonly string[]
  onTagged?: (articles: number) => void
}

const SEPARATORS = /[,，;；、]/u

export function TagInput({ database, history, articleIds, onTagged }: TagInputProps) {
  const { t } = useTranslation('archive')
  const listId = useId()
  const usage = useLiveQuery(() => loadTagUsage(database), [database])
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  const [progress, setProgress] = useState<TaggingProgress | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const current = text.split(SEPARATORS).at(-1) ?? ''
  const options = current.trim() === '' ? [] : completeTag(current, usage ?? [], 8)

  const choose = (name: string) => {
    const parts = text.split(SEPARATORS)
    parts[parts.length - 1] = name
    setText(parts.join(', '))
    setActive(0)
  }
  const submit = async () => {
    const names = text.split(SEPARATORS)
    setProgress({ done: 0, total: articleIds.length })
    try {
      const change = await addTags(history, articleIds, names, { onProgress: setProgress })
      setText('')
      setNotice(t('tags.done', { count: change?.after.length ?? 0 }))
      onTagged?.(change?.after.length ?? 0)
    } catch (error) {
      const message = archiveErrorMessage(error)
      setNotice(t(message.key, message.params))
    } finally {
      setProgress(null)
    }
  }

  const open = options.length > 0
  return (
    <form
      className="tag-input"
      onSubmit={(event) => {
        event.preventDefault()
        if (progress === null) void submit()
      }}
    >
      <input
        role="combobox"
        aria-label={t('tags.addLabel', { count: articleIds.length })}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        placeholder={t('tags.addPlaceholder')}
        value={text}
        disabled={articleIds.length === 0 || progress !== null}
        onChange={(event) => {
          setText(event.target.value)
          setActive(0)
        }}
        onKeyDown={(event) => {
          if (!open) return
          if (event.key === 'ArrowDown') setActive((active + 1) % options.length)
          else if (event.key === 'ArrowUp')
            setActive((active - 1 + options.length) % options.length)
          else if (event.key === 'Tab') choose(options[active]?.name ?? current)
          else return
          event.preventDefault()
        }}
      />
      <button type="submit" disabled={articleIds.length === 0 || progress !== null}>
        {t('tags.add')}
      </button>
      <ul id={listId} role="listbox" aria-label={t('tags.suggestionsLabel')} hidden={!open}>
        {options.map((option, index) => (
          <li
            key={option.name}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => {
              event.preventDefault()
              choose(option.name)
            }}
          >
            {option.name} <span className="count">{option.count}</span>
          </li>
        ))}
      </ul>
      {progress !== null ? (
        <progress
          value={progress.done}
          max={progress.total}
          aria-label={t('tags.progress', { ...progress })}
        />
      ) : null}
      {notice !== null ? <p role="status">{notice}</p> : null}
    </form>
  )
}
