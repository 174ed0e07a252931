// Paper, date, page (版次) and section (版名) from the path and file name — `20200501-02-01.txt`,
// `2023-06-20/第5版-园区经济.txt`, `高新技术产业导报/2023/06/20/05.txt` — or from a page header
// line such as `高新技术产业导报 2023年6月20日 星期二 第5版 园区经济`.
import type { PageMeta } from '../../shared/article'
import { isoDateOf } from '../../shared/dates'
import { paperFromAbbreviation } from './papers'
import { namesIn } from './split/byline'
import { parsePageNumber } from './split/marks'

export const emptyMeta: PageMeta = { paper: null, date: null, page: null, section: null }

const HAN = '\\u4e00-\\u9fff'
const separatedDate =
  /(?<!\d)((?:19|20)\d{2})\s*[-_./年]\s*(\d{1,2})\s*[-_./月]\s*(\d{1,2})\s*日?(?!\d)/g
const compactDate = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/g
const pageMark = /(?:第\s*)?([0-9０-９]{1,3}|[A-Za-z]\d{1,2}|[一二三四五六七八九十]{1,3})\s*版/
const paperName = new RegExp(`^[${HAN}]{2,14}(?:[报報]|刊)$`)
const paperPrefix = new RegExp(`^([${HAN}]{2,14}(?:[报報]|刊))`)
const sectionName = new RegExp(`^[${HAN}A-Za-z·]{2,12}$`)
const notSection =
  /^(?:星期|[周週][一二三四五六日]|[责責]任[编編][辑輯]|[编編][辑輯]|版面|美[编編]|校[对對])/

interface DateMatch {
  date: string
  index: number
  length: number
}

const isoDate = (year: string, month: string, day: string): string | null =>
  isoDateOf(Number(year), Number(month), Number(day))

/** The last valid date in the text (the one nearest the file name). */
function lastDate(text: string): DateMatch | null {
  let best: DateMatch | null = null
  for (const pattern of [separatedDate, compactDate]) {
    for (const match of text.matchAll(pattern)) {
      const date = isoDate(match[1] ?? '', match[2] ?? '', match[3] ?? '')
      if (date && (!best || match.index >= best.index))
        best = { date, index: match.index, length: match[0].length }
    }
  }
  return best
}

function sectionAfter(text: string): string | null {
  const candidate = text.replace(/^[-_\s:：·、|｜]+/, '').split(/[\s_|｜]/)[0] ?? ''
  return sectionName.test(candidate) && !notSection.test(candidate) ? candidate : null
}

function stemOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(0, dot) : name
}

export function metaFromPath(path: string): PageMeta {
  const segments = path.split(/[\\/]+/).filter((segment) => segment !== '')
  const stem = stemOf(segments.pop() ?? '')
  const folders = segments.slice(-5)
  const tail = [...folders, stem].join('/')
  const date = lastDate(tail)
  let page: number | null = null
  let section: string | null = null
  const marked = pageMark.exec(stem)
  if (marked) {
    page = parsePageNumber(marked[1] ?? '')
    section = sectionAfter(stem.slice(marked.index + marked[0].length))
  } else {
    const stemStart = tail.length - stem.length
    const rest =
      date && date.index >= stemStart ? stem.slice(date.index - stemStart + date.length) : stem
    const leading = /^[-_\s.]*([A-Za-z]?\d{1,3})(?!\d)/.exec(rest)
    if (leading && (date || /^\d{1,3}$/.test(rest) || /^[A-Za-z]\d{1,2}$/.test(rest))) {
      page = parsePageNumber(leading[1] ?? '')
    }
  }
  const paperFolder = [...folders].reverse().find((folder) => paperName.test(folder))
  const abbreviated = [stem, ...[...folders].reverse()].map(paperFromAbbreviation).find(Boolean)
  const paper = paperFolder ?? paperPrefix.exec(stem)?.[1] ?? abbreviated ?? null
  return { paper, date: date?.date ?? null, page, section }
}

