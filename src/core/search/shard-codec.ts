// One shard as one binary blob: typed arrays back to back (8-byte aligned), ids and string
// fields as JSON, and the normalised texts as UTF-16 at the end so that, after loading, the
// buffer holding the postings can drop the text bytes. Doc numbers are delta-coded within each
// list, which makes them mostly small and the deflated blob several times smaller.
import { Shard, type DocFields } from './shard'
import type { Postings } from './postings'

const MAGIC = 0x3153534e // "NSS1"
const HEADER_WORDS = 16
const utf8 = new TextEncoder()
const utf8Decoder = new TextDecoder()
const utf16Decoder = new TextDecoder('utf-16le')

if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
  throw new Error('The search index format assumes a little-endian platform')
}

type Meta = [ids: string[], strings: string[], fields: [number[], number[], number, number][]]

const align = (offset: number): number => Math.ceil(offset / 8) * 8

interface Layout {
  sizes: number[]
  offsets: number[]
  total: number
}

/** Section byte sizes in order: keys, starts, docs, tfs, headlineEnds, textEnds, dates, pages,
 * alive, versions, meta, texts. */
function layout(sizes: number[]): Layout {
  const offsets: number[] = []
  let offset = HEADER_WORDS * 4
  for (const size of sizes) {
    offset = align(offset)
    offsets.push(offset)
    offset += size
  }
  return { sizes, offsets, total: align(offset) }
}

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

export function encodeShard(shard: Shard): Uint8Array {
  shard.seal()
  const count = shard.count
  const main = shard.postings
  const meta: Meta = [
    shard.ids,
    shard.strings,
    shard.fields.map((f) => [f.tags, f.authors, f.paper, f.section]),
  ]
  const metaBytes = utf8.encode(JSON.stringify(meta))
  const textEnds = new Uint32Array(count)
  let textUnits = 0
  for (let i = 0; i < count; i++) {
    textUnits += shard.texts[i]?.length ?? 0
    textEnds[i] = textUnits
  }
  const plan = layout([
    main.keys.byteLength,
    main.starts.byteLength,
    main.docs.byteLength,
    main.tfs.byteLength,
    count * 4,
    count * 4,
    count * 4,
    count * 4,
    count,
    count * 8,
    metaBytes.byteLength,
    textUnits * 2,
  ])
  const buffer = new ArrayBuffer(plan.total)
  const bytes = new Uint8Array(buffer)
  const header = new Uint32Array(buffer, 0, HEADER_WORDS)
  header.set([
    MAGIC,
    count,
    shard.capacity,
    main.keys.length,
    main.docs.length,
    textUnits,
    metaBytes.byteLength,
    shard.deadCount,
  ])
  const put = (index: number, data: ArrayBufferView): void => {
    bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), plan.offsets[index])
  }
  put(0, main.keys)
  put(1, main.starts)
  put(2, deltaEncode(main))
  put(3, main.tfs)
  put(4, shard.headlineEnds.subarray(0, count))
  put(5, textEnds)
  put(6, shard.dates.subarray(0, count))
  put(7, shard.pages.subarray(0, count))
  put(8, shard.alive.subarray(0, count))
  put(9, shard.versions.subarray(0, count))
  put(10, metaBytes)
  const texts = new Uint16Array(buffer, plan.offsets[11], textUnits)
  let at = 0
  for (let i = 0; i < count; i++) {
    const text = shard.texts[i] ?? ''
    for (let k = 0; k < text.length; k++) texts[at++] = text.charCodeAt(k)
  }
  return bytes
}

/** Rebuilds a shard from its blob; throws on any inconsistency (the caller rebuilds the index). */
export function decodeShard(name: string, bytes: Uint8Array): Shard {
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice()
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS)
  const [
    magic,
    count = 0,
    capacity = 0,
    keyCount = 0,
    postingCount = 0,
    textUnits = 0,
    metaLength = 0,
    dead = 0,
  ] = header
  if (magic !== MAGIC || count > capacity) throw new Error('not a shard')
  const plan = layout([
    keyCount * 8,
    (keyCount + 1) * 4,
    postingCount * 2,
    postingCount,
    count * 4,
    count * 4,
    count * 4,
    count * 4,
    count,
    count * 8,
    metaLength,
    textUnits * 2,
  ])
  if (plan.total !== bytes.byteLength) throw new Error('shard length mismatch')
  const at = (index: number): number => bytes.byteOffset + (plan.offsets[index] ?? 0)
  // Keep the postings in a buffer of their own so the text bytes can be freed.
  const kept = bytes.buffer.slice(at(0), at(4))
  const base = at(0)
  const keys = new Float64Array(kept, at(0) - base, keyCount)
  const starts = new Uint32Array(kept, at(1) - base, keyCount + 1)
  const docs = new Uint16Array(kept, at(2) - base, postingCount)
  const tfs = new Uint8Array(kept, at(3) - base, postingCount)
  if (starts[keyCount] !== postingCount) throw new Error('postings length mismatch')
  deltaDecode(docs, starts)
  const [ids, strings, fields] = JSON.parse(
    utf8Decoder.decode(bytes.subarray(plan.offsets[10], (plan.offsets[10] ?? 0) + metaLength)),
  ) as Meta
  if (ids.length !== count || fields.length !== count) throw new Error('meta length mismatch')
  const shard = new Shard(name, capacity)
  for (const value of strings) shard.intern(value)
  const textEnds = new Uint32Array(bytes.buffer, at(5), count)
  const allText = utf16Decoder.decode(new Uint16Array(bytes.buffer, at(11), textUnits))
  shard.headlineEnds.set(new Uint32Array(bytes.buffer, at(4), count))
  shard.pages.set(new Int32Array(bytes.buffer, at(7), count))
  shard.alive.set(new Uint8Array(bytes.buffer, at(8), count))
  shard.versions.set(new Float64Array(bytes.buffer, at(9), count))
  const dates = new Int32Array(bytes.buffer, at(6), count)
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
  shard.dirty = false
  return shard
}
