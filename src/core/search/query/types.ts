// The parsed query. Values are already normalised for search.

/** `all`: any text field and the notes; `headline`: 引题, 主题 and 副题 (the 标题 block);
 * `notes`: what the correspondent wrote in the article's notes (笔记:). */
export type TextScope = 'all' | 'headline' | 'notes'
export type MetaField = 'author' | 'tag' | 'paper' | 'section'

export type QueryNode =
  | { kind: 'text'; scope: TextScope; phrase: string }
  | { kind: 'meta'; field: MetaField; value: string }
  | { kind: 'page'; page: number }
  /** Inclusive YYYYMMDD bounds. */
  | { kind: 'date'; from: number; to: number }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }

export type QueryErrorCode =
  | 'unclosedQuote'
  | 'unclosedParen'
  | 'unexpectedParen'
  | 'emptyGroup'
  | 'missingOperand'
  | 'emptyPhrase'
  | 'emptyField'
  | 'invalidDate'
  | 'invalidPage'

/** Why a query cannot be run: a code for the locale bundle, its parameters, and where. */
export interface QueryError {
  code: QueryErrorCode
  /** Offset and length in the query as typed, for an inline marker. */
  position: number
  length: number
  params: Record<string, string>
}

export type ParseResult = { ok: true; query: QueryNode } | { ok: false; error: QueryError }
