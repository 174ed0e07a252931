// Article databases export records of labelled fields (`标题：…`, `作者：…`, `日期：…`, `版次：…`,
// `正文：` then the text; some bracket the label, `【标题】…`). Such a file declares its structure as
// Markdown does: the headline fields become heading lines (kicker above, subtitle below), the
// author field a byline line, and the paper, date, page and section fields the record's
// metadata, which opens a page segment of its own (pipeline.ts pagesOf). The labels themselves
// are markup, like Markdown's `#`: not article text.
import type { PageMeta } from '../../../shared/article'
import type { SourceLine } from '../lines'
import { metaFromFields } from '../metadata'

type Field = 'kicker' | 'title' | 'subtitle' | 'author' | 'body' | keyof PageMeta

const labels: Readonly<Record<string, Field>> = {
  标题: 'title',
  題目: 'title',
  题目: 'title',
  標題: 'title',
  主题: 'title',
  引题: 'kicker',
  肩题: 'kicker',
  眉题: 'kicker',
  副标题: 'subtitle',
  副題: 'subtitle',
  副题: 'subtitle',
  副標題: 'subtitle',
  作者: 'author',
  记者: 'author',
  記者: 'author',
  来源: 'paper',
  來源: 'paper',
  报纸: 'paper',
  報紙: 'paper',
  报刊: 'paper',
  出处: 'paper',
  日期: 'date',
  发表日期: 'date',
  出版日期: 'date',
  刊期: 'date',
  版次: 'page',
  版号: 'page',
  版面: 'page',
  版名: 'section',
  栏目: 'section',
  欄目: 'section',
  正文: 'body',
  内容: 'body',
}

const fieldLine = new RegExp(
  `^(?:【(${Object.keys(labels).join('|')})】\\s*[:：]?|(${Object.keys(labels).join('|')})\\s*[:：])\\s*(.*)$`,
)

interface Labelled {
  field: Field
  label: string
  value: string
}

function labelled(line: SourceLine): Labelled | null {
  const match = fieldLine.exec(line.text)
  const label = match?.[1] ?? match?.[2]
  const field = label === undefined ? undefined : labels[label]
  if (label === undefined || field === undefined) return null
  return { field, label, value: (match?.[3] ?? '').trim() }
}

/** A file of records: some headline field, and at least two other kinds of field. */
function isFieldExport(fields: readonly Labelled[]): boolean {
  const kinds = new Set(fields.map((field) => field.field))
  return kinds.has('title') && kinds.size >= 3
}

const headingLevel = { title: 1, kicker: 2, subtitle: 2 } as const
const opensRecord = (field: Field): boolean => field === 'title' || field === 'kicker'

/** One record's lines: the kicker before the headline whatever order the export gives, the
 * metadata on the record's first line. */
function recordLines(
  header: { line: SourceLine; field: Labelled }[],
  rest: SourceLine[],
): SourceLine[] {
  const meta: Partial<Record<keyof PageMeta, string>> = {}
  const out: SourceLine[] = []
  const order = (field: Field): number => (field === 'kicker' ? 0 : field === 'title' ? 1 : 2)
  const sorted = [...header].sort((a, b) => order(a.field.field) - order(b.field.field))
  for (const { line, field } of sorted) {
    const { value } = field
    switch (field.field) {
      case 'kicker':
      case 'title':
      case 'subtitle':
        if (value !== '') out.push({ ...line, text: value, heading: headingLevel[field.field] })
        break
      case 'author':
        // `【作者】陈静` reads as the byline `作者：陈静`.
        out.push({ ...line, text: `${field.label}：${value}` })
        break
      case 'body':
        if (value !== '') out.push({ ...line, text: value })
        break
      default:
        meta[field.field] ??= value
    }
  }
  out.push(...rest)
  const [first] = out
  if (first) out[0] = { ...first, meta: metaFromFields(meta), gap: Math.max(first.gap, 1) }
  return out
}

/** The lines of a labelled-field export as headings, bylines and text with each record's
 * metadata; any other file's lines unchanged. */
export function fieldExportLines(lines: readonly SourceLine[]): SourceLine[] {
  const fields = lines.map(labelled)
  if (!isFieldExport(fields.filter((field): field is Labelled => field !== null))) return [...lines]
  const out: SourceLine[] = []
  let header: { line: SourceLine; field: Labelled }[] = []
  let rest: SourceLine[] = []
  let inBody = false
  const close = (): void => {
    if (header.length > 0 || rest.length > 0) out.push(...recordLines(header, rest))
    header = []
    rest = []
    inBody = false
  }
  lines.forEach((line, index) => {
    const field = fields[index]
    // A headline field opens the next record after a body, or where the header has one already.
    const repeated = header.some((h) => h.field.field === field?.field)
    if (field && opensRecord(field.field) && (inBody || repeated)) close()
    if (field && !inBody) {
      header.push({ line, field })
      inBody = field.field === 'body'
    } else {
      rest.push(line)
      inBody = true
    }
  })
  close()
  return out
}
