// The article printed after this one in the same file (page): the one to merge with when the
// importer cut a story in two.
import type { Article } from '../../shared/article'
import type { ArchiveDatabase } from '../db/database'

export async function nextOnPage(
  database: ArchiveDatabase,
  article: Article,
): Promise<Article | null> {
  const { file, offset } = article.source
  const following = await database.articles
    .where('source.file')
    .equals(file)
    .filter((other) => other.source.offset > offset)
    .toArray()
  following.sort((a, b) => a.source.offset - b.source.offset)
  return following[0] ?? null
}
