// Adds tags to the selected articles: a combobox with autocomplete (prefix, segment and
// substring matches, most used first). Several tags can be typed at once, separated by commas.
// Ten thousand articles are tagged in one action, with progress.
//
// The WAI-ARIA combobox pattern: the list opens as soon as something is typed, its first row
// highlighted; arrows move the highlight, Enter takes the highlighted row (an existing tag or
// "new tag …" for the name as typed), Tab fills it in without adding, Esc closes the list so
// Enter adds the text as typed.
import { useLiveQuery } from 'dexie-react-hooks'
import { useId, useMemo, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { tagChoices } from '../../core/tags/autocomplete'
import type { TagChoice } from '../../core/tags/autocomplete'
import type { ArchiveDatabase } from '../db/database'
import { archiveErrorMessage } from '../archive/error-message'
import type { ArchiveHistory } from '../archive/archive-history'
import { tagUsageOf } from './tag-queries'
import { useTagCensus } from './use-tag-census'
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

/** The typed names with the one being typed (the last) replaced by `name`. */
function withLast(text: string, name: string): string[] {
  const parts = text.split(SEPARATORS)
  parts[parts.length - 1] = name
  return parts
}

function step(active: number, by: number, length: number): number {
  return (active + by + length) % length
}

function ChoiceRow({ choice }: { choice: TagChoice }) {
  const { t } = useTranslation('archive')
  if (choice.kind === 'create') return <>{t('tags.create', { name: choice.name })}</>
  return (
    <>
      {choice.name} <span className="count">{choice.count}</span>
    </>
  )
}

export function TagInput({ database, history, articleIds, onTagged }: TagInputProps) {
  const { t } = useTranslation('archive')
  const listId = useId()
  const names = useLiveQuery(() => database.tags.toCollection().primaryKeys(), [database])
  const census = useTagCensus(database)
  const usage = useMemo(
    () => (names === undefined || !census.ready ? undefined : tagUsageOf(names, census.counts)),
    // A new census state with every change of the counts.
    [names, census],
  )
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  // Esc closes the list until the text changes: Enter then adds what was typed.
  const [dismissed, setDismissed] = useState(false)
  const [progress, setProgress] = useState<TaggingProgress | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const current = text.split(SEPARATORS).at(-1) ?? ''
  const choices = tagChoices(current, usage ?? [])
  const open = !dismissed && choices.length > 0
  const busy = articleIds.length === 0 || progress !== null
  // The list shrinks as more is typed: the highlight stays within it.
  const activeIndex = Math.min(active, choices.length - 1)
  const highlighted = open ? choices[activeIndex] : undefined

  const edit = (value: string) => {
    setText(value)
    setActive(0)
    setDismissed(false)
  }
  const submit = async (names: readonly string[]) => {
    setProgress({ done: 0, total: articleIds.length })
    try {
      const change = await addTags(history, articleIds, names, { onProgress: setProgress })
      edit('')
      setNotice(t('tags.done', { count: change?.edits.length ?? 0 }))
      onTagged?.(change?.edits.length ?? 0)
    } catch (error) {
      const message = archiveErrorMessage(error)
      setNotice(t(message.key, message.params))
    } finally {
      setProgress(null)
    }
  }
  const take = (choice: TagChoice) => {
    if (!busy) void submit(withLast(text, choice.name))
  }

  /** The list's keys; returns false for a key the input should handle as usual. */
  const listKey = (key: string): boolean => {
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      const by = key === 'ArrowDown' ? 1 : -1
      if (open) setActive(step(activeIndex, by, choices.length))
      else if (choices.length > 0) setDismissed(false)
      return choices.length > 0
    }
    if (highlighted === undefined) return false
    if (key === 'Enter') take(highlighted)
    else if (key === 'Escape') setDismissed(true)
    else if (key === 'Tab' && highlighted.kind === 'existing') {
      edit(withLast(text, highlighted.name).join(', '))
    } else return false
    return true
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // An IME composing Chinese uses Enter and the arrows itself.
    if (event.nativeEvent.isComposing) return
    if (listKey(event.key)) event.preventDefault()
  }

  return (
    <form
      className="tag-input"
      onSubmit={(event) => {
        event.preventDefault()
        if (progress === null) void submit(text.split(SEPARATORS))
      }}
    >
      <input
        role="combobox"
        aria-label={t('tags.addLabel', { count: articleIds.length })}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${String(activeIndex)}` : undefined}
        placeholder={t('tags.addPlaceholder')}
        value={text}
        disabled={busy}
        onChange={(event) => {
          edit(event.target.value)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setDismissed(true)
        }}
        onFocus={() => {
          setDismissed(false)
        }}
      />
      <button type="submit" disabled={busy}>
        {t('tags.add')}
      </button>
      <ul id={listId} role="listbox" aria-label={t('tags.suggestionsLabel')} hidden={!open}>
        {choices.map((choice, index) => (
          <li
            key={`${choice.kind}:${choice.name}`}
            id={`${listId}-${String(index)}`}
            role="option"
            aria-selected={choice === highlighted}
            className={choice.kind === 'create' ? 'create' : undefined}
            onMouseDown={(event) => {
              // Keeps the focus in the input, so the list does not close before the click.
              event.preventDefault()
            }}
            onClick={() => {
              take(choice)
            }}
          >
            <ChoiceRow choice={choice} />
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
