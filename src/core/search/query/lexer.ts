// Splits a query as typed into tokens, keeping every token's offset for error markers.
// Full-width and typographic forms of the syntax characters (：｜－（）“”「」) count as their
// ASCII forms, so a query typed with a Chinese input method works as typed.
import type { QueryError } from './types'

export type Token =
  | { type: 'word'; value: string; position: number; length: number }
  | { type: 'phrase'; value: string; position: number; length: number }
  | {
      type: 'field'
      name: string
      value: string
      quoted: boolean
      position: number
      length: number
    }
  | { type: 'or' | 'not' | 'open' | 'close'; position: number; length: number }

const SYNTAX: Record<string, string> = {
  '：': ':',
  '｜': '|',
  '－': '-',
  '（': '(',
  '）': ')',
  '＂': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '「': '"',
  '」': '"',
  '\u3000': ' ',
  '\u00a0': ' ',
}

/** Maps syntax characters one to one, so offsets stay those of the query as typed. */
function canonical(query: string): string {
  let out = ''
  for (let i = 0; i < query.length; i++) {
    const char = query.charAt(i)
    out += SYNTAX[char] ?? char
  }
  return out
}

const isSpace = (char: string): boolean => /\s/.test(char)
const endsWord = (char: string): boolean => isSpace(char) || '()"|'.includes(char)

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; error: QueryError }

function unclosedQuote(position: number, length: number): LexResult {
  return { ok: false, error: { code: 'unclosedQuote', position, length, params: {} } }
}

export function lex(query: string, isField: (name: string) => boolean): LexResult {
  const text = canonical(query)
  const tokens: Token[] = []
  let i = 0
  const readWord = (start: number): number => {
    let end = start
    while (end < text.length && !endsWord(text.charAt(end))) end += 1
    return end
  }
  while (i < text.length) {
    const char = text.charAt(i)
    if (isSpace(char)) {
      i += 1
    } else if (char === '(' || char === ')' || char === '|') {
      tokens.push({
        type: char === '|' ? 'or' : char === '(' ? 'open' : 'close',
        position: i,
        length: 1,
      })
      i += 1
    } else if (char === '"') {
      const close = text.indexOf('"', i + 1)
      if (close < 0) return unclosedQuote(i, text.length - i)
      tokens.push({
        type: 'phrase',
        value: query.slice(i + 1, close),
        position: i,
        length: close + 1 - i,
      })
      i = close + 1
    } else if (char === '-' && (i + 1 >= text.length || isSpace(text.charAt(i + 1)))) {
      // A minus standing alone excludes nothing: say so rather than guess.
      return { ok: false, error: { code: 'missingOperand', position: i, length: 1, params: {} } }
    } else if (char === '-' && !endsWord(text.charAt(i + 1))) {
      tokens.push({ type: 'not', position: i, length: 1 })
      i += 1
    } else {
      const end = readWord(i)
      const word = text.slice(i, end)
      const colon = word.indexOf(':')
      if (colon > 0 && isField(word.slice(0, colon))) {
        const name = word.slice(0, colon)
        const valueStart = i + colon + 1
        if (text.charAt(valueStart) === '"') {
          const close = text.indexOf('"', valueStart + 1)
          if (close < 0) return unclosedQuote(valueStart, text.length - valueStart)
          const value = query.slice(valueStart + 1, close)
          tokens.push({
            type: 'field',
            name,
            value,
            quoted: true,
            position: i,
            length: close + 1 - i,
          })
          i = close + 1
          continue
        }
        const value = query.slice(valueStart, end)
        tokens.push({ type: 'field', name, value, quoted: false, position: i, length: end - i })
      } else if (word === 'OR') {
        tokens.push({ type: 'or', position: i, length: 2 })
      } else {
        tokens.push({ type: 'word', value: query.slice(i, end), position: i, length: end - i })
      }
      i = end
    }
  }
  return { ok: true, tokens }
}
