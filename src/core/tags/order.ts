// Chinese users expect tag lists in pinyin order (阿 before 北 before 重庆), which is what the
// `zh` collation does; numeric so that `第2版` sorts before `第10版`.
const collator = new Intl.Collator('zh', { numeric: true })

export function compareTagNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}

export function sortTagNames(names: Iterable<string>): string[] {
  return [...names].sort(compareTagNames)
}
