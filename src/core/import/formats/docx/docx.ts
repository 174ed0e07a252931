// Word documents: paragraphs of word/document.xml as lines; headings from paragraph styles — the
// style's name in styles.xml ("heading 1", "标题 1", "Title"), its outline level, or its id.
import { Parser } from 'htmlparser2'
import { importError } from '../../codes'
import type { ImportError } from '../../codes'
import { LineCollector } from '../../lines'
import type { SourceLine } from '../../lines'
import { defaultZipLimits, unzipEntries } from './zip'
import type { ZipLimits } from './zip'

const DOCUMENT = 'word/document.xml'
const STYLES = 'word/styles.xml'

export type DocxResult = { ok: true; lines: SourceLine[] } | { ok: false; error: ImportError }

/** Heading level a style name or id stands for, 0 if none. */
export function levelOfStyleName(name: string): number {
  const normalised = name.trim().toLowerCase()
  if (normalised === 'title' || normalised === '标题') return 1
  if (normalised === 'subtitle' || normalised === '副标题') return 2
  const numbered = /^(?:heading|标题)\s*([1-9])$/.exec(normalised)
  return numbered ? Math.min(6, Number(numbered[1])) : 0
}

interface StyleInfo {
  level: number
  basedOn: string | null
}

function readStyles(xml: string): Map<string, number> {
  const styles = new Map<string, StyleInfo>()
  let current: (StyleInfo & { id: string }) | null = null
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'w:style') {
          current = {
            id: attributes['w:styleid'] ?? attributes['w:styleId'] ?? '',
            level: 0,
            basedOn: null,
          }
          styles.set(current.id, current)
        } else if (current && name === 'w:name') {
          current.level ||= levelOfStyleName(attributes['w:val'] ?? '')
        } else if (current && name === 'w:basedon') {
          current.basedOn = attributes['w:val'] ?? null
        } else if (current && name === 'w:outlinelvl') {
          const level = Number(attributes['w:val'])
          if (Number.isInteger(level) && level < 6) current.level ||= level + 1
        }
      },
      onclosetag(name) {
        if (name === 'w:style') current = null
      },
    },
    { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(xml)
  parser.end()
  const levels = new Map<string, number>()
  for (const id of styles.keys()) {
    let level = 0
    let style = styles.get(id)
    for (let depth = 0; style && level === 0 && depth < 10; depth++) {
      level = style.level
      style = style.basedOn ? styles.get(style.basedOn) : undefined
    }
    levels.set(id, level)
  }
  return levels
}

/** A run's `<w:b/>` (or `<w:b w:val="1"/>`) makes it bold; `w:val="0"` or `"false"` does not. */
const isOn = (value: string | undefined): boolean => value !== '0' && value !== 'false'

function readDocument(xml: string, styleLevels: Map<string, number>): SourceLine[] {
  const collector = new LineCollector()
  let paragraph = 0
  let text = ''
  let level = 0
  let inText = false
  let inRun = false
  let runBold = false
  let boldChars = 0
  let plainChars = 0
  // Word writes a text box twice: as a drawing (`mc:Choice`) and again for older readers
  // (`mc:Fallback`); the copy is left out, as Word itself shows one.
  let fallbackDepth = 0
  const flush = (): void => {
    const emphasis = boldChars > 0 && plainChars === 0
    for (const row of text.split('\n')) collector.add(row, paragraph, level, emphasis)
    collector.paragraphBreak()
    text = ''
    level = 0
    boldChars = plainChars = 0
  }
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'mc:fallback') fallbackDepth++
        if (fallbackDepth > 0) return
        if (name === 'w:p') {
          if (text !== '') flush()
          paragraph++
        } else if (name === 'w:r') {
          inRun = true
          runBold = false
        } else if (name === 'w:b' && inRun) {
          runBold = isOn(attributes['w:val'])
        } else if (name === 'w:pstyle') {
          const id = attributes['w:val'] ?? ''
          level =
            styleLevels.get(id) ?? levelOfStyleName(id.replace(/^heading(\d)$/i, 'heading $1'))
        } else if (name === 'w:outlinelvl') {
          const outline = Number(attributes['w:val'])
          if (Number.isInteger(outline) && outline < 6) level ||= outline + 1
        } else if (name === 'w:t') {
          inText = true
        } else if (name === 'w:tab') {
          text += '\t'
        } else if (name === 'w:br' || name === 'w:cr') {
          text += '\n'
        }
      },
      onclosetag(name) {
        if (name === 'mc:fallback') fallbackDepth = Math.max(0, fallbackDepth - 1)
        if (fallbackDepth > 0) return
        if (name === 'w:t') inText = false
        else if (name === 'w:r') inRun = false
        else if (name === 'w:p') flush()
      },
      ontext(data) {
        if (!inText || fallbackDepth > 0) return
        text += data
        const visible = data.replace(/\s+/g, '').length
        if (runBold) boldChars += visible
        else plainChars += visible
      },
    },
    { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  )
  parser.write(xml)
  parser.end()
  return collector.lines
}

export function docxLines(bytes: Uint8Array, limits: ZipLimits = defaultZipLimits): DocxResult {
  const unzipped = unzipEntries(bytes, [DOCUMENT, STYLES], limits)
  if (!unzipped.ok) {
    return {
      ok: false,
      error: importError(unzipped.failure === 'bomb' ? 'docxZipBomb' : 'docxNotZip'),
    }
  }
  const document = unzipped.files.get(DOCUMENT)
  if (!document) return { ok: false, error: importError('docxNoDocument') }
  const utf8 = new TextDecoder('utf-8')
  const styles = unzipped.files.get(STYLES)
  const styleLevels = styles ? readStyles(utf8.decode(styles)) : new Map<string, number>()
  return { ok: true, lines: readDocument(utf8.decode(document), styleLevels) }
}
