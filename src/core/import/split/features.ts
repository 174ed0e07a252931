// The features the line labeller reads, per line: its own shape (length, how it starts and ends,
// column tags, dashes, datelines), its place in the layout (blank lines and rules around it,
// indentation, position in its block or file), its neighbours' shapes, and a few characters at
// its edges. Features are integers (template × value) so labelling a page allocates little;
// `featureKey` names them for the weights file. Which feature means what is learned by
// scripts/train-splitter.ts from the bench corpus, not written here.
import { LAYOUT_CLASSES, layoutClass } from './layout'
import type { PageLayout } from './layout'
import { COHESION_BUCKETS, cohesionOf } from './cohesion'
import { styleBucket, styleScore } from './style'
import type { StyleModel } from './style'
import { joinBucket, joinLogit } from './continuation'
import type { JoinModel } from './continuation'
import { looksLikeCaption } from './marks'
import {
  endsClosed,
  hasPlacePrefix,
  hasSentenceEnd,
  isHeadingShaped,
  looksNumbered,
  startsAsContinuation,
} from './shape'
import { isDatelineAlone } from './units'
import type { Unit, UnitKind } from './units'

/** Templates in a fixed order: a feature's id is its template's index × 2^20 + its value. */
export const templates = [
  'bias',
  'kind',
  'kind/layout',
  'gap/layout',
  'nextGap/layout',
  'indent/layout',
  'length',
  'length/layout',
  'first',
  'last',
  'last/length',
  'opener',
  'opener/gap',
  'sentenceInside',
  'columnTag',
  'dashStart',
  'dashEnd',
  'colonEarly',
  'spaced',
  'numbered',
  'quoted',
  'digits',
  'bareDate',
  'caption',
  'placePrefix',
  'headingShape',
  'headingShape/layout',
  'lineNumber/layout',
  'blockPosition/layout',
  'blockSize/layout',
  'firstChar',
  'firstTwo',
  'lastChar',
  'lastTwo',
  'previous/kind',
  'previous/last',
  'previous/length',
  'previous/headingShape',
  'previousLast/first',
  'next/kind',
  'next/opener',
  'next/length',
  'next/last',
  'next/first',
  'next/headingShape',
  'next/columnTag',
  'afterNext/kind',
  'afterNext/opener',
  'lengthToNext',
  'lengthToPrevious',
  'indentWithNext',
  'emphasis',
  'firstOfPage',
  'continues',
  'repeatsPrevious',
  'digits/next',
  'continues/shape',
  'next/caption',
  'previous/signed',
  'junction',
  'join',
  'next/join',
  'join/heading',
  'cohesionAcross',
  'cohesionOwn',
  'cohesion',
  'style/layout',
] as const

export type Template = (typeof templates)[number]

/** Templates whose value is text (characters at the line's edges), hashed. */
export const textTemplates: ReadonlySet<Template> = new Set([
  'firstChar',
  'firstTwo',
  'lastChar',
  'lastTwo',
  'junction',
])

/** The text of every text-valued feature of a line, by template, for naming weights. */
export function textValues(text: string, previous?: string): [Template, string][] {
  const values: [Template, string][] = [
    ['firstChar', text.slice(0, 1)],
    ['firstTwo', text.slice(0, 2)],
    ['lastChar', text.slice(-1)],
    ['lastTwo', text.slice(-2)],
  ]
  if (previous !== undefined) values.push(['junction', previous.slice(-1) + text.slice(0, 1)])
  return values
}

const templateIndex = new Map<string, number>(templates.map((name, index) => [name, index]))
const VALUE_BITS = 20
const VALUE_SPACE = 1 << VALUE_BITS

export function hashText(text: string): number {
  return hashRange(text, 0, text.length)
}

/** hashText of `text.slice(start, end)`, without making the slice: this runs for every line. */
function hashRange(text: string, start: number, end: number): number {
  let hash = 17
  for (let i = Math.max(0, start); i < end; i++)
    hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0
  return (hash >>> 0) % VALUE_SPACE
}

/** hashText of the last character of `a` followed by the first of `b`. */
function hashJunction(a: string, b: string): number {
  let hash = 17
  if (a.length > 0) hash = (Math.imul(hash, 31) + a.charCodeAt(a.length - 1)) | 0
  if (b.length > 0) hash = (Math.imul(hash, 31) + b.charCodeAt(0)) | 0
  return (hash >>> 0) % VALUE_SPACE
}

/** The id of `template:value` as written in the weights file; null for an unknown template. */
export function featureId(key: string): number | null {
  const colon = key.indexOf(':')
  const name = key.slice(0, colon)
  const index = templateIndex.get(name)
  if (index === undefined || colon < 0) return null
  const raw = key.slice(colon + 1)
  const value = textTemplates.has(name as Template) ? hashText(raw) : Number(raw)
  return Number.isInteger(value) ? index * VALUE_SPACE + value : null
}

