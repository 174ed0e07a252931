// Files that declare their structure (Markdown headings, HTML h1–h6, Word heading styles) are read
// by that structure, not guessed. Consecutive headings form a group; a level that is the most
// prominent of some group is an article-like level, the others hang on it as kicker (above) or
// subtitle (below). The article level is the one that repeats with body text under it — not the
// top one, which is often the programme and date of a digest — unless the file's single top
// heading has text under it: then the file is one article and every lower heading (and every bold
// line) a sub-heading. A heading that a list of the file names (a digest's numbered summary, a
// table of contents) is a headline, whatever its level: `## 详细新闻` above a single `### 标题`
// listed in the summary is a section, not a headline with its subtitle.
import { A, H, K, M, P, S, T, U } from './labels'
import type { Unit } from './units'

interface Group {
  /** Unit indices of the headings, in order. */
  members: number[]
  /** The group's own heading nearest the text: the headline when the group opens an article. */
  lead: number
  hasBody: boolean
  /** The lead is named in one of the file's lists: a headline. */
  listed: boolean
}

const listMark = /^\s*(?:\d{1,3}[.．、)）]|[-*+•·])\s*/
const flat = (text: string): string => text.replace(/\s+/gu, '')

/** The texts of the file's list items (numbering and bullets left off). */
function listedTexts(units: readonly Unit[]): Set<string> {
  const listed = new Set<string>()
  for (const unit of units) {
    if (unit.heading > 0) continue
    const mark = listMark.exec(unit.text)
    if (mark) listed.add(flat(unit.text.slice(mark[0].length)))
  }
  return listed
}

function groupsOf(units: readonly Unit[]): Group[] {
  const groups: Group[] = []
  let current: number[] = []
  const close = (hasBody: boolean): void => {
    if (current.length > 0) groups.push({ members: current, lead: -1, hasBody, listed: false })
    current = []
  }
  units.forEach((unit, index) => {
    if (unit.heading > 0) current.push(index)
    else close(true)
  })
  close(false)
  return groups
}

const levelOf = (units: readonly Unit[], index: number): number => units[index]?.heading ?? 0

/** Levels that are the most prominent heading of some group. */
function ownLevels(units: readonly Unit[], groups: readonly Group[]): Set<number> {
  const own = new Set<number>()
  for (const group of groups)
    own.add(Math.min(...group.members.map((index) => levelOf(units, index))))
  return own
}

function articleLevel(
  units: readonly Unit[],
  groups: readonly Group[],
): { level: number; single: boolean } {
  const withBody = groups.filter((group) => group.hasBody)
  const leads = withBody.map((group) => levelOf(units, group.lead))
  const top = Math.min(...groups.map((group) => levelOf(units, group.lead)))
  const topGroups = groups.filter((group) =>
    group.members.some((index) => levelOf(units, index) === top),
  )
  const topOwn = topGroups.flatMap((group) =>
    group.members.filter((index) => levelOf(units, index) === top),
  )
  const onlyTop = topGroups[0]
  if (topOwn.length === 1 && onlyTop?.hasBody === true && levelOf(units, onlyTop.lead) === top) {
    return { level: top, single: true }
  }
  const counts = new Map<number, number>()
  for (const level of leads) counts.set(level, (counts.get(level) ?? 0) + 1)
  let best = top
  let bestCount = -1
  for (const [level, count] of counts) {
    if (count > bestCount || (count === bestCount && level < best)) {
      best = level
      bestCount = count
    }
  }
  return { level: best, single: false }
}

function labelGroup(
  units: readonly Unit[],
  group: Group,
  own: ReadonlySet<number>,
  labels: Int8Array,
  opens: boolean,
): void {
  if (!opens) {
    for (const index of group.members) labels[index] = H
    return
  }
  const leadAt = group.members.indexOf(group.lead)
  group.members.forEach((index, position) => {
    const isOwn = own.has(levelOf(units, index))
    if (index === group.lead) labels[index] = T
    else if (position < leadAt) labels[index] = isOwn ? M : K
    else labels[index] = isOwn ? H : S
  })
}

/** Labels for a file whose headings are declared, or null when it declares none. */
export function declaredLabels(units: readonly Unit[]): Int8Array | null {
  const groups = groupsOf(units)
  if (groups.length === 0) return null
  const own = ownLevels(units, groups)
  const listed = listedTexts(units)
  for (const group of groups) {
    const named = group.members.filter((index) => listed.has(flat(units[index]?.text ?? '')))
    const owned = group.members.filter((index) => own.has(levelOf(units, index)))
    group.listed = named.length > 0
    group.lead = named[named.length - 1] ?? owned[owned.length - 1] ?? group.members[0] ?? -1
  }
  const { level, single } = articleLevel(units, groups)
  const labels = new Int8Array(units.length)
  let opened = false
  for (const [position, group] of groups.entries()) {
    const leadLevel = levelOf(units, group.lead)
    const opens: boolean = single ? position === 0 || !opened : group.listed || leadLevel <= level
    labelGroup(units, group, own, labels, opens)
    opened ||= opens
  }
  let inArticle = false
  units.forEach((unit, index) => {
    if (unit.heading > 0) {
      if (labels[index] === T) inArticle = true
      return
    }
    if (unit.kind !== 'text') labels[index] = unit.kind === 'credit' && !inArticle ? U : A
    else if (!inArticle) labels[index] = U
    else labels[index] = unit.emphasis && unit.text.length <= 60 ? H : P
    inArticle = true
  })
  return labels
}
