// One shard as two binary blobs, typed arrays back to back (8-byte aligned), strings as JSON:
// - its texts: ids, postings and the normalised texts (UTF-16 at the end, so that after loading
//   the buffer holding the postings can drop the text bytes). They change only when a document
//   is appended or its text replaced, which a full shard never sees again;
// - its state: which documents are alive, their versions, dates, pages, tags, authors, paper and
//   section. Tagging, an edit that moves a document out, a deletion change only this, so a save
//   after them writes kilobytes instead of the shard's megabytes of text.
// Doc numbers are delta-coded within each postings list, which keeps them mostly small.
import { Shard, type DocFields } from './shard'
import type { Postings } from './postings'

const TEXTS_MAGIC = 0x3254534e // "NST2"
const STATE_MAGIC = 0x3253534e // "NSS2"
const HEADER_WORDS = 8
const utf8 = new TextEncoder()
const utf8Decoder = new TextDecoder()
const utf16Decoder = new TextDecoder('utf-16le')

if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
  throw new Error('The search index format assumes a little-endian platform')
}

type StateMeta = [strings: string[], fields: [number[], number[], number, number][]]

const align = (offset: number): number => Math.ceil(offset / 8) * 8

interface Layout {
  offsets: number[]
  total: number
}

function layout(sizes: readonly number[]): Layout {
  const offsets: number[] = []
  let offset = HEADER_WORDS * 4
  for (const size of sizes) {
    offset = align(offset)
    offsets.push(offset)
    offset += size
  }
  return { offsets, total: align(offset) }
}

/** A blob laid out for `sizes`, with its header and a writer of section `index`. */
function blob(header: readonly number[], sizes: readonly number[]) {
  const plan = layout(sizes)
  const buffer = new ArrayBuffer(plan.total)
  const bytes = new Uint8Array(buffer)
  new Uint32Array(buffer, 0, HEADER_WORDS).set(header)
  const put = (index: number, data: ArrayBufferView): void => {
    bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), plan.offsets[index])
  }
  return { plan, buffer, bytes, put }
}

/** The header words of a blob, checked against its magic number. */
function headerOf(bytes: Uint8Array, magic: number): number[] {
  const header = [...new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS)]
  if (header[0] !== magic) throw new Error('not a shard blob')
  return header
}

const aligned = (bytes: Uint8Array): Uint8Array =>
  bytes.byteOffset % 8 === 0 ? bytes : bytes.slice()

function deltaEncode(postings: Postings): Uint16Array {
  const out = postings.docs.slice()
  for (let k = 0; k + 1 < postings.starts.length; k++) {
    const start = postings.starts[k] ?? 0
    const end = postings.starts[k + 1] ?? start
    for (let i = end - 1; i > start; i--) out[i] = (out[i] ?? 0) - (out[i - 1] ?? 0)
  }
  return out
}

function deltaDecode(docs: Uint16Array, starts: Uint32Array): void {
  for (let k = 0; k + 1 < starts.length; k++) {
    const end = starts[k + 1] ?? 0
    for (let i = (starts[k] ?? 0) + 1; i < end; i++) docs[i] = (docs[i] ?? 0) + (docs[i - 1] ?? 0)
  }
}

/** Sections: keys, starts, docs, tfs, headlineEnds, textEnds, ids, texts. */
const textsSizes = (keys: number, postings: number, count: number, ids: number, units: number) => [
  keys * 8,
  (keys + 1) * 4,
  postings * 2,
  postings,
  count * 4,
  count * 4,
  ids,
  units * 2,
]

/** The shard's ids, postings and texts (sealing it first). */
export function encodeShardTexts(shard: Shard): Uint8Array {
  shard.seal()
  const count = shard.count
  const main = shard.postings
  const idBytes = utf8.encode(JSON.stringify(shard.ids))
  const textEnds = new Uint32Array(count)
  let units = 0
  for (let i = 0; i < count; i++) {
    units += shard.texts[i]?.length ?? 0
    textEnds[i] = units
  }
  const sizes = textsSizes(main.keys.length, main.docs.length, count, idBytes.byteLength, units)
  const header = [TEXTS_MAGIC, count, shard.capacity, main.keys.length, main.docs.length, units]
  const { plan, buffer, bytes, put } = blob([...header, idBytes.byteLength], sizes)
  put(0, main.keys)
  put(1, main.starts)
  put(2, deltaEncode(main))
  put(3, main.tfs)
  put(4, shard.headlineEnds.subarray(0, count))
  put(5, textEnds)
  put(6, idBytes)
  const texts = new Uint16Array(buffer, plan.offsets[7], units)
  let at = 0
  for (let i = 0; i < count; i++) {
    const text = shard.texts[i] ?? ''
    for (let k = 0; k < text.length; k++) texts[at++] = text.charCodeAt(k)
  }
  return bytes
}

