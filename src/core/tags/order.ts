// Tag lists in the order Chinese readers expect (pinyin, numbers by value).
import { compareChinese } from '../../shared/collation'

export const compareTagNames = compareChinese
