// One field's value as the plain text a person compares: paragraphs on their own lines, names
// joined as the paper prints them. Drawn as text, never as HTML: the value may come from a file.
import type { ArticleFields, Continuation, MergeField } from '../../shared/article'

type FieldValue = ArticleFields[MergeField]

export interface FieldTextLabels {
  empty: string
  photo: string
  article: string
  continuation: (continuation: Continuation) => string
}

export function fieldText(field: MergeField, value: FieldValue, labels: FieldTextLabels): string {
  if (value === null) return labels.empty
  if (field === 'blocks')
    return joined(
      (value as ArticleFields['blocks']).map((block) => block.text),
      '\n',
    )
  if (field === 'kind') return value === 'photo' ? labels.photo : labels.article
  if (field === 'continuation') return labels.continuation(value as Continuation)
  if (Array.isArray(value)) return joined(value as string[], '、')
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') return labels.empty
  return value === '' ? labels.empty : value

  function joined(parts: string[], separator: string): string {
    return parts.length === 0 ? labels.empty : parts.join(separator)
  }
}
