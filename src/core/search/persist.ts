// The stored form of an index: a manifest (JSON, with the format's versions) and, per shard, its
// two blobs (./shard-codec: texts, state), each cut into parts of at most PART_BYTES. Blobs are
// stored as they are: deflating them halved their size but cost more than the reading it saved
// (inflating a shard's 55 MB of texts took longer than reading them whole from IndexedDB, and
// deflating them, at every save of a shard, four times that); blobs saved deflated by earlier
// versions are still read. Storage is the caller's (a Dexie table of `{key, data}` in the app): only what
// changed is rewritten — a tagging or a deletion rewrites a shard's small state, not its texts —
// and loading goes shard by shard, newest first, so search starts before everything is in.
import { SearchEngine } from './engine'
import { NORMALIZER_VERSION } from './normalize'
import { decodeShard, encodeShardState, encodeShardTexts } from './shard-codec'
import type { Shard } from './shard'
import { traditionalTableSize } from './traditional'

/** One stored record. */
export interface PersistedChunk {
  key: string
  data: Uint8Array | string
}

export const MANIFEST_KEY = 'manifest'
/** Bump when the blob layout or the tokenizer changes. */
export const INDEX_FORMAT_VERSION = 3
/** Largest part: far below any structured-clone, IPC or string limit. */
export const PART_BYTES = 4 * 1024 * 1024

/** One stored blob of a shard. */
interface BlobEntry {
  parts: number
  /** Bytes of the blob (inflated, when stored deflated). */
  size: number
  checksum: number
  /** How its parts hold it: absent in manifests of earlier versions, which deflated every blob. */
  stored?: 'raw'
}

type BlobKind = 'texts' | 'state'

interface ShardEntry {
  name: string
  docs: number
  newest: number
  texts: BlobEntry
  state: BlobEntry
}

interface Manifest {
  format: 'newsroom-archive/search-index'
  version: number
  normalizer: number
  traditional: number
  shardSize: number
  nextShard: number
  shards: ShardEntry[]
}

const partKey = (kind: BlobKind, shard: string, part: number): string =>
  `${kind === 'texts' ? 'shard' : 'state'}:${shard}:${String(part)}`

const blobKeys = (kind: BlobKind, shard: string, from: number, to: number): string[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => partKey(kind, shard, from + i))

/** Every record of a stored shard: its texts' parts, then its state's. */
const keysOf = (entry: ShardEntry): string[] => [
  ...blobKeys('texts', entry.name, 0, entry.texts.parts),
  ...blobKeys('state', entry.name, 0, entry.state.parts),
]

/** 32-bit FNV-1a over the blob's words: detects truncated or damaged parts. */
export function checksum(bytes: Uint8Array): number {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >>> 2)
  let hash = 0x811c9dc5
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ (words[i] ?? 0), 0x01000193)
  for (let i = words.length * 4; i < bytes.byteLength; i++)
    hash = Math.imul(hash ^ (bytes[i] ?? 0), 0x01000193)
  return hash >>> 0
}

const savedEntries = new WeakMap<Shard, ShardEntry>()

const isPlain = (part: Uint8Array): part is Uint8Array<ArrayBuffer> =>
  part.buffer instanceof ArrayBuffer

/** Native raw inflate (DecompressionStream exists in every worker, page and Node ≥ 18). */
async function inflate(parts: readonly Uint8Array[]): Promise<Uint8Array> {
  const blob = new Blob(parts.map((part) => (isPlain(part) ? part : part.slice())))
  const stream = blob.stream().pipeThrough(new DecompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** The parts as one buffer starting at its offset 0 (8-byte aligned, as the codec reads it): a
 * single part as it came, several joined. */
function joinParts(parts: readonly Uint8Array[]): Uint8Array {
  const [only] = parts
  if (parts.length === 1 && only !== undefined && only.byteOffset === 0) return only
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0))
  let at = 0
  for (const part of parts) {
    whole.set(part, at)
    at += part.byteLength
  }
  return whole
}

/** Cuts one encoded blob of a shard into parts. */
function storeBlob(
  kind: BlobKind,
  shard: string,
  raw: Uint8Array,
  put: PersistedChunk[],
): BlobEntry {
  const parts = Math.max(1, Math.ceil(raw.byteLength / PART_BYTES))
  for (let part = 0; part < parts; part++) {
    // slice, not subarray: a view would make storage clone the whole buffer.
    const data = raw.slice(part * PART_BYTES, (part + 1) * PART_BYTES)
    put.push({ key: partKey(kind, shard, part), data })
  }
  return { parts, size: raw.byteLength, checksum: checksum(raw), stored: 'raw' }
}

function remember(engine: SearchEngine, shard: Shard, entry: ShardEntry): void {
  savedEntries.set(shard, entry)
  engine.storedKeys.set(shard.name, keysOf(entry))
}

export interface ExportPlan {
  put: PersistedChunk[]
  /** Keys of records no longer part of the index. */
  remove: string[]
}

/** A shard's blobs to write (null: the stored one stands), encoded at once. */
function encodeChanged(shard: Shard, all: boolean) {
  const previous = savedEntries.get(shard)
  const every = all || previous === undefined
  const texts = every || shard.textsDirty ? encodeShardTexts(shard) : null
  const state = texts !== null || shard.stateDirty ? encodeShardState(shard) : null
  shard.textsDirty = false
  shard.stateDirty = false
  return { shard, previous, texts, state, docs: shard.liveCount, newest: shard.newestDate() }
}

