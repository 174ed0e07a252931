// Recognises files that are certainly not text: known binary signatures and NUL bytes.

interface Signature {
  name: string
  offset: number
  bytes: readonly number[]
}

const ascii = (text: string): number[] => Array.from(text).map((char) => char.charCodeAt(0))

const signatures: readonly Signature[] = [
  { name: 'PNG', offset: 0, bytes: [0x89, ...ascii('PNG\r\n')] },
  { name: 'JPEG', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', offset: 0, bytes: ascii('GIF8') },
  { name: 'PDF', offset: 0, bytes: ascii('%PDF-') },
  { name: 'ZIP', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'ELF', offset: 0, bytes: [0x7f, ...ascii('ELF')] },
  { name: 'GZIP', offset: 0, bytes: [0x1f, 0x8b] },
  { name: '7-Zip', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR', offset: 0, bytes: ascii('Rar!\x1a\x07') },
  { name: 'OLE (Word 97–2003, Excel)', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'Mach-O', offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O', offset: 0, bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { name: 'Java class / Mach-O fat', offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'WebAssembly', offset: 0, bytes: [0x00, ...ascii('asm')] },
  { name: 'SQLite', offset: 0, bytes: ascii('SQLite format 3\0') },
  { name: 'TIFF', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'RIFF (WebP, WAV, AVI)', offset: 0, bytes: ascii('RIFF') },
  { name: 'MP3', offset: 0, bytes: ascii('ID3') },
  { name: 'MP4/MOV', offset: 4, bytes: ascii('ftyp') },
  { name: 'Ogg', offset: 0, bytes: ascii('OggS') },
  { name: 'BZIP2', offset: 0, bytes: ascii('BZh') },
  { name: 'XZ', offset: 0, bytes: [0xfd, ...ascii('7zXZ')] },
  { name: 'ICO', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
]

function startsWith(bytes: Uint8Array, signature: Signature): boolean {
  if (bytes.length < signature.offset + signature.bytes.length) return false
  return signature.bytes.every((byte, index) => bytes[signature.offset + index] === byte)
}

/** The name of the binary format the bytes start with, or null. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const signature of signatures) if (startsWith(bytes, signature)) return signature.name
  return null
}

/** Text in a single-byte or multi-byte ASCII-compatible encoding never contains NUL. */
export function hasNulByte(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1
}

/** Control characters that never occur in text (everything below U+0020 except \t \n \f \r, ESC). */
export function controlCharShare(text: string, limit = 1 << 20): number {
  const end = Math.min(text.length, limit)
  if (end === 0) return 0
  let controls = 0
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13 && code !== 27) {
      controls++
    }
  }
  return controls / end
}
