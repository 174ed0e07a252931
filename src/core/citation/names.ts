// Splitting an author's name into family and given parts, the way reference managers store them:
// Zotero sorts and GB/T 7714 prints by the family name, so 欧阳修 must be 欧阳 + 修, not 欧 + 阳修.

export interface PersonName {
  family: string
  given: string
}

/** Two-character surnames (复姓) still in use; any other Chinese name takes one character. */
const compoundSurnames = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '澹台',
  '端木',
  '申屠',
  '闻人',
  '南宫',
  '西门',
  '万俟',
  '独孤',
  '呼延',
  '赫连',
  '百里',
  '东郭',
  '太史',
  '濮阳',
  '淳于',
  '单于',
  '拓跋',
  '司空',
  '公羊',
  '仲孙',
  '鲜于',
  '第五',
  '左丘',
  '梁丘',
])

const han = /^[\p{Script=Han}·]+$/u

/** Family and given name of one author as the byline prints them (`林晓舟`, `John Smith`). */
export function splitName(name: string): PersonName {
  const trimmed = name.trim().replace(/\s+/gu, ' ')
  if (han.test(trimmed.replace(/ /gu, ''))) {
    // A byline may space a two-character name for alignment (`林  森`): the space is no break.
    const joined = trimmed.replace(/ /gu, '')
    // A transliterated name (阿依古丽·买买提) has no surname in the Chinese sense: keep it whole.
    if (joined.includes('·')) return { family: joined, given: '' }
    // 复姓 only with a given name after it: 欧阳 alone is a two-character name, family 欧.
    const surname = joined.length > 2 && compoundSurnames.has(joined.slice(0, 2)) ? 2 : 1
    return { family: joined.slice(0, surname), given: joined.slice(surname) }
  }
  const lastSpace = trimmed.lastIndexOf(' ')
  if (lastSpace < 0) return { family: trimmed, given: '' }
  return { family: trimmed.slice(lastSpace + 1), given: trimmed.slice(0, lastSpace) }
}
