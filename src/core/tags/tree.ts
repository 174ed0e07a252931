// The tag tree with counts (counts.ts): a parent's count is the number of articles tagged with it
// or with any tag below it, each article counted once.
import type { TagCounts } from './counts'
import { parentTagName, tagLeaf } from './name'
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

function sortTree(nodes: TagNode[]): TagNode[] {
  nodes.sort((a, b) => compareTagNames(a.label, b.label) || compareTagNames(a.name, b.name))
  for (const node of nodes) sortTree(node.children)
  return nodes
}

/** Builds the tree from the tag records and the counts, siblings in pinyin order. */
export function buildTagTree(tags: Iterable<TagInfo>, counts: TagCounts): TagNode[] {
  const { own, total } = counts
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
