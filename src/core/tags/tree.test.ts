import { describe, expect, it } from 'vitest'
import { countTags } from './counts'
import { buildTagTree, flattenTagTree } from './tree'
import type { TagNode } from './tree'

function summary(nodes: readonly TagNode[]): unknown[] {
  return nodes.map((node) => [node.label, node.count, node.ownCount, summary(node.children)])
}

describe('buildTagTree', () => {
  const tags = [
    { name: '地区/湖北/随州', color: '#c00' },
    { name: '地区/湖北', color: null },
    { name: '地区/北京', color: null },
    { name: '经济', color: '#0a0' },
  ]
  const articles = [
    ['地区/湖北/随州', '地区/湖北'],
    ['地区/湖北/随州', '经济'],
    ['地区/北京'],
    ['经济', '经济'],
    [],
  ]

  it('counts every article once per node, parents including their subtree', () => {
    expect(summary(buildTagTree(tags, countTags(articles)))).toEqual([
      [
        '地区',
        3,
        0,
        [
          ['北京', 1, 1, []],
          ['湖北', 2, 1, [['随州', 2, 2, []]]],
        ],
      ],
      ['经济', 2, 2, []],
    ])
  })

  it('marks implicit parents, keeps colours and shows tags that only articles carry', () => {
    const roots = buildTagTree(tags, countTags([...articles, ['人物/张三']]))
    const region = roots.find((node) => node.name === '地区')
    expect(region).toMatchObject({ explicit: false, color: null })
    expect(region?.children[1]?.children[0]).toMatchObject({
      name: '地区/湖北/随州',
      color: '#c00',
    })
    expect(roots.map((node) => node.label)).toEqual(['地区', '经济', '人物'])
    expect(roots[2]?.children[0]).toMatchObject({ name: '人物/张三', count: 1, explicit: false })
  })

  it('flattens only expanded nodes', () => {
    const rows = flattenTagTree(buildTagTree(tags, countTags(articles)), (name) => name === '地区')
    expect(rows.map((row) => [row.node.label, row.depth])).toEqual([
      ['地区', 0],
      ['北京', 1],
      ['湖北', 1],
      ['经济', 0],
    ])
  })

  it('counts own and total separately', () => {
    const { own, total } = countTags([['a/b'], ['a', 'a/b']])
    expect(own.get('a')).toBe(1)
    expect(total.get('a')).toBe(2)
    expect(own.get('a/b')).toBe(2)
  })

  it('takes an article away exactly as it was added', () => {
    const counts = countTags([['a/b'], ['a', 'a/b', 'c']])
    counts.add(['a', 'a/b', 'c'], -1)
    counts.add(['a/b', 'd'])
    expect([...counts.own]).toEqual([
      ['a/b', 2],
      ['d', 1],
    ])
    expect(counts.total.get('a')).toBe(2)
    expect(counts.total.has('c')).toBe(false)
  })
})
