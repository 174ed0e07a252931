// The bundled print faces (OFL, TrueType outlines, so PDFs embed them as CID TrueType and never
// as Type 3): Noto Serif SC for 书宋 and 标宋, Noto Sans SC for 黑体, LXGW WenKai for 楷体.
// Registered through the FontFace API so only the woff2 files are bundled; each face is split
// by unicode-range and Chromium fetches only the slices a text needs.
import serifRanges from '@fontsource/noto-serif-sc/unicode.json'
import sansRanges from '@fontsource/noto-sans-sc/unicode.json'

export const fontFamilies = {
  song: 'Newsroom Song',
  hei: 'Newsroom Hei',
  kai: 'Newsroom Kai',
} as const

type Urls = Record<string, string>

const serifBody: Urls = import.meta.glob<string>(
  '../../../node_modules/@fontsource/noto-serif-sc/files/noto-serif-sc-*-500-normal.woff2',
  { eager: true, query: '?url', import: 'default' },
)
const serifBlack: Urls = import.meta.glob<string>(
  '../../../node_modules/@fontsource/noto-serif-sc/files/noto-serif-sc-*-900-normal.woff2',
  { eager: true, query: '?url', import: 'default' },
)
const sansRegular: Urls = import.meta.glob<string>(
  '../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-500-normal.woff2',
  { eager: true, query: '?url', import: 'default' },
)
const sansBold: Urls = import.meta.glob<string>(
  '../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-700-normal.woff2',
  { eager: true, query: '?url', import: 'default' },
)
const kai: Urls = import.meta.glob<string>(
  '../../../node_modules/@fontsource/lxgw-wenkai/files/lxgw-wenkai-latin-500-normal.woff2',
  { eager: true, query: '?url', import: 'default' },
)

interface FaceSet {
  family: string
  /** CSS weight the face answers to (the files may be another weight: Medium reads as 书宋). */
  weight: number
  urls: Urls
  ranges: Readonly<Record<string, string>>
}

const faceSets: readonly FaceSet[] = [
  { family: fontFamilies.song, weight: 400, urls: serifBody, ranges: serifRanges },
  { family: fontFamilies.song, weight: 900, urls: serifBlack, ranges: serifRanges },
  { family: fontFamilies.hei, weight: 400, urls: sansRegular, ranges: sansRanges },
  { family: fontFamilies.hei, weight: 700, urls: sansBold, ranges: sansRanges },
  { family: fontFamilies.kai, weight: 400, urls: kai, ranges: {} },
]

/** `…/noto-serif-sc-12-500-normal.woff2` → `[12]`; `…-latin-ext-…` → `latin-ext`. */
function subsetKey(url: string): string {
  const match =
    /-(\d+|latin-ext|latin|cyrillic|vietnamese|chinese-simplified)-\d00-normal\.woff2$/.exec(url)
  const key = match?.[1] ?? ''
  return /^\d+$/.test(key) ? `[${key}]` : key
}

function facesOf(set: FaceSet): FontFace[] {
  const faces: FontFace[] = []
  for (const [path, url] of Object.entries(set.urls)) {
    const range = set.ranges[subsetKey(path)]
    // Slices without a range (e.g. the whole-script `chinese-simplified` file) would shadow the rest.
    if (range === undefined && Object.keys(set.ranges).length > 0) continue
    const descriptors: FontFaceDescriptors = { weight: String(set.weight), display: 'block' }
    if (range !== undefined) descriptors.unicodeRange = range
    faces.push(new FontFace(set.family, `url("${url}") format("woff2")`, descriptors))
  }
  return faces
}

let registered = false

export function registerPrintFonts(): void {
  if (registered) return
  registered = true
  for (const set of faceSets) for (const face of facesOf(set)) document.fonts.add(face)
}

/** Characters the page furniture adds to the articles' own. */
const furniture =
  '第版年月日星期一二三四五六七八九十〇（）下转上接图片新闻来源剪报页0123456789／/ ■►'

/** Loads every slice of every face that `texts` need; resolves when they can be measured. */
export async function loadPrintFonts(texts: readonly string[]): Promise<void> {
  registerPrintFonts()
  const sample = [...new Set(texts.join('') + furniture)].join('')
  await Promise.all(
    faceSets.map((set) => document.fonts.load(`${set.weight} 16px "${set.family}"`, sample)),
  )
  await document.fonts.ready
}
