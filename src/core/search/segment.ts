// A shard's live segment: its recently added or changed documents in a FlexSearch `Document`
// index, which adds, updates and removes a document in place, while the shard's sealed
// documents stay in compact typed-array postings (./postings). Both hold the same grams
// (./grams), a term being a gram's own text: documents are indexed by every unigram and
// bigram, phrases looked up by their bigrams (the unigram of a one-unit run), so the live
// segment yields exactly the candidates postings would. Verification and ranking are the
// shard's, as for sealed documents (./match). In memory only: never exported nor imported.
import { Document } from 'flexsearch'
import { indexTerms, queryTerms } from './grams'

/** The two fields of a document: the normalised headline block and body of its search text. */
interface LiveFields {
  [field: string]: string
  headline: string
  body: string
}

interface FieldResult {
  field: string
  result: number[]
}

const NONE = new Uint16Array(0)

function fieldsOf(text: string, headlineEnd: number): LiveFields {
  return { headline: text.slice(0, headlineEnd), body: text.slice(headlineEnd + 1) }
}

function sortedDocs(docs: Iterable<number>): Uint16Array {
  return Uint16Array.from(docs).sort()
}

export class LiveSegment {
  private readonly index: Document<LiveFields>
  /** FlexSearch runs one `encode` for adding and searching: this says which it is doing. */
  private querying = false
  private readonly docs = new Set<number>()

  constructor() {
    this.index = new Document<LiveFields>({
      tokenize: 'strict',
      resolution: 1,
      fastupdate: true,
      // FlexSearch calls encode(text, flag): one parameter here, so the flag never matters.
      encode: (text: string) => (this.querying ? queryTerms(text) : indexTerms(text)),
      document: { id: 'id', index: ['headline', 'body'] },
    })
  }

  /** Documents in the segment. */
  get size(): number {
    return this.docs.size
  }

  has(doc: number): boolean {
    return this.docs.has(doc)
  }

  /** Indexes a document by its shard doc number, normalised search text and headline end. */
  add(doc: number, text: string, headlineEnd: number): void {
    this.index.add(doc, fieldsOf(text, headlineEnd))
    this.docs.add(doc)
  }

  /** Re-indexes a document whose text changed. */
  update(doc: number, text: string, headlineEnd: number): void {
    this.index.update(doc, fieldsOf(text, headlineEnd))
    this.docs.add(doc)
  }

  remove(doc: number): void {
    this.index.remove(doc)
    this.docs.delete(doc)
  }

  /**
   * Doc numbers, ascending, of the documents that contain every gram of a normalised phrase
   * (a superset of those containing the phrase, for the caller to verify).
   */
  candidates(phrase: string): Uint16Array {
    if (this.docs.size === 0) return NONE
    this.querying = true
    let results: FieldResult[]
    try {
      // The limit applies per field: ask for every document.
      results = this.index.search(phrase, { limit: this.docs.size }) as unknown as FieldResult[]
    } finally {
      this.querying = false
    }
    const [first, second] = results
    if (!first) return NONE
    if (!second) return sortedDocs(first.result)
    const docs = sortedDocs([...first.result, ...second.result])
    let kept = 0
    for (let i = 0; i < docs.length; i++) {
      if (i === 0 || docs[i] !== docs[i - 1]) docs[kept++] = docs[i] ?? 0
    }
    return docs.subarray(0, kept)
  }
}
