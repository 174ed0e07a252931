// Places tag suggestions accept whole: China's provinces, prefectures, counties and districts and
// the world's countries (gazetteer-data.ts, generated). Each place has the forms it is written in
// — `湖北省` and `湖北`, `恩施土家族苗族自治州`, `恩施州` and `恩施` — and its path in the tag tree:
// provinces and prefectures by their short name, counties by their full one (`湖北/武汉/江夏区`),
// because `朝阳` or `鼓楼` alone name several places and common words too.
import { countries, provinces } from './gazetteer-data'
import { ambiguousShortNames } from './suggest-lexicon'

export type PlaceLevel = 'country' | 'province' | 'prefecture' | 'county'

export interface Place {
  /** Tag path below the places prefix: `['湖北', '武汉', '江夏区']`. */
  path: readonly string[]
  level: PlaceLevel
  /** Every form the text may use, the full name first. */
  forms: readonly string[]
}

/** Minority names that end autonomous regions and prefectures (`恩施土家族苗族自治州`). */
const ETHNIC =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺'
const TRAILING_ETHNIC = new RegExp(`(?:(?:${ETHNIC})族|维吾尔|哈萨克|柯尔克孜|蒙古)$`, 'u')
const PROVINCE_SUFFIX = /(?:省|市|特别行政区|自治区)$/u
const PREFECTURE_SUFFIX = /(?:市|地区|盟|自治州)$/u
const MIN_SHORT = 2

/** Strips ethnic names from the end while at least two characters stay: `新疆维吾尔` → `新疆`. */
function withoutEthnicNames(name: string): string {
  let rest = name
  for (;;) {
    const match = TRAILING_ETHNIC.exec(rest)
    if (match === null || rest.length - match[0].length < MIN_SHORT) return rest
    rest = rest.slice(0, match.index)
  }
}

function shortName(full: string, suffix: RegExp): string {
  const bare = withoutEthnicNames(full.replace(suffix, ''))
  return bare.length >= MIN_SHORT && bare !== full ? bare : full
}

/** The forms of a province or prefecture: full, short (unless it is a common word) and, for an
 * autonomous prefecture, the usual `恩施州`. */
function formsOf(full: string, short: string): string[] {
  const forms = [full]
  if (full.endsWith('自治州')) forms.push(`${short}州`)
  if (short !== full && !ambiguousShortNames.has(short)) forms.push(short)
  return forms
}

function parseProvince(line: string): Place[] {
  const [provinceName = '', ...prefectures] = line.split('>')
  const short = shortName(provinceName, PROVINCE_SUFFIX)
  const places: Place[] = [
    { path: [short], level: 'province', forms: formsOf(provinceName, short) },
  ]
  for (const part of prefectures) {
    const [prefectureName = '', counties = ''] = part.split(':')
    let parent = [short]
    if (prefectureName !== '') {
      const prefectureShort = shortName(prefectureName, PREFECTURE_SUFFIX)
      parent = [short, prefectureShort]
      places.push({
        path: parent,
        level: 'prefecture',
        forms: formsOf(prefectureName, prefectureShort),
      })
    }
    for (const county of counties.split(',').filter((name) => name !== '')) {
      places.push({ path: [...parent, county], level: 'county', forms: [county] })
    }
  }
  return places
}

let cache: readonly Place[] | null = null

/** Every place, parsed once. */
export function gazetteer(): readonly Place[] {
  cache ??= [
    ...provinces.flatMap(parseProvince),
    ...countries.map((name): Place => ({ path: [name], level: 'country', forms: [name] })),
  ]
  return cache
}
