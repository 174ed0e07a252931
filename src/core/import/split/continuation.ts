// The judgement a column break asks for, made by a model of its own: does line B continue the
// sentence line A broke off, or does B start something new (a paragraph, a headline)? A logistic
// regression over the junction (the characters either side: `气|氛` is a word, `标|本报` is not),
// the edges of both lines, and clause lengths (a broken clause's two halves add up to one clause's
// length; a heading and the sentence under it do not). Trained by scripts/train-splitter.ts on
// the training months' own text, cut where columns end — anywhere but after a full stop — against
// the line pairs that really follow each other; its log-odds are a feature of the line labeller
// (a cascade, as header-roles.ts is).
import { freeze, rowOf } from './weight-table'
import type { WeightTable } from './weight-table'

export const joinTemplates = [
  'bias',
  'pair',
  'pairLeft',
  'pairRight',
  'aLast',
  'aLastTwo',
  'bFirst',
  'bFirstTwo',
  'aFragment',
  'bFragment',
  'clause',
  'aLength',
  'bLength',
  'aEndClass',
  'bStartClass',
  'aHeading',
  'aLastThree',
  'bFirstThree',
  'aStartClass',
  'aColon',
  'clause/heading',
  'bFragmentEnd',
  'lexicon',
  'lexicon/heading',
] as const
type JoinTemplate = (typeof joinTemplates)[number]

/** Templates whose value is text: hashed, named by their text in the weights file. */
const textTemplates: ReadonlySet<string> = new Set([
  'pair',
  'pairLeft',
  'pairRight',
  'aLast',
  'aLastTwo',
  'bFirst',
  'bFirstTwo',
  'aLastThree',
  'bFirstThree',
])

const VALUE_BITS = 20
const VALUE_SPACE = 1 << VALUE_BITS
const index = new Map<string, number>(joinTemplates.map((name, at) => [name, at]))
const T = Object.fromEntries(joinTemplates.map((name, at) => [name, at])) as Record<
  JoinTemplate,
  number
>

function hashChars(text: string, start: number, end: number, more = '', moreEnd = 0): number {
  let hash = 17
  for (let i = Math.max(0, start); i < end; i++)
    hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0
  for (let i = 0; i < Math.min(moreEnd, more.length); i++)
    hash = (Math.imul(hash, 31) + more.charCodeAt(i)) | 0
  return (hash >>> 0) % VALUE_SPACE
}

const id = (template: number, value: number): number => template * VALUE_SPACE + value

/** The id of `template:value` as the weights file writes it; null for an unknown template. */
export function joinFeatureId(key: string): number | null {
  const colon = key.indexOf(':')
  const template = index.get(key.slice(0, colon))
  if (template === undefined || colon < 0) return null
  const raw = key.slice(colon + 1)
  const value = textTemplates.has(key.slice(0, colon)) ? hashChars(raw, 0, raw.length) : Number(raw)
  return Number.isInteger(value) ? id(template, value) : null
}

const punctuation = new Set(Array.from('。！？!?；;，,、：:…—－-“”‘’「」『』（）()《》【】"\''))
const closing = new Set(Array.from('。！？!?；;…'))
const isPunctuation = (text: string, at: number): boolean => punctuation.has(text.charAt(at))

/** Characters after the last punctuation mark of `text`: the clause a break left open. */
function trailingFragment(text: string): number {
  let at = text.length
  while (at > 0 && !isPunctuation(text, at - 1)) at--
  return text.length - at
}

/** Characters before the first punctuation mark of `text`: the rest of the clause. */
function leadingFragment(text: string): number {
  let at = 0
  while (at < text.length && !isPunctuation(text, at)) at++
  return at
}

const bucket = (n: number): number =>
  n <= 1 ? n : n <= 3 ? 2 : n <= 5 ? 3 : n <= 8 ? 4 : n <= 12 ? 5 : n <= 18 ? 6 : n <= 26 ? 7 : 8
const lengthBucket = (n: number): number =>
  n <= 4 ? 0 : n <= 10 ? 1 : n <= 20 ? 2 : n <= 35 ? 3 : n <= 60 ? 4 : n <= 120 ? 5 : 6

function charClass(text: string, at: number): number {
  const char = text.charAt(at)
  if (char === '') return 0
  if (closing.has(char)) return 1
  if ('，,、'.includes(char)) return 2
  if ('：:'.includes(char)) return 3
  if ('”’」』）)》】'.includes(char)) return 4
  if ('“‘「『（(《【'.includes(char)) return 5
  if ('—－-'.includes(char)) return 6
  if (/[0-9０-９]/.test(char)) return 7
  if (/[A-Za-z]/.test(char)) return 8
  return punctuation.has(char) ? 9 : 10
}

/** Short, no punctuation inside: could stand alone as a heading. */
const headingLike = (text: string): boolean =>
  text.length <= 40 && leadingFragment(text) === text.length

/** How strongly two characters go together in running text (their pointwise mutual information,
 * in steps), by `code << 16 | code`; pairs too rare to judge are absent. */
export type Lexicon = ReadonlyMap<number, number>

const pairCode = (a: string, b: string): number =>
  ((a.charCodeAt(a.length - 1) << 16) | b.charCodeAt(0)) >>> 0

