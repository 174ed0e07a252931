// Which stored article holds a line of an imported file: the report's warnings name lines.
import type { ArchiveDatabase } from '../db/database'

export async function articleAtLine(
  database: ArchiveDatabase,
  file: string,
  line: number | null,
): Promise<string | null> {
  const articles = await database.articles.where('source.file').equals(file).toArray()
  if (articles.length === 0) return null
  const byOffset = [...articles].sort((a, b) => a.source.offset - b.source.offset)
  if (line === null) return byOffset[0]?.id ?? null
  const holding = byOffset.find((article) => {
    const span = article.sourceLines
    return span !== null && line >= span.first && line <= span.last
  })
  // A line between two articles (a blank, a masthead) belongs to the next one that starts after it.
  const after = byOffset.find((article) => (article.sourceLines?.first ?? Infinity) >= line)
  return (holding ?? after ?? byOffset[byOffset.length - 1])?.id ?? null
}