/** What to write so storage matches the engine: every shard, or only what changed since. */
export function exportIndex(engine: SearchEngine, options: { all?: boolean } = {}): ExportPlan {
  const put: PersistedChunk[] = []
  const remove: string[] = []
  // Synchronous throughout: the snapshot is consistent, however the engine changes after it.
  const encoded = engine.shards.map((shard) => encodeChanged(shard, options.all === true))
  const shards: ShardEntry[] = []
  for (const { shard, previous, texts, state, docs, newest } of encoded) {
    const name = shard.name
    const textsEntry = texts ? storeBlob('texts', name, texts, put) : previous?.texts
    const stateEntry = state ? storeBlob('state', name, state, put) : previous?.state
    if (!textsEntry || !stateEntry) continue
    const entry: ShardEntry = { name, docs, newest, texts: textsEntry, state: stateEntry }
    remember(engine, shard, entry)
    remove.push(...blobKeys('texts', name, textsEntry.parts, previous?.texts.parts ?? 0))
    remove.push(...blobKeys('state', name, stateEntry.parts, previous?.state.parts ?? 0))
    shards.push(entry)
  }
  // Shards still being restored keep their stored records.
  for (const name of engine.unloaded) {
    const entry = manifests.get(engine)?.get(name)
    if (entry) shards.push(entry)
  }
  for (const keys of engine.dropped.values()) remove.push(...keys)
  engine.dropped.clear()
  const manifest: Manifest = {
    format: 'newsroom-archive/search-index',
    version: INDEX_FORMAT_VERSION,
    normalizer: NORMALIZER_VERSION,
    traditional: traditionalTableSize(),
    shardSize: engine.shardSize,
    nextShard: engine.shardNameCounter,
    shards,
  }
  put.push({ key: MANIFEST_KEY, data: JSON.stringify(manifest) })
  return { put, remove }
}

export type RestoreFailure = { ok: false; reason: 'missing' | 'stale' | 'corrupt' }

export interface ShardToLoad {
  name: string
  keys: string[]
  docs: number
}

export interface RestorePlan {
  ok: true
  /** Searchable at once; results say `complete: false` until every shard is loaded. */
  engine: SearchEngine
  /** Newest first. Read each one's keys and pass the data to loadShard. */
  shards: ShardToLoad[]
}

const isBlobEntry = (value: unknown): value is BlobEntry =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as BlobEntry).parts) &&
  (value as BlobEntry).parts > 0

const isShardEntry = (value: unknown): value is ShardEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ShardEntry).name === 'string' &&
  isBlobEntry((value as ShardEntry).texts) &&
  isBlobEntry((value as ShardEntry).state)

function parseManifest(data: PersistedChunk['data'] | undefined): Manifest | RestoreFailure {
  if (data === undefined) return { ok: false, reason: 'missing' }
  try {
    const text = typeof data === 'string' ? data : new TextDecoder().decode(data)
    const manifest = JSON.parse(text) as Partial<Manifest>
    if (manifest.format !== 'newsroom-archive/search-index' || !Array.isArray(manifest.shards)) {
      return { ok: false, reason: 'corrupt' }
    }
    if (manifest.version !== INDEX_FORMAT_VERSION) return { ok: false, reason: 'stale' }
    if (!manifest.shards.every(isShardEntry)) return { ok: false, reason: 'corrupt' }
    const current =
      manifest.normalizer === NORMALIZER_VERSION && manifest.traditional === traditionalTableSize()
    return current ? (manifest as Manifest) : { ok: false, reason: 'stale' }
  } catch {
    return { ok: false, reason: 'corrupt' }
  }
}

const manifests = new WeakMap<SearchEngine, Map<string, ShardEntry>>()

/** Starts restoring from the manifest record; a failure means: rebuild from the archive. */
export function openIndex(
  manifestData: PersistedChunk['data'] | undefined,
): RestorePlan | RestoreFailure {
  const manifest = parseManifest(manifestData)
  if ('ok' in manifest) return manifest
  const engine = new SearchEngine({ shardSize: manifest.shardSize })
  engine.reserveShardNames(manifest.nextShard)
  const entries = new Map(manifest.shards.map((entry) => [entry.name, entry]))
  manifests.set(engine, entries)
  for (const entry of manifest.shards) engine.unloaded.add(entry.name)
  const shards = [...manifest.shards]
    .sort((a, b) => b.newest - a.newest)
    .map((entry) => ({
      name: entry.name,
      docs: entry.docs,
      keys: keysOf(entry),
    }))
  return { ok: true, engine, shards }
}

/** One blob from its parts, checked against the manifest; null when they differ. */
async function readBlob(
  entry: BlobEntry,
  parts: readonly (PersistedChunk['data'] | undefined)[],
): Promise<Uint8Array | null> {
  const bytes: Uint8Array[] = []
  for (const part of parts) {
    if (!(part instanceof Uint8Array)) return null
    bytes.push(part)
  }
  const raw = entry.stored === 'raw' ? joinParts(bytes) : await inflate(bytes)
  return raw.byteLength === entry.size && checksum(raw) === entry.checksum ? raw : null
}

/** Attaches one stored shard, given its parts in key order (ShardToLoad.keys). */
export async function loadShard(
  engine: SearchEngine,
  name: string,
  parts: readonly (PersistedChunk['data'] | undefined)[],
): Promise<{ ok: true } | RestoreFailure> {
  const entry = manifests.get(engine)?.get(name)
  if (!entry || parts.length !== entry.texts.parts + entry.state.parts)
    return { ok: false, reason: 'corrupt' }
  try {
    const texts = await readBlob(entry.texts, parts.slice(0, entry.texts.parts))
    const state = await readBlob(entry.state, parts.slice(entry.texts.parts))
    if (texts === null || state === null) return { ok: false, reason: 'corrupt' }
    const shard = decodeShard(name, texts, state)
    remember(engine, shard, entry)
    engine.attach(shard)
    return { ok: true }
  } catch {
    return { ok: false, reason: 'corrupt' }
  }
}
