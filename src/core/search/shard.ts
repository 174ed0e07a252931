// A shard: up to `capacity` documents (doc numbers fit the postings' Uint16), their normalised
// texts for verification, the fields filters and ranking read, and their index, in two parts as
// in Lucene's segments:
// - sealed: docs [0, sealedEnd) in compact typed-array postings, built in bulk, never changed
//   (a removal only marks a document dead);
// - live: docs [sealedEnd, liveEnd) in a FlexSearch `Document` (./segment), where documents
//   are added, re-indexed when their text changes, and removed one at a time.
// Documents appended since the last sync, [liveEnd, count), are indexed at the next sync: into
// the live segment while it stays within LIVE_LIMIT, otherwise everything unsealed is sealed
// at once (a bulk build never goes through FlexSearch). A full shard and a shard about to be
// exported are sealed too.
import { DAY_MS } from '../../shared/dates'
import { buildPostings, emptyPostings, mergePostings, type Postings } from './postings'
import { normalize } from './normalize'
import { LiveSegment } from './segment'

export const MAX_SHARD_CAPACITY = 0x10000
/** Above this many documents outside the sealed postings, they are sealed. */
export const LIVE_LIMIT = 512
const NO_DOCS = new Uint16Array(0)

/** A document in the form the engine stores it. */
export interface IndexedDoc {
  id: string
  text: string
  headlineEnd: number
  /** YYYYMMDD, 0 when unknown. */
  date: number
  /** -1 when unknown. */
  page: number
  tags: readonly string[]
  authors: readonly string[]
  paper: string | null
  section: string | null
  /** The article version indexed (see SearchDoc.version); 0 when unknown. */
  version: number
}

/** String fields as numbers into the shard's string table (-1: none). */
export interface DocFields {
  tags: number[]
  authors: number[]
  paper: number
  section: number
}

const EPOCH_1800 = Date.UTC(1800, 0, 1)
const MAX_DAY = (1 << 18) - 1

/** Days since 1800-01-01 plus one, for ranking: 0 when unknown. */
export function dayNumber(date: number): number {
  if (date <= 0) return 0
  const year = Math.floor(date / 10000)
  const month = Math.max(1, Math.floor(date / 100) % 100)
  const day = Math.max(1, date % 100)
  const days = Math.floor((Date.UTC(year, month - 1, day) - EPOCH_1800) / DAY_MS) + 1
  return Math.min(MAX_DAY, Math.max(1, days))
}

export class Shard {
  readonly ids: string[] = []
  readonly texts: string[] = []
  readonly fields: DocFields[] = []
  readonly headlineEnds: Uint32Array
  readonly dates: Int32Array
  readonly days: Uint32Array
  readonly pages: Int32Array
  readonly versions: Float64Array
  readonly alive: Uint8Array
  readonly strings: string[] = []
  readonly normalizedStrings: string[] = []
  private readonly stringIndex = new Map<string, number>()
  readonly docOf = new Map<string, number>()
  /** Postings of the sealed documents [0, sealedEnd). */
  postings: Postings = emptyPostings()
  sealedEnd = 0
  /** The live segment, holding the live documents of [sealedEnd, liveEnd); null when none. */
  segment: LiveSegment | null = null
  liveEnd = 0
  deadCount = 0
  /** Ids, texts or postings changed since the last export (./shard-codec: the texts blob). */
  textsDirty = true
  /** Which documents live, or their fields, changed since the last export (the state blob). */
  stateDirty = true

  constructor(
    readonly name: string,
    readonly capacity: number,
  ) {
    this.headlineEnds = new Uint32Array(capacity)
    this.dates = new Int32Array(capacity)
    this.days = new Uint32Array(capacity)
    this.pages = new Int32Array(capacity)
    this.versions = new Float64Array(capacity)
    this.alive = new Uint8Array(capacity)
  }

  get count(): number {
    return this.ids.length
  }

  get liveCount(): number {
    return this.count - this.deadCount
  }

  get isFull(): boolean {
    return this.count >= this.capacity
  }

  intern(value: string): number {
    let index = this.stringIndex.get(value)
    if (index === undefined) {
      index = this.strings.length
      this.strings.push(value)
      this.normalizedStrings.push(normalize(value))
      this.stringIndex.set(value, index)
    }
    return index
  }

  /** Appends a document; returns its doc number. */
  append(doc: IndexedDoc): number {
    const index = this.count
    this.ids.push(doc.id)
    this.texts.push(doc.text)
    this.fields.push(this.fieldsOf(doc))
    this.headlineEnds[index] = doc.headlineEnd
    this.setDate(index, doc.date)
    this.pages[index] = doc.page
    this.versions[index] = doc.version
    this.alive[index] = 1
    this.docOf.set(doc.id, index)
    this.textsDirty = true
    this.stateDirty = true
    return index
  }