/** Sections: dates, pages, alive, versions, meta (strings and fields). */
const stateSizes = (count: number, meta: number) => [count * 4, count * 4, count, count * 8, meta]

/** What may change in a full shard: which documents live, and their fields. */
export function encodeShardState(shard: Shard): Uint8Array {
  const count = shard.count
  const meta: StateMeta = [
    shard.strings,
    shard.fields.map((f) => [f.tags, f.authors, f.paper, f.section]),
  ]
  const metaBytes = utf8.encode(JSON.stringify(meta))
  const header = [STATE_MAGIC, count, shard.deadCount, metaBytes.byteLength]
  const { bytes, put } = blob(header, stateSizes(count, metaBytes.byteLength))
  put(0, shard.dates.subarray(0, count))
  put(1, shard.pages.subarray(0, count))
  put(2, shard.alive.subarray(0, count))
  put(3, shard.versions.subarray(0, count))
  put(4, metaBytes)
  return bytes
}

/** Rebuilds a shard from its two blobs; throws on any inconsistency (the caller rebuilds). */
export function decodeShard(name: string, textsBlob: Uint8Array, stateBlob: Uint8Array): Shard {
  const texts = aligned(textsBlob)
  const state = aligned(stateBlob)
  const [, count = 0, capacity = 0, keyCount = 0, postingCount = 0, units = 0, idLength = 0] =
    headerOf(texts, TEXTS_MAGIC)
  const [, stateCount, dead = 0, metaLength = 0] = headerOf(state, STATE_MAGIC)
  if (count > capacity || stateCount !== count) throw new Error('shard blobs disagree')
  const tPlan = layout(textsSizes(keyCount, postingCount, count, idLength, units))
  const sPlan = layout(stateSizes(count, metaLength))
  if (tPlan.total !== texts.byteLength || sPlan.total !== state.byteLength)
    throw new Error('shard length mismatch')
  const at = (index: number): number => texts.byteOffset + (tPlan.offsets[index] ?? 0)
  const sAt = (index: number): number => state.byteOffset + (sPlan.offsets[index] ?? 0)
  // Keep the postings in a buffer of their own so the text bytes can be freed.
  const kept = texts.buffer.slice(at(0), at(4))
  const base = at(0)
  const keys = new Float64Array(kept, at(0) - base, keyCount)
  const starts = new Uint32Array(kept, at(1) - base, keyCount + 1)
  const docs = new Uint16Array(kept, at(2) - base, postingCount)
  const tfs = new Uint8Array(kept, at(3) - base, postingCount)
  if (starts[keyCount] !== postingCount) throw new Error('postings length mismatch')
  deltaDecode(docs, starts)
  const ids = JSON.parse(
    utf8Decoder.decode(texts.subarray(tPlan.offsets[6], (tPlan.offsets[6] ?? 0) + idLength)),
  ) as string[]
  const [strings, fields] = JSON.parse(
    utf8Decoder.decode(state.subarray(sPlan.offsets[4], (sPlan.offsets[4] ?? 0) + metaLength)),
  ) as StateMeta
  if (ids.length !== count || fields.length !== count) throw new Error('meta length mismatch')
  const shard = new Shard(name, capacity)
  for (const value of strings) shard.intern(value)
  const textEnds = new Uint32Array(texts.buffer, at(5), count)
  const allText = utf16Decoder.decode(new Uint16Array(texts.buffer, at(7), units))
  shard.headlineEnds.set(new Uint32Array(texts.buffer, at(4), count))
  shard.pages.set(new Int32Array(state.buffer, sAt(1), count))
  shard.alive.set(new Uint8Array(state.buffer, sAt(2), count))
  shard.versions.set(new Float64Array(state.buffer, sAt(3), count))
  const dates = new Int32Array(state.buffer, sAt(0), count)
  let start = 0
  for (let i = 0; i < count; i++) {
    const id = ids[i] ?? ''
    const end = textEnds[i] ?? start
    const [tags, authors, paper, section] = fields[i] ?? [[], [], -1, -1]
    const docFields: DocFields = { tags, authors, paper, section }
    shard.ids.push(id)
    shard.texts.push(allText.slice(start, end))
    shard.fields.push(docFields)
    shard.setDate(i, dates[i] ?? 0)
    if (shard.alive[i] === 1) shard.docOf.set(id, i)
    start = end
  }
  shard.deadCount = dead
  shard.postings = { keys, starts, docs, tfs }
  shard.sealedEnd = count
  shard.liveEnd = count
  shard.textsDirty = false
  shard.stateDirty = false
  return shard
}
