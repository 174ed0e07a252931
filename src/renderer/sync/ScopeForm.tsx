// 团队共享 → 本机保留: every article of the bureau, or only a part of them (papers, desk tags,
// years; core/sync/scope). Saving takes off this laptop what falls outside the part and is on
// the server, then syncs, which brings what falls inside.
import { useEffect, useState } from 'react'
import type { SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { isWholeDatabase, scopeOf, wholeDatabase } from '../../core/sync/scope'
import type { ReplicaScope } from '../../core/sync/scope'
import type { ArchiveDatabase } from '../db/database'
import { Field } from './Field'
import { keepOnly, readReplicaScope } from './replica-scope'

const listOf = (typed: string): string[] =>
  typed
    .split(/[,，、;；\n]/u)
    .map((name) => name.trim())
    .filter((name) => name !== '')

const typedYear = (typed: string): number | null | 'invalid' => {
  const text = typed.trim()
  if (text === '') return null
  return /^\d{4}$/u.test(text) ? Number(text) : 'invalid'
}

/** The typed criteria, in the order shown; `hint`: the field has an example below it. */
const criteria = [
  { name: 'papers', hint: true },
  { name: 'tags', hint: true },
  { name: 'fromYear', hint: false },
  { name: 'toYear', hint: false },
] as const

interface Typed {
  part: boolean
  papers: string
  tags: string
  fromYear: string
  toYear: string
}

const typedOf = (scope: ReplicaScope): Typed => ({
  part: !isWholeDatabase(scope),
  papers: scope.papers.join('、'),
  tags: scope.tags.join('、'),
  fromYear: scope.fromYear === null ? '' : String(scope.fromYear),
  toYear: scope.toYear === null ? '' : String(scope.toYear),
})

/** What was typed as a scope; null when it is not one. */
function scopeTyped(typed: Typed): ReplicaScope | null {
  if (!typed.part) return wholeDatabase
  const fromYear = typedYear(typed.fromYear)
  const toYear = typedYear(typed.toYear)
  if (fromYear === 'invalid' || toYear === 'invalid') return null
  return scopeOf({ papers: listOf(typed.papers), tags: listOf(typed.tags), fromYear, toYear })
}

export function ScopeForm({
  database,
  onSaved,
}: {
  database: ArchiveDatabase
  onSaved: () => void
}) {
  const { t } = useTranslation('sync')
  const [typed, setTyped] = useState<Typed | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  useEffect(() => {
    void readReplicaScope(database).then((scope) => {
      setTyped((current) => current ?? typedOf(scope))
    })
  }, [database])
  if (typed === null) return null
  const set = (change: Partial<Typed>) => {
    setTyped({ ...typed, ...change })
  }
  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    const scope = scopeTyped(typed)
    if (scope === null) {
      setMessage({ text: t('scope.invalid'), error: true })
      return
    }
    setBusy(true)
    setMessage(null)
    keepOnly(database, scope)
      .then((count) => {
        setMessage({ text: t('scope.saved', { count }), error: false })
        onSaved()
      })
      .catch((error: unknown) => {
        console.error(error)
        setMessage({ text: t('scope.failed'), error: true })
      })
      .finally(() => {
        setBusy(false)
      })
  }
  return (
    <form onSubmit={submit} aria-label={t('scope.legend')}>
      <fieldset className="sync-scope">
        <legend>{t('scope.legend')}</legend>
        <label>
          <input
            type="radio"
            checked={!typed.part}
            onChange={() => {
              set({ part: false })
            }}
          />
          {t('scope.whole')}
        </label>
        <label>
          <input
            type="radio"
            checked={typed.part}
            onChange={() => {
              set({ part: true })
            }}
          />
          {t('scope.part')}
        </label>
        {typed.part ? (
          <div className="form-fields">
            {criteria.map(({ name, hint }) => (
              <Field
                key={name}
                label={t(`scope.${name}`)}
                value={typed[name]}
                onChange={(value) => {
                  set({ [name]: value })
                }}
                {...(hint ? { hint: t(`scope.${name}Hint`) } : {})}
                optional
              />
            ))}
          </div>
        ) : null}
        <p className="hint">{t('scope.hint')}</p>
      </fieldset>
      {message === null ? null : <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('scope.saving') : t('scope.save')}
        </button>
      </div>
    </form>
  )
}
