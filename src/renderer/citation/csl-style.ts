// The GB/T 7714 CSL style and its zh-CN locale, bundled as text: the app is offline, and
// citeproc-js reads both as strings (see src/core/citation/csl/README.md for their licence).
import locale from '../../core/citation/csl/locales-zh-CN.xml?raw'
import style from '../../core/citation/csl/china-national-standard-gb-t-7714-2015-numeric.csl?raw'
import type { CslStyle } from '../../core/citation/gbt7714'

export const gbt7714Style: CslStyle = { style, locale }