  setDate(index: number, date: number): void {
    this.dates[index] = date
    this.days[index] = dayNumber(date)
  }

  fieldsOf(doc: Pick<IndexedDoc, 'tags' | 'authors' | 'paper' | 'section'>): DocFields {
    return {
      tags: doc.tags.map((tag) => this.intern(tag)),
      authors: doc.authors.map((author) => this.intern(author)),
      paper: doc.paper === null ? -1 : this.intern(doc.paper),
      section: doc.section === null ? -1 : this.intern(doc.section),
    }
  }

  /**
   * Replaces a document not sealed yet in place, text included (in the live segment, a
   * FlexSearch update). False for a sealed document: the caller removes it and appends anew.
   */
  replace(index: number, doc: IndexedDoc): boolean {
    if (index < this.sealedEnd || index >= this.count || this.alive[index] !== 1) return false
    this.texts[index] = doc.text
    this.headlineEnds[index] = doc.headlineEnd
    this.textsDirty = true
    this.updateFields(index, doc)
    if (index < this.liveEnd) this.segment?.update(index, doc.text, doc.headlineEnd)
    return true
  }

  /** Replaces the filter fields of a document whose text did not change. */
  updateFields(index: number, doc: IndexedDoc): void {
    this.fields[index] = this.fieldsOf(doc)
    this.setDate(index, doc.date)
    this.pages[index] = doc.page
    this.versions[index] = doc.version
    this.stateDirty = true
  }

  /** New tags and version for a document whose text and other fields did not change. */
  retag(index: number, tags: readonly string[], version: number): void {
    const fields = this.fields[index]
    if (fields === undefined) return
    this.fields[index] = { ...fields, tags: tags.map((tag) => this.intern(tag)) }
    this.versions[index] = version
    this.stateDirty = true
  }

  remove(index: number): void {
    if (this.alive[index] !== 1) return
    this.alive[index] = 0
    this.deadCount += 1
    this.docOf.delete(this.ids[index] ?? '')
    this.stateDirty = true
    if (index >= this.sealedEnd && index < this.liveEnd) this.segment?.remove(index)
  }

  /** Indexes every appended document: into the live segment, or sealed when too many. */
  sync(): void {
    const count = this.count
    if (this.liveEnd === count) return
    if (count - this.sealedEnd > LIVE_LIMIT) {
      this.seal()
      return
    }
    const segment = (this.segment ??= new LiveSegment())
    for (let index = this.liveEnd; index < count; index++) {
      if (this.alive[index] === 1)
        segment.add(index, this.texts[index] ?? '', this.headlineEnds[index] ?? 0)
    }
    this.liveEnd = count
  }

  /** Moves every document not sealed yet into the postings (a full shard, before export). */
  seal(): void {
    const count = this.count
    if (this.sealedEnd === count) return
    const tail = buildPostings(this.texts, this.headlineEnds, this.alive, this.sealedEnd, count)
    this.postings = this.sealedEnd === 0 ? tail : mergePostings(this.postings, tail)
    this.sealedEnd = count
    this.liveEnd = count
    this.segment = null
  }

  /**
   * Live documents that may contain a normalised phrase that has grams (call sync first): doc
   * numbers, ascending, all ≥ sealedEnd.
   */
  liveCandidates(phrase: string): Uint16Array {
    return this.segment?.candidates(phrase) ?? NO_DOCS
  }

  /** The stored form of one live document, to move it into a compacted shard. */
  indexedDoc(index: number): IndexedDoc {
    const fields = this.fields[index] ?? { tags: [], authors: [], paper: -1, section: -1 }
    const text = (i: number): string => this.strings[i] ?? ''
    return {
      id: this.ids[index] ?? '',
      text: this.texts[index] ?? '',
      headlineEnd: this.headlineEnds[index] ?? 0,
      date: this.dates[index] ?? 0,
      page: this.pages[index] ?? -1,
      tags: fields.tags.map(text),
      authors: fields.authors.map(text),
      paper: fields.paper < 0 ? null : text(fields.paper),
      section: fields.section < 0 ? null : text(fields.section),
      version: this.versions[index] ?? 0,
    }
  }

  /** Newest live date, for searching the newest shards first. */
  newestDate(): number {
    let newest = 0
    for (let i = 0; i < this.count; i++) {
      if (this.alive[i] === 1) newest = Math.max(newest, this.dates[i] ?? 0)
    }
    return newest
  }
}
