// Bylines, datelines and author names as Chinese newspapers print them.
import { startsWithSurname } from './surnames'

const HAN = '\\u3400-\\u9fff'
// Simplified and traditional forms: Big5 pages are printed in traditional characters.
const roles =
  '(?:特[约約]|[见見][习習]|[实實][习習]|首席|全媒[体體]|融媒[体體]|[摄攝]影|[驻駐][^\\s、，,]{1,6}?)?' +
  '(?:[记記]者|通[讯訊][员員]|[实實][习習]生|[评評][论論][员員]|撰稿人|[编編][辑輯]|作者)'
const ownPaper = '本[报報]'
const agencySuffix = '(?:[报報]|社|[网網]|[台臺]|刊)'
const roleWord = new RegExp(
  `^(?:${ownPaper}|本刊|新[华華]社|中新社|[${HAN}]{1,6}?${agencySuffix})?${roles}[:：]?`,
)
const workPrefix =
  /^(?:文[/／]|[图圖][/／]|文[图圖][/／]|[图圖]文[/／]|[摄攝]影[/／:：]|文[:：]|[图圖][:：]|作者[:：])/
const workSuffix = /(?:[报報][道导導]|[摄攝]影|[摄攝]|供[图圖]|整理|撰文)$/
const personName = new RegExp(`^(?:[${HAN}]{2,4}|[${HAN}]{1,8}(?:[·•・][${HAN}]{1,8}){1,3})$`)
const bulletMarks = '►▶▷■□●○◆◇★☆▲△▼▽→※'
/** A work mark standing as a token of its own: `刘洋 文/图`, `张三 摄`. */
const workToken = /^(?:文|[图圖]|文[图圖]|[图圖]文|[摄攝]|[摄攝]影)$/
const bulletLead = new RegExp(`^[${bulletMarks}\\s]+`)

export function isPersonName(token: string): boolean {
  return personName.test(token)
}

/** Where the report was filed, after the names: `記者林政忠／台北報導`. */
const reported = '(?:[报報][道导導])'
const reportPlace = new RegExp(`[／/][${HAN}]{0,6}?${reported}`, 'g')

/** Names in a byline or bracket: role words, `文/`, `报道` and the place reported from are not
 * names. */
export function namesIn(text: string): string[] {
  const names: string[] = []
  const trimmed = text.replace(bulletLead, '').replace(reportPlace, ' ')
  for (const raw of trimmed.split(/[\s、，,;；/／]+/)) {
    if (workToken.test(raw)) continue
    let token = raw.replace(workPrefix, '')
    let previous = ''
    while (previous !== token) {
      previous = token
      token = token.replace(roleWord, '').replace(workSuffix, '')
    }
    if (isPersonName(token) && !names.includes(token)) names.push(token)
  }
  return names
}

/** Every token is a role word, a work mark or a name (and at least one name). Where nothing but
 * a bullet says so (no role word, no work mark), the names must open with surnames: two short
 * phrases under a bullet (`■ 智慧平台 实时调度`) head a section. */
function onlyNamesAndRoles(text: string, bulletOnly: boolean): boolean {
  const tokens = text.split(/[\s、，,;；/／]+/).filter((token) => token !== '')
  if (tokens.length === 0) return false
  let marked = false
  const names: string[] = []
  const fits = tokens.every((token) => {
    if (workToken.test(token)) return (marked = true)
    const stripped = token.replace(workPrefix, '').replace(roleWord, '').replace(workSuffix, '')
    if (stripped !== token) marked = true
    if (stripped !== '') names.push(stripped)
    return stripped === '' || isPersonName(stripped)
  })
  return fits && (!bulletOnly || marked || names.every(startsWithSurname))
}

const bylineLead = new RegExp(
  `^(?:[${bulletMarks}]|(?:${ownPaper}|本刊|新[华華]社|中新社)?${roles}|文[/／:：]|作者[:：]|文[图圖][/／])`,
)

/** A whole line that is a byline: `► 钟克波 郭海洲`, `本报记者 张三 李四`, `文/张三`. */
export function isBylineLine(line: string): boolean {
  if (line.length > 62) return false
  const text = /^[（(].*[）)]$/.test(line) ? line.slice(1, -1) : line
  if (text.length > 60 || !bylineLead.test(text)) return false
  const unbulleted = text.replace(bulletLead, '')
  return (
    namesIn(text).length > 0 &&
    onlyNamesAndRoles(unbulleted.replace(reportPlace, ' '), unbulleted !== text)
  )
}

