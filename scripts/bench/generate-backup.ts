// A generated backup of any size for `npm run bench:restore`: bench-corpus items recombined into
// distinct articles (a numbered headline, the item's paragraphs, a date and page of their own),
// written as the app's backup format, streamed so the generator's memory stays flat.
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import type { Article } from '../../src/shared/article'
import { articleId } from '../../src/shared/article-id'
import { endLine, headerLine, recordLine } from '../../src/core/archive/backup-format'
import type { NewsItem } from './news-items'
import { paragraphsOf } from './make-pages'

function generatedArticle(item: NewsItem, index: number): Article {
  const day = new Date(Date.UTC(2000, 0, 1) + (index % 9000) * 86_400_000)
  const base: Omit<Article, 'id'> = {
    kind: 'article',
    kicker: null,
    title: `${item.title}（${String(index)}）`,
    derivedTitle: null,
    subtitle: null,
    byline: null,
    authors: [],
    imageCredits: [],
    blocks: paragraphsOf(item).map((text) => ({ type: 'paragraph', text })),
    continuation: null,
    sourceLines: null,
    paper: item.source,
    date: day.toISOString().slice(0, 10),
    page: 1 + (index % 16),
    section: null,
    tags: [],
    source: { file: `generated/${String(index)}.txt`, encoding: 'utf-8', offset: 0 },
    importedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  }
  return { ...base, id: articleId(base) }
}

/** Writes `count` articles to `path`; resolves to the file's size in bytes. */
export async function writeGeneratedBackup(
  path: string,
  items: readonly NewsItem[],
  count: number,
): Promise<number> {
  const out = createWriteStream(path)
  let bytes = 0
  const write = async (line: string) => {
    bytes += Buffer.byteLength(line)
    if (!out.write(line)) await once(out, 'drain')
  }
  await write(headerLine(Date.now()))
  for (let index = 0; index < count; index++) {
    const item = items[index % items.length]
    if (item !== undefined)
      await write(recordLine({ type: 'article', value: generatedArticle(item, index) }))
  }
  await write(endLine({ articles: count, tags: 0, settings: 0 }))
  out.end()
  await once(out, 'finish')
  return bytes
}
