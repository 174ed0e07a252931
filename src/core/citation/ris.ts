// RIS, the tagged format every reference manager imports. Written from the CSL item so RIS and
// CSL-JSON never disagree; tags are the ones Zotero's own RIS export uses for a newspaper
// article (TY NEWS, T2 for the paper, SE for the section), so a round trip keeps every field.
import type { CslItem } from './csl-item'

const pad = (value: number): string => String(value).padStart(2, '0')

/** One `TAG  - value` line; a value is one line, so line breaks inside it become spaces. */
function line(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/\s*[\r\n]+\s*/gu, ' ').trim()}`
}

function record(item: CslItem, notes: readonly string[]): string[] {
  const lines = [line('TY', 'NEWS'), line('TI', item.title)]
  for (const author of item.author ?? []) {
    lines.push(
      line('AU', author.given === '' ? author.family : `${author.family}, ${author.given}`),
    )
  }
  const date = item.issued?.['date-parts'][0]
  if (date !== undefined) {
    const [year, month, day] = date
    lines.push(line('PY', String(year)), line('DA', `${year}/${pad(month)}/${pad(day)}`))
  }
  if (item['container-title'] !== undefined) lines.push(line('T2', item['container-title']))
  if (item.page !== undefined) lines.push(line('SP', item.page))
  if (item.section !== undefined) lines.push(line('SE', item.section))
  // N1: Zotero makes each one a note under the item.
  for (const note of notes) lines.push(line('N1', note))
  lines.push(line('ER', ''))
  return lines
}

/** A RIS file: records separated by a blank line, CRLF line ends as the format's spec asks;
 * `notes` by item id, each the text of one N1 line. */
export function risFile(
  items: readonly CslItem[],
  notes: ReadonlyMap<string, readonly string[]> = new Map(),
): string {
  const records = items.map((item) => record(item, notes.get(item.id) ?? []).join('\r\n'))
  return `${records.join('\r\n\r\n')}\r\n`
}
