// Test support: invented articles with every field set, so round trips compare real values.
import type { Article, ArticleBlock } from '../../../shared/article'
import { articleId } from '../../../shared/article-id'

export function paragraphs(...texts: string[]): ArticleBlock[] {
  return texts.map((text) => ({ type: 'paragraph', text }))
}

export function makeArticle(
  title: string | null,
  blocks: ArticleBlock[],
  extra: Partial<Omit<Article, 'id'>> = {},
): Article {
  const base: Omit<Article, 'id'> = {
    kind: 'article',
    kicker: null,
    title,
    derivedTitle: null,
    subtitle: null,
    byline: null,
    authors: [],
    imageCredits: [],
    blocks,
    continuation: null,
    sourceLines: null,
    paper: '青禾日报',
    date: '2024-05-06',
    page: 2,
    section: '要闻',
    tags: [],
    source: { file: 'pages/2024-05-06.txt', encoding: 'gb18030', offset: 0 },
    importedAt: 1_000,
    updatedAt: 1_000,
    ...extra,
  }
  return { ...base, id: articleId(base) }
}
