// Test support: a minimal but real .docx (a ZIP with word/document.xml and word/styles.xml), as
// Word writes it, built with fflate.
import { strToU8, zipSync } from 'fflate'

export interface DocxParagraph {
  text: string
  /** A style id defined in styles.xml, e.g. `1` for a Chinese Word's "heading 1". */
  style?: string
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function paragraphXml({ text, style }: DocxParagraph): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''
  // Word splits text into runs; a paragraph of two runs checks they are joined without a gap.
  const middle = Math.floor(text.length / 2)
  const runs = [text.slice(0, middle), text.slice(middle)]
    .filter((part) => part !== '')
    .map((part) => `<w:r><w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`)
    .join('')
  return `<w:p>${properties}${runs}</w:p>`
}

/** Styles as a Chinese-language Word names them: ids `1`, `2`, names "heading 1", "heading 2". */
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>
</w:styles>`

export function documentXml(paragraphs: readonly DocxParagraph[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
    .map(paragraphXml)
    .join('')}<w:sectPr/></w:body></w:document>`
}

export function makeDocx(
  paragraphs: readonly DocxParagraph[],
  documentOverride?: Uint8Array,
): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': documentOverride ?? strToU8(documentXml(paragraphs)),
    'word/styles.xml': strToU8(stylesXml),
  })
}