const editorLine =
  /^[（(【]?\s*(?:本[版期刊])?(?:[责責]任[编編][辑輯]|[责責][编編]|[编編][辑輯]|美[编編]|校[对對]|版式[设設][计計]|[设設][计計]|[审審]校|[审審]核|初[审審]|复[审審]|[终終][审審]|[监監]制|出品|[统統]筹|[策][划劃]|[来來]源|稿源)\s*[:：]/
/** `——编 者` under an editor's note, `——人民网` under a reprint: a signature, not a kicker. */
const dashSignature = new RegExp(
  `^[—－-]{1,2}\\s*(?:[编編][\\s\u3000]*者|[${HAN}]{1,12}${agencySuffix})$`,
)

/** An editor's credit (`责任编辑：张三`, `审核：李四`, `来源：某某日报`, `——编 者`, `——某某网`): it
 * signs the page or the article, it names no author. */
export function isEditorLine(text: string): boolean {
  return text.length <= 40 && (editorLine.test(text) || dashSignature.test(text))
}

export interface Opener {
  /** The byline as printed at the start of the paragraph, e.g. `本报(特约通讯员 刘澜)`. */
  byline: string
  authors: string[]
  /** Where the paragraph's own text starts. */
  end: number
}

const numeral = '(?:\\d{1,2}|[〇一二三四五六七八九十]{1,3})'
const bracket = '(?:\\s*[（(]([^（）()]{1,40})[）)])'
const agency = `[${HAN}A-Za-z]{0,10}?${agencySuffix}[${HAN}]{0,10}?`
const openerPatterns: readonly { pattern: RegExp; namesNeedRole: boolean }[] = [
  // 本报北京5月8日电（记者冯春梅） · 新华社北京5月8日电
  {
    pattern: new RegExp(
      `^${agency}(?:\\d{4}年)?${numeral}月${numeral}日(?:[电電]|[讯訊])${bracket}?`,
    ),
    namesNeedRole: true,
  },
  // 本报讯（记者 张三） · 本报讯
  {
    pattern: new RegExp(`^[【\\[]?${ownPaper}[讯訊][】\\]]?${bracket}?\\s*[：:]?`),
    namesNeedRole: false,
  },
  // 本报(特约通讯员 刘澜)
  { pattern: new RegExp(`^${ownPaper}${bracket}`), namesNeedRole: false },
  // 央视网消息（新闻联播）： · 新华社消息：
  {
    pattern: new RegExp(`^[${HAN}A-Za-z]{0,10}?${agencySuffix}(?:消息|[讯訊])${bracket}?\\s*[：:]`),
    namesNeedRole: true,
  },
  // 本报 为全面优化…
  { pattern: /^本[报報](?=[\s\u3000])/, namesNeedRole: false },
  // 【記者張惠美／綜合報導】 · 记者王明/北京报道：as Taiwanese and Hong Kong papers sign
  {
    pattern: new RegExp(
      `^[【\\[]?((?:${ownPaper})?${roles}[^【】\\[\\]／/]{1,20}[／/][${HAN}]{0,6}?${reported})[】\\]]?\\s*[：:]?`,
    ),
    namesNeedRole: true,
  },
]

const hasRole = new RegExp(roles)

/** A byline or dateline at the start of a paragraph. */
/** Every opener names its paper (`本报`) or ends in 电, 讯, 消息 or 报道 within its first words. */
const openerMark = /本[报報]|[电電讯訊]|消息|[报報][道导導]/

/** An English wire dateline: `SHANGHAI, Jan. 2 (Xinhua) --`, `BEIJING, June 3 (Reuters) -`. */
const englishDateline =
  /^[A-Z][A-Z .'-]{1,30}(?:, [A-Z][A-Za-z .'-]{1,30})?, [A-Z][a-z]{2,8}\.? \d{1,2}(?: \(([A-Za-z ]{2,30})\))?\s*(?:--|—|–|-)\s*/

export function openerOf(text: string): Opener | null {
  const first = text.charCodeAt(0)
  if (first >= 0x41 && first <= 0x5a) {
    const english = englishDateline.exec(text)
    return english ? { byline: english[0].trim(), authors: [], end: english[0].length } : null
  }
  // Every other opener starts with a Han character or the bracket of `【本报讯】`.
  if ((first < 0x3400 || first > 0x9fff) && first !== 0x3010 && first !== 0x5b) return null
  if (!openerMark.test(text.slice(0, 40))) return null
  for (const { pattern, namesNeedRole } of openerPatterns) {
    const match = pattern.exec(text)
    if (!match) continue
    const inBracket = match[1] ?? ''
    const authors = namesNeedRole && !hasRole.test(inBracket) ? [] : namesIn(inBracket)
    let end = match[0].length
    while (end < text.length && /\s/.test(text.charAt(end))) end++
    return { byline: match[0].trim(), authors, end }
  }
  return null
}

const trailingNames = new RegExp(
  `[。！？!?”」』）)…]([\\s\\u3000]+)((?:[${HAN}]{2,4}|[${HAN}]{1,8}·[${HAN}]{1,8})(?:[\\s\\u3000]+(?:[${HAN}]{2,4}|[${HAN}]{1,8}·[${HAN}]{1,8})){0,4})$`,
)
const trailingBracket = new RegExp(`[（(](?:${ownPaper})?${roles}[^（）()]{1,30}[）)]$`)

/** Author names after the last sentence: `… 何榕 卢春燕` or `…。（记者 张三）`. Returns where
 * the byline starts, or -1. */
export function trailingBylineStart(text: string): number {
  const tail = text.length > 60 ? text.slice(-60) : text
  const offset = text.length - tail.length
  const names = trailingNames.exec(tail)
  if (names) return offset + names.index + 1 + (names[1]?.length ?? 0)
  const bracketed = trailingBracket.exec(tail)
  if (bracketed && bracketed.index > 0) return offset + bracketed.index
  return -1
}