/** Calls `emit` with every feature id of the pair (line A above line B). */
export function forEachJoinFeature(
  a: string,
  b: string,
  emit: (id: number) => void,
  lexicon?: Lexicon,
): void {
  const al = a.length
  emit(id(T.bias, 0))
  emit(id(T.pair, hashChars(a, al - 1, al, b, 1)))
  emit(id(T.pairLeft, hashChars(a, al - 2, al, b, 1)))
  emit(id(T.pairRight, hashChars(a, al - 1, al, b, 2)))
  emit(id(T.aLast, hashChars(a, al - 1, al)))
  emit(id(T.aLastTwo, hashChars(a, al - 2, al)))
  emit(id(T.bFirst, hashChars(b, 0, 1)))
  emit(id(T.bFirstTwo, hashChars(b, 0, 2)))
  const left = trailingFragment(a)
  const right = leadingFragment(b)
  const whole = left === al ? 1 : 0
  emit(id(T.aFragment, bucket(left) * 2 + whole))
  emit(id(T.bFragment, bucket(right) * 2 + (right === b.length ? 1 : 0)))
  emit(id(T.clause, bucket(left + right)))
  emit(id(T.aLength, lengthBucket(al)))
  emit(id(T.bLength, lengthBucket(b.length)))
  emit(id(T.aEndClass, charClass(a, al - 1)))
  emit(id(T.bStartClass, charClass(b, 0)))
  const heading = headingLike(a) ? 1 : 0
  emit(id(T.aHeading, heading))
  emit(id(T.aLastThree, hashChars(a, al - 3, al)))
  emit(id(T.bFirstThree, hashChars(b, 0, 3)))
  emit(id(T.aStartClass, charClass(a, 0)))
  emit(id(T.aColon, /[：:]/.test(a) ? 1 : 0))
  emit(id(T['clause/heading'], bucket(left + right) * 2 + heading))
  emit(id(T.bFragmentEnd, charClass(b, right)))
  const bond = lexicon?.get(pairCode(a, b)) ?? 0
  emit(id(T.lexicon, bond))
  emit(id(T['lexicon/heading'], bond * 2 + heading))
}

/** The text of every text-valued feature of a pair, for naming weights. */
export function joinTextValues(a: string, b: string): [string, string][] {
  return [
    ['pair', a.slice(-1) + b.slice(0, 1)],
    ['pairLeft', a.slice(-2) + b.slice(0, 1)],
    ['pairRight', a.slice(-1) + b.slice(0, 2)],
    ['aLast', a.slice(-1)],
    ['aLastTwo', a.slice(-2)],
    ['bFirst', b.slice(0, 1)],
    ['bFirstTwo', b.slice(0, 2)],
    ['aLastThree', a.slice(-3)],
    ['bFirstThree', b.slice(0, 3)],
  ]
}

export function joinFeatureKey(featureId: number, text?: string): string {
  const template = joinTemplates[Math.floor(featureId / VALUE_SPACE)] ?? 'unknown'
  return `${template}:${text ?? String(featureId % VALUE_SPACE)}`
}

export interface JoinModel {
  table: WeightTable
  lexicon: Lexicon
}

export function joinModel(weights: ReadonlyMap<number, number>, lexicon: Lexicon): JoinModel {
  return { table: freeze(new Map([...weights].map(([key, w]) => [key, [w]])), 1), lexicon }
}

/** The lexicon as the weights file writes it: per step, its pairs' characters run together. */
export type LexiconFile = Record<string, string>

export function readLexicon(file: Readonly<LexiconFile>): Map<number, number> {
  const lexicon = new Map<number, number>()
  for (const [step, pairs] of Object.entries(file))
    for (let i = 0; i + 1 < pairs.length; i += 2)
      lexicon.set(pairCode(pairs.charAt(i), pairs.charAt(i + 1)), Number(step))
  return lexicon
}

export function writeLexicon(lexicon: Lexicon): LexiconFile {
  const file: LexiconFile = {}
  for (const [code, step] of lexicon)
    file[String(step)] =
      (file[String(step)] ?? '') + String.fromCharCode(code >>> 16, code & 0xffff)
  return file
}

/** Reads the weights file's `key → weight` record and lexicon. */
export function loadJoinModel(
  record: Readonly<Record<string, number>>,
  lexicon: Readonly<LexiconFile>,
): JoinModel {
  const weights = new Map<number, number>()
  for (const [key, weight] of Object.entries(record)) {
    const featureId = joinFeatureId(key)
    if (featureId !== null) weights.set(featureId, weight)
  }
  return joinModel(weights, readLexicon(lexicon))
}

/** Log-odds that line B continues line A across a column break. */
export function joinLogit(model: JoinModel, a: string, b: string): number {
  const { table, lexicon } = model
  let z = 0
  forEachJoinFeature(
    a,
    b,
    (featureId) => {
      const at = rowOf(table, featureId)
      if (at >= 0) z += table.data[at] ?? 0
    },
    lexicon,
  )
  return z
}

export const JOIN_BUCKETS = 14

/** The log-odds in a few steps, for the labeller's features: 0 where there is no pair to judge. */
export function joinBucket(logit: number): number {
  return 1 + Math.max(0, Math.min(JOIN_BUCKETS - 2, Math.floor(logit / 1.5) + 6))
}
