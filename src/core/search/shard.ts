// A shard: up to `capacity` documents (doc numbers fit the postings' Uint16), their normalised
// texts for verification, the fields filters and ranking read, and their postings. Documents
// added after the main postings were built go to a small delta that is rebuilt cheaply, and
// merged into the main postings once it grows; removal only marks a document dead.
import {
  buildPostings,
  emptyPostings,
  mergePostings,
  postingList,
  type PostingList,
  type Postings,
} from './postings'
import { normalize } from './normalize'

export const MAX_SHARD_CAPACITY = 0x10000
/** Above this many documents outside the main postings, the delta is merged in. */
const DELTA_LIMIT = 512

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
}

/** String fields as numbers into the shard's string table (-1: none). */
export interface DocFields {
  tags: number[]
  authors: number[]
  paper: number
  section: number
}

const DAY_MS = 86_400_000
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
  readonly alive: Uint8Array
  readonly strings: string[] = []
  readonly normalizedStrings: string[] = []
  private readonly stringIndex = new Map<string, number>()
  readonly docOf = new Map<string, number>()
  main: Postings = emptyPostings()
  mainEnd = 0
  private delta: Postings | null = null
  private deltaEnd = 0
  deadCount = 0
  /** Changed since it was last exported. */
  dirty = true

  constructor(
    readonly name: string,
    readonly capacity: number,
  ) {
    this.headlineEnds = new Uint32Array(capacity)
    this.dates = new Int32Array(capacity)
    this.days = new Uint32Array(capacity)
    this.pages = new Int32Array(capacity)
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
    this.alive[index] = 1
    this.docOf.set(doc.id, index)
    this.dirty = true
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

  /** Replaces the filter fields of a document whose text did not change. */
  updateFields(index: number, doc: IndexedDoc): void {
    this.fields[index] = this.fieldsOf(doc)
    this.setDate(index, doc.date)
    this.pages[index] = doc.page
    this.dirty = true
  }

  remove(index: number): void {
    if (this.alive[index] !== 1) return
    this.alive[index] = 0
    this.deadCount += 1
    this.docOf.delete(this.ids[index] ?? '')
    this.dirty = true
  }

  /** Brings the postings up to date with every appended document. */
  sync(): void {
    const count = this.count
    if (this.mainEnd === count || this.deltaEnd === count) return
    const pending = count - this.mainEnd
    if (pending > DELTA_LIMIT) {
      const tail = buildPostings(this.texts, this.headlineEnds, this.mainEnd, count)
      this.main = this.mainEnd === 0 ? tail : mergePostings(this.main, tail)
      this.mainEnd = count
      this.delta = null
      this.deltaEnd = 0
    } else {
      this.delta = buildPostings(this.texts, this.headlineEnds, this.mainEnd, count)
      this.deltaEnd = count
    }
  }

  /** Merges any delta into the main postings (before export). */
  consolidate(): void {
    this.sync()
    if (this.delta) {
      this.main = mergePostings(this.main, this.delta)
      this.mainEnd = this.deltaEnd
      this.delta = null
      this.deltaEnd = 0
    }
  }

  /** The postings of one gram key (call sync first). */
  lookup(key: number): PostingList | null {
    const main = postingList(this.main, key)
    const delta = this.delta ? postingList(this.delta, key) : null
    if (!delta) return main
    if (!main) return delta
    const docs = new Uint16Array(main.docs.length + delta.docs.length)
    const tfs = new Uint8Array(docs.length)
    docs.set(main.docs)
    docs.set(delta.docs, main.docs.length)
    tfs.set(main.tfs)
    tfs.set(delta.tfs, main.tfs.length)
    return { docs, tfs }
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
