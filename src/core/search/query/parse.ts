// The query language: space = AND, "quoted phrase", OR or |, -exclude, (grouping), and fields
// 标题:/title:, 笔记:/note:, 作者:/author:, 标签:/tag:, 报纸:/paper:, 版:/page:, 栏目:/section:, 日期:/date:.
// OR binds tighter than the implicit AND (as in web search engines): `a b OR c` is a AND (b OR c).
// Never throws: a malformed query comes back as a QueryError with a code and a position.
import { normalize } from '../normalize'
import { parseDateRange } from './dates'
import { lex, type Token } from './lexer'
import type { MetaField, ParseResult, QueryError, QueryNode, TextScope } from './types'

type FieldKind = MetaField | 'title' | 'notes' | 'page' | 'date'

/** Field names after search normalisation (so 標題 and TITLE work too). */
const FIELDS = new Map<string, FieldKind>([
  ['标题', 'title'],
  ['title', 'title'],
  ['笔记', 'notes'],
  ['note', 'notes'],
  ['notes', 'notes'],
  ['作者', 'author'],
  ['author', 'author'],
  ['标签', 'tag'],
  ['tag', 'tag'],
  ['报纸', 'paper'],
  ['paper', 'paper'],
  ['版', 'page'],
  ['page', 'page'],
  ['栏目', 'section'],
  ['section', 'section'],
  ['日期', 'date'],
  ['date', 'date'],
])

const fieldKind = (name: string): FieldKind | undefined => FIELDS.get(normalize(name))

class ParseFailure {
  constructor(readonly error: QueryError) {}
}

function fail(
  token: Pick<Token, 'position' | 'length'>,
  code: QueryError['code'],
  params = {},
): never {
  // Internal control flow only: parseQuery catches it and returns the error as a value.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw new ParseFailure({ code, position: token.position, length: token.length, params })
}

function textNode(token: Token & { value: string }, scope: TextScope): QueryNode {
  const phrase = normalize(token.value)
  if (phrase.trim() === '') fail(token, 'emptyPhrase')
  return { kind: 'text', scope, phrase }
}

function fieldNode(token: Extract<Token, { type: 'field' }>): QueryNode {
  const kind = fieldKind(token.name)
  const value = normalize(token.value).trim()
  if (value === '' || kind === undefined) fail(token, 'emptyField', { field: token.name })
  switch (kind) {
    case 'title':
      return textNode(token, 'headline')
    case 'notes':
      return textNode(token, 'notes')
    case 'page': {
      const match = /^第?(\d{1,4})版?$/.exec(value)
      if (!match) fail(token, 'invalidPage', { value: token.value })
      return { kind: 'page', page: Number(match[1]) }
    }
    case 'date': {
      const range = parseDateRange(value.replace(/\s+/g, ''))
      if (!range) fail(token, 'invalidDate', { value: token.value })
      return { kind: 'date', ...range }
    }
    default:
      return { kind: 'meta', field: kind, value }
  }
}

class Parser {
  private index = 0

  constructor(
    private readonly tokens: Token[],
    private readonly queryLength: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.index]
  }

  private endToken(): Pick<Token, 'position' | 'length'> {
    return { position: this.queryLength, length: 0 }
  }

  /** A sequence of operands joined by the implicit AND, up to `)` or the end. */
  parseSequence(): QueryNode[] {
    const children: QueryNode[] = []
    for (let token = this.peek(); token && token.type !== 'close'; token = this.peek()) {
      children.push(this.parseOr())
    }
    return children
  }

  parseTop(): QueryNode {
    const children = this.parseSequence()
    const stray = this.peek()
    if (stray) fail(stray, 'unexpectedParen')
    return children.length === 1 && children[0] ? children[0] : { kind: 'and', children }
  }

  private parseOr(): QueryNode {
    const first = this.parseUnary()
    const alternatives = [first]
    for (let token = this.peek(); token?.type === 'or'; token = this.peek()) {
      this.index += 1
      alternatives.push(this.parseUnary(token))
    }
    return alternatives.length === 1 ? first : { kind: 'or', children: alternatives }
  }

  private parseUnary(operator?: Token): QueryNode {
    const token = this.peek()
    if (!token || token.type === 'close' || token.type === 'or') {
      fail(operator ?? token ?? this.endToken(), 'missingOperand', {})
    }
    if (token.type !== 'not') return this.parsePrimary(token)
    this.index += 1
    const operand = this.peek()
    if (!operand || operand.type === 'close' || operand.type === 'or' || operand.type === 'not') {
      fail(token, 'missingOperand', {})
    }
    return { kind: 'not', child: this.parsePrimary(operand) }
  }

  private parsePrimary(token: Token): QueryNode {
    this.index += 1
    switch (token.type) {
      case 'word':
      case 'phrase':
        return textNode(token, 'all')
      case 'field':
        return fieldNode(token)
      case 'open': {
        const children = this.parseSequence()
        const close = this.peek()
        if (close?.type !== 'close') fail(token, 'unclosedParen')
        this.index += 1
        if (children.length === 0)
          fail(
            { position: token.position, length: close.position + 1 - token.position },
            'emptyGroup',
          )
        return children.length === 1 && children[0] ? children[0] : { kind: 'and', children }
      }
      default:
        return fail(token, 'missingOperand')
    }
  }
}

/** Parses a query as typed. An empty query is an AND of nothing, which matches nothing. */
export function parseQuery(query: string): ParseResult {
  const lexed = lex(query, (name) => fieldKind(name) !== undefined)
  if (!lexed.ok) return lexed
  try {
    return { ok: true, query: new Parser(lexed.tokens, query.length).parseTop() }
  } catch (caught) {
    if (caught instanceof ParseFailure) return { ok: false, error: caught.error }
    throw caught
  }
}

/** The positive text phrases of a query: what counts for ranking and is highlighted. */
export function positivePhrases(node: QueryNode): { scope: TextScope; phrase: string }[] {
  switch (node.kind) {
    case 'text':
      return [{ scope: node.scope, phrase: node.phrase }]
    case 'and':
    case 'or':
      return node.children.flatMap(positivePhrases)
    default:
      return []
  }
}