const kinds: readonly UnitKind[] = ['text', 'byline', 'editor', 'credit', 'marker']
const kindValue = (unit: Unit | undefined): number => (unit ? kinds.indexOf(unit.kind) + 1 : 0)

const lengthLimits = [2, 4, 6, 8, 10, 13, 16, 20, 25, 30, 40, 50, 65, 80, 120, 200]
function lengthBucket(unit: Unit | undefined): number {
  if (!unit) return 0
  const length = unit.text.length
  for (let i = 0; i < lengthLimits.length; i++) if (length <= (lengthLimits[i] ?? 0)) return i + 1
  return lengthLimits.length + 1
}

const classOf = new Map<number, number>()
const charClasses: readonly string[] = [
  '。．.',
  '！？!?',
  '；;',
  '，、,',
  '：:',
  '—－-',
  '）)】]',
  '”’」』"\'',
  '（(【[',
  '“‘「『',
  '《》〈〉',
  '◆●■►▶★☆▲※·•◇□○',
  '…',
]
charClasses.forEach((chars, index) => {
  for (const char of chars) classOf.set(char.charCodeAt(0), index + 4)
})
/** 1 Han, 2 digit, 3 Latin, then the punctuation classes above, 0 for anything else. */
function charClass(code: number): number {
  const known = classOf.get(code)
  if (known !== undefined) return known
  if (code >= 0x3400 && code <= 0x9fff) return 1
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return 2
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 3
  return 0
}
const firstClass = (unit: Unit | undefined): number =>
  unit ? charClass(unit.text.charCodeAt(0)) + 1 : 0
const lastClass = (unit: Unit | undefined): number =>
  unit ? charClass(unit.text.charCodeAt(unit.text.length - 1)) + 1 : 0

const columnTag = /[（(][^（）()。！？]{1,30}[）)]$/
const spacedHan = /[\u3400-\u9fff”」][ \u3000\u00a0]+[\u3400-\u9fff“「]/
const digit = /[0-9０-９]/
const quotedWhole = /^[“「『"][^“”]*[”」』"]$/

const hasColumnTag = (unit: Unit | undefined): boolean =>
  unit !== undefined && columnTag.test(unit.text) && unit.text.length > 6
const dashAtStart = (text: string): boolean => /^[—－-]{1,2}/.test(text)

function colonEarly(text: string): boolean {
  const at = text.search(/[：:]/)
  return at > 0 && at <= 12 && at < text.length - 1
}

/** 0–3 blank lines (3: three or more, the room a photo leaves), 4 a rule, 5 the end. */
function gapValue(unit: Unit | undefined): number {
  if (!unit) return 5
  if (unit.rule) return 4
  return Math.min(unit.gap, 3)
}

function ratioBucket(a: Unit | undefined, b: Unit | undefined): number {
  if (!a || !b) return 0
  const ratio = a.text.length / Math.max(1, b.text.length)
  return ratio < 0.5 ? 1 : ratio < 0.8 ? 2 : ratio <= 1.25 ? 3 : ratio <= 2 ? 4 : 5
}

/** Where each line sits in its block of gap-free lines: position and block size. */
export function blockPositions(units: readonly Unit[]): { position: Int32Array; size: Int32Array } {
  const position = new Int32Array(units.length)
  const size = new Int32Array(units.length)
  let start = 0
  for (let i = 0; i <= units.length; i++) {
    if (i === units.length || (i > 0 && (units[i]?.gap ?? 0) > 0)) {
      for (let j = start; j < i; j++) {
        position[j] = j - start
        size[j] = i - start
      }
      start = i
    }
  }
  return { position, size }
}

/** A line that repeats the one above (a transcript's text opening with its own headline): 1 when
 * contained in it, 2 when it contains it. */
function repeats(previous: Unit | undefined, unit: Unit): number {
  if (!previous || unit.text.length < 4 || previous.text.length < 4) return 0
  if (previous.text.includes(unit.text)) return 1
  return unit.text.includes(previous.text) ? 2 : 0
}

/** What the features read of a line, worked out once: its neighbours read it too. */
export interface LineShape {
  length: number
  first: number
  last: number
  heading: boolean
  columnTag: boolean
  caption: boolean
}

function shapeOf(unit: Unit): LineShape {
  return {
    length: lengthBucket(unit),
    first: firstClass(unit),
    last: lastClass(unit),
    heading: isHeadingShaped(unit.text),
    columnTag: hasColumnTag(unit),
    caption: looksLikeCaption(unit.text),
  }
}

