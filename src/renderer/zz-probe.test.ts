import { it } from 'vitest'
import { makeArticle, paragraphs } from '../core/archive/testing/articles'
import { freshDatabase } from './archive/testing'
import { libraryView } from './library/library-order'
import { loadTagTree } from './tags/tag-queries'
import { ArchiveHistory } from './archive/archive-history'
import { addTags } from './tags/tagging'

const titles = ['冷链物流园投用', '北京城市副中心', '乡村振兴', '阿里巴巴', '重庆火锅', '长江经济带', '粤港澳大湾区']
async function time(label: string, work: () => Promise<unknown>) {
  const t = performance.now(); await work(); console.log(label, (performance.now() - t).toFixed(0), 'ms')
}
it('probe', async () => {
  const N = 100000
  const db = freshDatabase()
  for (let s = 0; s < N; s += 5000) {
    await db.articles.bulkAdd(Array.from({ length: 5000 }, (_, k) => { const i = s + k; return { ...makeArticle(`${titles[i % 7]}第${i}篇`, paragraphs('青禾县冷链物流园一期工程正式投入使用，园区新建冷库容量三千吨。'.repeat(6))), date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, paper: ['人民日报', '光明日报', '经济日报'][i % 3]!, page: 1 + (i % 8), importedAt: i, tags: i % 10 === 0 ? ['地区/湖北', '主题/经济', '人物/张三'] : i % 3 === 0 ? ['地区/北京'] : [] } }))
  }
  for (const order of ['imported', 'newest', 'oldest', 'title', 'paper'] as const) {
    await time(`view ${order}`, () => libraryView(db, order, null))
    await time(`view ${order} tag`, () => libraryView(db, order, '地区/湖北'))
  }
  await time('tag tree (census load)', () => loadTagTree(db))
  await time('tag tree again', () => loadTagTree(db))
  const history = new ArchiveHistory(db)
  const ids = await db.articles.toCollection().primaryKeys()
  await time('tag all 100k', () => addTags(history, ids, ['专题/全部']))
  await time('tag tree after', () => loadTagTree(db))
  await time('undo tag all', () => history.undo())
  await time('tag 10k', () => addTags(history, ids.slice(0, 10000), ['专题/一万']))
}, 1800000)
