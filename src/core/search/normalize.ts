// Search normalisation: folds width and compatibility forms (NFKC), case, quotation marks and
// traditional characters, and drops all white space: a line break or spaces inside a field (a
// column break, a paragraph end, pasted or OCR'd text) never separate a match, whatever scripts
// stand on either side (召开⏎国家, 审理⏎2月, 网络⏎5G). Fields are normalised one by one, so two
// fields never join. A query and a text compare equal when a reader would call them equal. Stored text is never changed: this runs on copies, and the optional offset
// map leads from every normalised position back to the original text for highlights.
import { simplifyCodePoint } from './traditional'

/** Bump when the folding changes: persisted indexes made with another version are rebuilt. */
export const NORMALIZER_VERSION = 3

const UNKNOWN = 0
const DROP = 0xfffe
const SLOW = 0xffff
const SPACE = 0x20
const NEWLINE = 0x0a

/** Per BMP code unit: its one-unit fold, DROP, SLOW (needs the general path) or UNKNOWN yet. */
const fastFold = new Uint16Array(0x10000)
/** Per BMP code unit: 0 unknown, 1 not a combining mark, 2 combining mark. */
const markTable = new Uint8Array(0x10000)

const DOUBLE_QUOTES = new Set([
  0x22, 0xab, 0xbb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x300c, 0x300d, 0x301d, 0x301e, 0x301f,
])
const SINGLE_QUOTES = new Set([0x27, 0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x300e, 0x300f])
const LINE_BREAKS = new Set([NEWLINE, 0x85, 0x2028, 0x2029])
/** Invisible characters that only get in the way of matching: CR, soft hyphen, zero widths, BOM. */
const INVISIBLE = new Set([0x0d, 0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff])
const SPACE_LIKE = /^[\s\p{Cc}]$/u
const MARK = /^\p{M}$/u

function foldCodePoint(codePoint: number): string {
  if (LINE_BREAKS.has(codePoint)) return '\n'
  // A lone surrogate becomes U+FFFD, as any UTF-16 round trip would make it.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return '\ufffd'
  if (INVISIBLE.has(codePoint)) return ''
  const char = String.fromCodePoint(codePoint)
  if (SPACE_LIKE.test(char)) return ' '
  if (DOUBLE_QUOTES.has(codePoint)) return '"'
  if (SINGLE_QUOTES.has(codePoint)) return "'"
  return String.fromCodePoint(simplifyCodePoint(codePoint))
}

/** The general path: one base character with its combining marks. */
function foldSegment(segment: string): string {
  const composed = segment.normalize('NFKC').toLowerCase().normalize('NFKC')
  let out = ''
  for (const char of composed) out += foldCodePoint(char.codePointAt(0) ?? 0)
  return out
}

function learnFold(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return SLOW
  const folded = foldSegment(String.fromCharCode(unit))
  if (folded.length === 0) return DROP
  const first = folded.charCodeAt(0)
  return folded.length === 1 && first < DROP && first !== UNKNOWN ? first : SLOW
}

function isMarkUnit(unit: number): boolean {
  let known = markTable[unit] ?? 1
  if (known === 0) {
    known = MARK.test(String.fromCharCode(unit)) ? 2 : 1
    markTable[unit] = known
  }
  return known === 2
}

const isWhite = (unit: number | undefined): boolean => unit === SPACE || unit === NEWLINE

/** Collects output units and, optionally, the original range each one came from. */
class Output {
  units: Uint16Array
  starts: Uint32Array | null
  ends: Uint32Array | null
  length = 0

  constructor(capacity: number, withMap: boolean) {
    this.units = new Uint16Array(capacity)
    this.starts = withMap ? new Uint32Array(capacity + 1) : null
    this.ends = withMap ? new Uint32Array(capacity + 1) : null
  }

  /** Appends a unit that came from original[origin, originEnd); white space is never kept:
   * 习近平 总书记, 习近平⏎总书记 and 依法审理⏎2月3日 read as one run of text. */
  push(unit: number, origin: number, originEnd: number): void {
    if (isWhite(unit)) return
    if (this.length === this.units.length) this.grow()
    this.units[this.length] = unit
    if (this.starts && this.ends) {
      this.starts[this.length] = origin
      this.ends[this.length] = originEnd
    }
    this.length += 1
  }

  private grow(): void {
    const units = new Uint16Array(this.units.length * 2 + 16)
    units.set(this.units)
    this.units = units
    if (this.starts && this.ends) {
      const starts = new Uint32Array(units.length + 1)
      starts.set(this.starts)
      this.starts = starts
      const ends = new Uint32Array(units.length + 1)
      ends.set(this.ends)
      this.ends = ends
    }
  }
}

const utf16 = new TextDecoder('utf-16le')

function unitsToString(units: Uint16Array): string {
  if (units.length < 256) return String.fromCharCode(...units)
  return utf16.decode(units)
}

function run(input: string, output: Output): void {
  const length = input.length
  let i = 0
  while (i < length) {
    const unit = input.charCodeAt(i)
    let fold = fastFold[unit] ?? SLOW
    if (fold === UNKNOWN) fastFold[unit] = fold = learnFold(unit)
    const markFollows = i + 1 < length && isMarkUnit(input.charCodeAt(i + 1))
    if (fold < DROP && !markFollows) {
      output.push(fold, i, i + 1)
      i += 1
      continue
    }
    if (fold === DROP && !markFollows) {
      i += 1
      continue
    }
    let end = i + 1
    if (unit >= 0xd800 && unit <= 0xdbff && end < length) {
      const low = input.charCodeAt(end)
      if (low >= 0xdc00 && low <= 0xdfff) end += 1
    }
    while (end < length && isMarkUnit(input.charCodeAt(end))) end += 1
    const folded = foldSegment(input.slice(i, end))
    for (let k = 0; k < folded.length; k++) output.push(folded.charCodeAt(k), i, end)
    i = end
  }
}

/** The search form of a text or a query. */
export function normalize(input: string): string {
  const output = new Output(input.length + 8, false)
  run(input, output)
  return unitsToString(output.units.subarray(0, output.length))
}

/** A normalised text with the way back to the original. */
export class NormalizedText {
  constructor(
    readonly text: string,
    /** Normalised unit k came from original[starts[k], ends[k]); starts[text.length] = its length. */
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
  ) {}

  /** The original range [start, end) that normalised range [from, to) came from. */
  toOriginal(from: number, to: number): { start: number; end: number } {
    const start = this.starts[from] ?? 0
    if (to <= from) return { start, end: start }
    return { start, end: this.ends[to - 1] ?? start }
  }
}

export function normalizeWithMap(input: string): NormalizedText {
  const output = new Output(input.length + 8, true)
  run(input, output)
  const { length } = output
  const starts = (output.starts ?? new Uint32Array(1)).slice(0, length + 1)
  starts[length] = input.length
  const ends = (output.ends ?? new Uint32Array(0)).slice(0, length)
  return new NormalizedText(unitsToString(output.units.subarray(0, length)), starts, ends)
}