/** A line before the first or after the last. */
const noLine: LineShape = {
  length: 0,
  first: 0,
  last: 0,
  heading: false,
  columnTag: false,
  caption: false,
}

export interface PageContext {
  units: readonly Unit[]
  shapes: readonly LineShape[]
  layout: PageLayout
  layoutValue: number
  blocks: { position: Int32Array; size: Int32Array }
  /** 1 where a line ends with its authors' names (`… 何榕 卢春燕`): the article ends there. */
  signedEnds: Uint8Array
  /** Per line, how likely it continues the line above across a column break (continuation.ts,
   * bucketed; 0 where either line is not text). Filled by `judgeJoins`. */
  joins: Uint8Array
  /** Per heading-shaped line, lexical cohesion around it (cohesion.ts): across × buckets + own;
   * 0 for other lines. */
  cohesion: Uint8Array
  /** Per heading-shaped line, how much it reads like a headline rather than a sub-heading
   * (style.ts, bucketed; 0 for other lines). Filled by `judgeStyle`. */
  style: Uint8Array
}

/** Fills `context.style` with the style model's judgement of every heading-shaped line. */
export function judgeStyle(context: PageContext, model: StyleModel): PageContext {
  context.shapes.forEach((shape, i) => {
    if (shape.heading)
      context.style[i] = styleBucket(styleScore(model, context.units[i]?.text ?? ''))
  })
  return context
}

/** Fills `context.joins` with the column-break model's judgement of every pair of text lines. */
export function judgeJoins(context: PageContext, model: JoinModel): PageContext {
  const { units, joins } = context
  for (let i = 1; i < units.length; i++) {
    const a = units[i - 1]
    const b = units[i]
    if (a?.kind !== 'text' || b?.kind !== 'text' || a.text === '' || b.text === '') continue
    joins[i] = joinBucket(joinLogit(model, a.text, b.text))
  }
  return context
}

export function pageContext(units: readonly Unit[], layout: PageLayout): PageContext {
  const signedEnds = Uint8Array.from(units, (unit) => (unit.signedEnd ? 1 : 0))
  const shapes = units.map(shapeOf)
  const cohesion = new Uint8Array(units.length)
  shapes.forEach((shape, i) => {
    if (!shape.heading) return
    const { across, own } = cohesionOf(units, i)
    cohesion[i] = across * COHESION_BUCKETS + own
  })
  return {
    units,
    shapes,
    cohesion,
    style: new Uint8Array(units.length),
    layout,
    layoutValue: layoutClass(layout),
    blocks: blockPositions(units),
    signedEnds,
    joins: new Uint8Array(units.length),
  }
}

/** 0 no dateline, 1 a dateline opening the paragraph's text, 2 a dateline alone on its line (a
 * digest's `央视网消息（新闻联播）：` under each item's heading). */
export function openerValue(unit: Unit | undefined): number {
  if (!unit?.opener) return 0
  return isDatelineAlone(unit) ? 2 : 1
}

const at = (template: number, value: number): number =>
  template * VALUE_SPACE + (value & (VALUE_SPACE - 1))
const T = Object.fromEntries(templates.map((name, index) => [name, index])) as Record<
  Template,
  number
>
const bool = (value: boolean): number => (value ? 1 : 0)