/** A page header line, or null when the line is not one. */
export function metaFromHeader(text: string): PageMeta | null {
  if (text.length > 80 || /[。！？，,]/.test(text)) return null
  const date = lastDate(text)
  const marked = pageMark.exec(text)
  const page = marked ? parsePageNumber(marked[1] ?? '') : null
  if (!date && page === null) return null
  // A bare date is a header only when little else is on the line (a weekday, say).
  if (page === null && text.length - (date?.length ?? 0) > 8) return null
  // `《 人民日报 》（ 2020年05月02日 第 01 版 ）`: the e-paper's datesource line.
  const before = text
    .slice(0, Math.min(date?.index ?? text.length, marked?.index ?? text.length))
    .replace(/[《》〈〉\s]/g, '')
  const paper = paperPrefix.exec(before)?.[1] ?? null
  if (
    page !== null &&
    !date &&
    !paper &&
    !text.replace(/^[（([【\s]+/, '').startsWith(marked?.[0] ?? '')
  )
    return null
  const section = marked ? sectionAfter(text.slice(marked.index + marked[0].length)) : null
  return { paper, date: date?.date ?? null, page, section }
}

const barePage = /^\s*([0-9０-９]{1,3}|[A-Za-z]\d{1,2})\s*$/

/** A record's metadata from the values of its labelled fields (`日期：2024-06-03`, `版次：第3版`,
 * `来源：《江城日报》`, `栏目：综合新闻`). */
export function metaFromFields(fields: Partial<Record<keyof PageMeta, string>>): PageMeta {
  const pageText = fields.page ?? ''
  const marked = pageMark.exec(pageText) ?? barePage.exec(pageText)
  const paper = (fields.paper ?? '').replace(/[《》\s]/g, '')
  const section = (fields.section ?? '').trim()
  return {
    paper: paper === '' ? null : paper,
    date: lastDate(fields.date ?? '')?.date ?? null,
    page: marked ? parsePageNumber(marked[1] ?? '') : null,
    section: section === '' ? null : section,
  }
}

/** Field by field, the first source that knows it wins. */
export function mergeMeta(...sources: readonly (Partial<PageMeta> | null | undefined)[]): PageMeta {
  const merged: PageMeta = { ...emptyMeta }
  for (const key of ['paper', 'date', 'page', 'section'] as const) {
    for (const source of sources) {
      const value = source?.[key]
      if (value !== undefined && value !== null && value !== '') {
        Object.assign(merged, { [key]: value })
        break
      }
    }
  }
  return merged
}

const publication = new RegExp(`^[${HAN}]{2,12}$`)

/** A heading that is a masthead: a publication's name and a date (`# 新闻联播 2025年1月2日`), the
 * name becoming the paper. A heading that is only a date (a speech's `（2019年12月31日）`) is not. */
export function metaFromHeading(text: string): PageMeta | null {
  const meta = metaFromHeader(text)
  const date = meta?.date ? lastDate(text) : null
  if (!meta || !date) return meta?.page != null ? meta : null
  const name = (text.slice(0, date.index) + text.slice(date.index + date.length)).replace(
    /[\s《》]|第.{1,3}版.*$/g,
    '',
  )
  if (!publication.test(name.replace(/(?:星期|周)[一二三四五六日天]/, ''))) return null
  return { ...meta, paper: meta.paper ?? name.replace(/(?:星期|周)[一二三四五六日天]/, '') }
}

const infoField =
  /(?:[来來]源|稿源|出[处處]|作者|[责責]任[编編][辑輯]|[编編][辑輯]|[发發]布[时時][间間]|[发發]布日期|[点點][击擊]|[浏瀏][览覽]|[阅閱][读讀])\s*[:：]|\d{1,2}:\d{2}\s*[发發]表于/g
const sourceValue = new RegExp(`(?:[来來]源|稿源|出[处處])\\s*[:：]\\s*([${HAN}A-Za-z]{2,14})`)

/** A saved web page's line of labelled fields under its headline: `2024-01-02 09:30:15 来源：新华网
 * 作者：张华 责任编辑：李明`, or a WeChat article's `原创 某某发布 2024-06-03 08:00 发表于湖北`. Its date
 * and source (as the paper), or null when the line is not one. */
export function metaFromInfoLine(text: string): PageMeta | null {
  if (text.length > 120 || /[。！？]/.test(text)) return null
  const fields = text.match(infoField)?.length ?? 0
  if (fields === 0) return null
  const date = lastDate(text)
  if (fields < 2 && !date) return null
  return { ...emptyMeta, date: date?.date ?? null, paper: sourceValue.exec(text)?.[1] ?? null }
}

const authorField =
  /(?:作者|[记記]者)\s*[:：]\s*([^\s:：]+(?:\s[^\s:：]+)*?)(?=\s+\S+\s*[:：]|\s*$)/g

/** The authors an info line names in its `作者：`/`记者：` fields (its other words name none). */
export function authorsOfInfoLine(text: string): string[] {
  return [...text.matchAll(authorField)].flatMap((match) => namesIn(match[1] ?? ''))
}

const wordCount = /^[（(【[]?\s*(?:全文)?(?:字数|字數)\s*[:：]?\s*[0-9０-９]+\s*字?\s*[）)】\]]?$/

/** `字数：1234`: an e-paper's word count, page furniture rather than text. */
export function isWordCountLine(text: string): boolean {
  return text.length <= 24 && wordCount.test(text)
}
