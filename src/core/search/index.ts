// Public surface of the search core: pure TypeScript that runs alike in a module worker and Node.
export { SearchEngine, DEFAULT_SHARD_SIZE } from './engine'
export type { EngineOptions, SearchOptions, SearchOutcome, SearchResult } from './engine'
export { searchDocFromArticle, type SearchDoc } from './doc'
export type { Facets, FacetCount } from './facets'
export { articleMarks, markedPhrases, resultMarks } from './highlight'
export type {
  ArticleMarks,
  HighlightSource,
  HitRange,
  MarkedPhrases,
  Range,
  ResultMarks,
  Snippet,
} from './highlight'
export { normalize, normalizeWithMap, NORMALIZER_VERSION } from './normalize'
export {
  exportIndex,
  loadShard,
  openIndex,
  INDEX_FORMAT_VERSION,
  MANIFEST_KEY,
  PART_BYTES,
} from './persist'
export type {
  ExportPlan,
  PersistedChunk,
  RestoreFailure,
  RestorePlan,
  ShardToLoad,
} from './persist'
export { parseQuery } from './query/parse'
export type { ParseResult, QueryError, QueryErrorCode, QueryNode } from './query/types'
export type { SortOrder } from './rank'