/** Calls `emit` with the id of every feature of unit `i`. */
export function forEachFeature(context: PageContext, i: number, emit: (id: number) => void): void {
  const { units, layoutValue: L, blocks, shapes } = context
  const unit = units[i]
  if (!unit) return
  const own = shapes[i] ?? noLine
  const before = shapes[i - 1] ?? noLine
  const after = shapes[i + 1] ?? noLine
  const previous = units[i - 1]
  const next = units[i + 1]
  const afterNext = units[i + 2]
  const { text } = unit
  const { length, last } = own
  const gap = gapValue(unit)
  const layout = (value: number): number => value * LAYOUT_CLASSES + L
  emit(at(T.bias, 0))
  emit(at(T.kind, kindValue(unit)))
  emit(at(T['kind/layout'], layout(kindValue(unit))))
  emit(at(T['gap/layout'], layout(gap)))
  emit(at(T['nextGap/layout'], layout(gapValue(next))))
  emit(at(T['indent/layout'], layout(bool(unit.indent))))
  emit(at(T.length, length))
  emit(at(T['length/layout'], layout(length)))
  emit(at(T.first, own.first))
  emit(at(T.last, last))
  emit(at(T['last/length'], last * 32 + length))
  emit(at(T.opener, openerValue(unit)))
  emit(at(T['opener/gap'], openerValue(unit) * 8 + gap))
  emit(at(T.sentenceInside, bool(hasSentenceEnd(text, text.length - 1))))
  emit(at(T.columnTag, bool(own.columnTag)))
  emit(at(T.dashStart, bool(dashAtStart(text))))
  emit(at(T.dashEnd, bool(/[—－-]$/.test(text))))
  emit(at(T.colonEarly, bool(colonEarly(text))))
  emit(at(T.spaced, bool(spacedHan.test(text))))
  emit(at(T.numbered, bool(looksNumbered(text))))
  emit(at(T.quoted, bool(quotedWhole.test(text))))
  emit(at(T.digits, bool(digit.test(text))))
  emit(at(T.bareDate, bool(unit.dateOnly)))
  emit(at(T.caption, bool(own.caption)))
  emit(at(T.placePrefix, bool(hasPlacePrefix(text))))
  emit(at(T.headingShape, bool(own.heading)))
  emit(at(T['headingShape/layout'], layout(bool(own.heading))))
  emit(at(T['lineNumber/layout'], layout(Math.min(unit.line, 5))))
  emit(at(T['blockPosition/layout'], layout(Math.min(blocks.position[i] ?? 0, 4))))
  emit(at(T['blockSize/layout'], layout(Math.min(blocks.size[i] ?? 0, 6))))
  const size = text.length
  emit(at(T.firstChar, hashRange(text, 0, Math.min(1, size))))
  emit(at(T.firstTwo, hashRange(text, 0, Math.min(2, size))))
  emit(at(T.lastChar, hashRange(text, size - 1, size)))
  emit(at(T.lastTwo, hashRange(text, size - 2, size)))
  emit(at(T['previous/kind'], kindValue(previous)))
  emit(at(T['previous/last'], before.last))
  emit(at(T['previous/length'], before.length))
  emit(at(T['previous/headingShape'], bool(before.heading)))
  emit(at(T['previous/signed'], context.signedEnds[i - 1] ?? 0))
  emit(at(T['previousLast/first'], before.last * 32 + own.first))
  emit(at(T['next/kind'], kindValue(next)))
  emit(at(T['next/opener'], openerValue(next)))
  emit(at(T['next/length'], after.length))
  emit(at(T['next/last'], after.last))
  emit(at(T['next/first'], after.first))
  emit(at(T['next/headingShape'], bool(after.heading)))
  emit(at(T['next/columnTag'], bool(after.columnTag)))
  emit(at(T['next/caption'], bool(after.caption) * 8 + gap))
  emit(at(T['afterNext/kind'], kindValue(afterNext)))
  emit(at(T['afterNext/opener'], openerValue(afterNext)))
  emit(at(T.lengthToNext, ratioBucket(unit, next)))
  emit(at(T.lengthToPrevious, ratioBucket(unit, previous)))
  emit(at(T.indentWithNext, bool(unit.indent) * 2 + bool(next?.indent === true) + (next ? 4 : 0)))
  emit(at(T.emphasis, bool(unit.emphasis)))
  emit(at(T.firstOfPage, bool(i === 0)))
  const open = previous !== undefined && previous.kind === 'text' && !endsClosed(previous.text)
  // The two characters a column break would have parted (`管|理` is a word, `大|作` is not).
  if (open) emit(at(T.junction, hashJunction(previous.text, text)))
  const continues = bool(open) * 2 + bool(startsAsContinuation(text))
  emit(at(T.continues, continues))
  emit(at(T['continues/shape'], continues * 16 + bool(own.heading) * 8 + kindValue(next)))
  const join = context.joins[i] ?? 0
  emit(at(T.join, join))
  emit(at(T['next/join'], context.joins[i + 1] ?? 0))
  emit(at(T['join/heading'], join * 2 + bool(before.heading)))
  emit(at(T.repeatsPrevious, repeats(previous, unit)))
  const cohesion = context.cohesion[i] ?? 0
  emit(at(T.cohesionAcross, Math.floor(cohesion / COHESION_BUCKETS)))
  emit(at(T.cohesionOwn, cohesion % COHESION_BUCKETS))
  emit(at(T.cohesion, cohesion))
  const style = context.style[i] ?? 0
  emit(at(T['style/layout'], layout(style)))
  emit(
    at(
      T['digits/next'],
      bool(digit.test(text)) * 2 + bool(next !== undefined && digit.test(next.text)),
    ),
  )
}

/** Readable name of a feature id, for the weights file. Text values are not recoverable from
 * their hash, so the trainer passes the text along. */
export function featureKey(id: number, text?: string): string {
  const template = templates[Math.floor(id / VALUE_SPACE)] ?? 'unknown'
  return `${template}:${text ?? String(id % VALUE_SPACE)}`
}
