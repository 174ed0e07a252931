// A minimal ZIP reader for .docx: finds entries through the central directory and inflates only the
// ones asked for, in chunks, stopping at size limits — a zip bomb never gets to allocate its payload.
import { Inflate } from 'fflate'

export interface ZipLimits {
  /** Largest inflated size of one entry. */
  maxEntryBytes: number
  /** Largest inflated size of all extracted entries together. */
  maxTotalBytes: number
  /** Largest inflated/compressed ratio; real documents stay far below it. */
  maxRatio: number
}

export const defaultZipLimits: ZipLimits = {
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 150 * 1024 * 1024,
  maxRatio: 200,
}

interface Entry {
  name: string
  method: number
  compressedSize: number
  size: number
  localOffset: number
}

export type ZipFailure = 'notZip' | 'bomb'
export type ZipResult =
  { ok: true; files: Map<string, Uint8Array> } | { ok: false; failure: ZipFailure }

const u16 = (bytes: Uint8Array, at: number): number =>
  (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8)
const u32 = (bytes: Uint8Array, at: number): number =>
  (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0

function findEndOfDirectory(bytes: Uint8Array): number {
  const last = Math.max(0, bytes.length - 22 - 0xffff)
  for (let at = bytes.length - 22; at >= last; at--) if (u32(bytes, at) === 0x06054b50) return at
  return -1
}

function readDirectory(bytes: Uint8Array): Entry[] | null {
  const end = findEndOfDirectory(bytes)
  if (end < 0) return null
  const count = u16(bytes, end + 10)
  let at = u32(bytes, end + 16)
  const names = new TextDecoder('utf-8')
  const entries: Entry[] = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null
    const nameLength = u16(bytes, at + 28)
    entries.push({
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    })
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32)
  }
  return entries
}

function entryData(bytes: Uint8Array, entry: Entry): Uint8Array | null {
  const at = entry.localOffset
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) return null
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28)
  if (start + entry.compressedSize > bytes.length) return null
  return bytes.subarray(start, start + entry.compressedSize)
}

/** Inflates chunk by chunk and gives up as soon as the output passes `limit`. */
function inflateLimited(data: Uint8Array, limit: number): Uint8Array | 'bomb' | null {
  const chunks: Uint8Array[] = []
  let total = 0
  const inflater = new Inflate((chunk) => {
    total += chunk.length
    if (total <= limit) chunks.push(chunk)
  })
  const step = 64 * 1024
  try {
    for (let at = 0; at < data.length && total <= limit; at += step) {
      inflater.push(data.subarray(at, at + step), at + step >= data.length)
    }
  } catch {
    return null
  }
  if (total > limit) return 'bomb'
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

function isBomb(entry: Entry, limits: ZipLimits): boolean {
  if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) return true // ZIP64: > 4 GB
  if (entry.size > limits.maxEntryBytes) return true
  return (
    entry.size > 1024 * 1024 && entry.size > limits.maxRatio * Math.max(1, entry.compressedSize)
  )
}

/** Extracts the named entries (missing ones are simply absent from the result). */
export function unzipEntries(
  bytes: Uint8Array,
  wanted: readonly string[],
  limits = defaultZipLimits,
): ZipResult {
  const entries = readDirectory(bytes)
  if (!entries) return { ok: false, failure: 'notZip' }
  const files = new Map<string, Uint8Array>()
  let total = 0
  for (const entry of entries) {
    if (!wanted.includes(entry.name)) continue
    if (isBomb(entry, limits) || total + entry.size > limits.maxTotalBytes)
      return { ok: false, failure: 'bomb' }
    const data = entryData(bytes, entry)
    if (!data || (entry.method !== 0 && entry.method !== 8)) return { ok: false, failure: 'notZip' }
    // The declared size is a promise the archive may break: never inflate past it.
    const content = entry.method === 0 ? data : inflateLimited(data, entry.size)
    if (content === 'bomb') return { ok: false, failure: 'bomb' }
    if (!content) return { ok: false, failure: 'notZip' }
    total += content.length
    files.set(entry.name, content)
  }
  return { ok: true, files }
}
