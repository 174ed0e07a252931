// The shape of one line of text: does it end a sentence, could it be a heading. Character sets,
// no regular expressions in loops: these run on every line of every file.

/** Sets of UTF-16 code units: comparing numbers allocates nothing, unlike one-character strings. */
const codes = (chars: string): Set<number> =>
  new Set(Array.from(chars, (char) => char.charCodeAt(0)))

const sentenceEnds = codes('。！？!?…；;．.')
/** Closing quotes and brackets end a paragraph when they close a quotation or a byline. */
const closers = codes('”’」』）)】》〉"\'')
const straightQuotes = codes('"\'')
/** A paragraph may end with a colon that introduces a list or a quotation. */
const colons = codes('：:')
const dashes = codes('—-')
const clauseMarks = codes('，,、')
/** Opening mark → its closing mark. */
const quotePairs = new Map<number, number>()
const pairs = '“”‘’「」『』（）()【】《》'
for (let i = 0; i < pairs.length; i += 2)
  quotePairs.set(pairs.charCodeAt(i), pairs.charCodeAt(i + 1))

const lastCode = (text: string): number => text.charCodeAt(text.length - 1)

/** The line ends a sentence (or a quotation, a bracket, a list introduction). */
export function endsClosed(text: string): boolean {
  const last = lastCode(text)
  return sentenceEnds.has(last) || closers.has(last) || colons.has(last) || dashes.has(last)
}

/** Starts with punctuation that can only continue a sentence (a column break before it). */
export function startsAsContinuation(text: string): boolean {
  const first = text.charCodeAt(0)
  return (
    clauseMarks.has(first) ||
    sentenceEnds.has(first) ||
    (closers.has(first) && !straightQuotes.has(first))
  )
}

const strongEnd = /[。！？；]/

/** A sentence ends somewhere in the text (before `end`, when given). */
export function hasSentenceEnd(text: string, end = text.length): boolean {
  const at = text.search(strongEnd)
  return at >= 0 && at < end
}

/** Commas outside quotation marks and brackets: a quoted sub-heading may contain commas, a
 * sentence fragment has them in the open. */
function hasBareComma(text: string): boolean {
  const stack: number[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const close = quotePairs.get(code)
    if (close !== undefined) stack.push(close)
    else if (stack.length > 0 && code === stack[stack.length - 1]) stack.pop()
    else if (stack.length === 0 && clauseMarks.has(code)) return true
  }
  return false
}

const HEADING_MAX = 50

/** Could stand alone as a headline or sub-heading: short, no sentence punctuation. */
export function isHeadingShaped(text: string): boolean {
  if (text.length < 2 || text.length > HEADING_MAX) return false
  const last = lastCode(text)
  if (sentenceEnds.has(last) || clauseMarks.has(last) || colons.has(last)) return false
  // The `、` of a numbering (`一、`) is not a comma of the text.
  const numbering = numbered.exec(text)
  return !hasSentenceEnd(text) && !hasBareComma(numbering ? text.slice(numbering[0].length) : text)
}

const numbered =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[章节部分篇])/

export function looksNumbered(text: string): boolean {
  return numbered.test(text)
}

const bareDate =
  /^\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[（(]?星期.[）)]?)?$|^\s*(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\s*$/

/** A line that is only a date, like the date under a notice's signature. */
export function isBareDate(text: string): boolean {
  return text.length <= 24 && bareDate.test(text)
}

const placePrefix =
  /^[\u4e00-\u9fff]{1,10}(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|村|州|盟|旗|局|委|厅|廳|部|院|校|公司|集团|集團|园|園|港|中心)[：:]/

/** `湘潭高新区：…` — a place or body, a colon, the news: how regional headlines are written. */
export function hasPlacePrefix(text: string): boolean {
  return placePrefix.test(text)
}
