// The tag tree with counts. A parent's count is the number of articles tagged with it or with
// any tag below it, each article counted once: an article tagged both `地区/湖北` and
// `地区/湖北/随州` adds one to `地区`, not two.
import { parentTagName, tagLeaf, tagWithAncestors } from './name'
import { compareTagNames } from './order'

export interface TagInfo {
  name: string
  color: string | null
}

export interface TagNode {
  /** Full name; for an implicit parent (no tag of its own) the path so far. */
  name: string
  /** Last segment, what the row shows. */
  label: string
  color: string | null
  /** False for a path segment that only exists because a tag below it does. */
  explicit: boolean
  /** Articles carrying exactly this tag. */
  ownCount: number
  /** Articles carrying this tag or any tag below it, each once. */
  count: number
  children: TagNode[]
}

/** Counts per name: `own` for the exact tag, `total` for the subtree. */
export function countTags(articleTags: Iterable<readonly string[]>): {
  own: Map<string, number>
  total: Map<string, number>
} {
  const own = new Map<string, number>()
  const total = new Map<string, number>()
  for (const tags of articleTags) {
    const reached = new Set<string>()
    for (const tag of new Set(tags)) {
      own.set(tag, (own.get(tag) ?? 0) + 1)
      for (const name of tagWithAncestors(tag)) reached.add(name)
    }
    for (const name of reached) total.set(name, (total.get(name) ?? 0) + 1)
  }
  return { own, total }
}

function sortTree(nodes: TagNode[]): TagNode[] {
  nodes.sort((a, b) => compareTagNames(a.label, b.label) || compareTagNames(a.name, b.name))
  for (const node of nodes) sortTree(node.children)
  return nodes
}

/** Builds the tree from the tag records and every article's tag list, siblings in pinyin order. */
export function buildTagTree(
  tags: Iterable<TagInfo>,
  articleTags: Iterable<readonly string[]>,
): TagNode[] {
  const { own, total } = countTags(articleTags)
  const nodes = new Map<string, TagNode>()
  const roots: TagNode[] = []
  const ensure = (name: string): TagNode => {
    const found = nodes.get(name)
    if (found !== undefined) return found
    const node: TagNode = {
      name,
      label: tagLeaf(name),
      color: null,
      explicit: false,
      ownCount: own.get(name) ?? 0,
      count: total.get(name) ?? 0,
      children: [],
    }
    nodes.set(name, node)
    const parent = parentTagName(name)
    ;(parent === null ? roots : ensure(parent).children).push(node)
    return node
  }
  for (const tag of tags) Object.assign(ensure(tag.name), { color: tag.color, explicit: true })
  // Tags on articles without a record (e.g. from an old backup) still show.
  for (const name of own.keys()) ensure(name)
  return sortTree(roots)
}

/** Depth-first rows for a flat, virtualisable list; `expanded` says which nodes show children. */
export function flattenTagTree(
  roots: readonly TagNode[],
  expanded: (name: string) => boolean,
): { node: TagNode; depth: number }[] {
  const rows: { node: TagNode; depth: number }[] = []
  const visit = (nodes: readonly TagNode[], depth: number): void => {
    for (const node of nodes) {
      rows.push({ node, depth })
      if (node.children.length > 0 && expanded(node.name)) visit(node.children, depth + 1)
    }
  }
  visit(roots, 0)
  return rows
}
