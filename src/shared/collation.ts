// Chinese readers expect lists in pinyin order (阿 before 北 before 重庆), which is what the `zh`
// collation does; numeric, so that `第2版` sorts before `第10版`. Ties fall back to code order so
// the order is total.
const collator = new Intl.Collator('zh', { numeric: true })

export function compareChinese(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}
