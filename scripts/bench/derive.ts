// Pure corpus helpers (no Node): parsing bench-corpus lines and deriving larger corpora
// deterministically, so the benchmark page derives in Chromium the very articles the Node side
// draws its queries from.
import type { SearchDoc } from '../../src/core/search/doc'
import { seededRandom } from '../../src/shared/random'

export interface CorpusLine {
  id?: unknown
  title?: unknown
  kicker?: unknown
  subtitle?: unknown
  body?: unknown
  date?: unknown
  tags?: unknown
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)

export function toSearchDoc(line: CorpusLine, where: string): SearchDoc {
  const id = text(line.id)
  const body = text(line.body)
  if (id === null || body === null)
    throw new Error(`${where}: every line needs a string id and body`)
  const tags = Array.isArray(line.tags)
    ? line.tags.filter((t): t is string => typeof t === 'string')
    : []
  return {
    id,
    title: text(line.title),
    kicker: text(line.kicker),
    subtitle: text(line.subtitle),
    body,
    date: text(line.date),
    tags,
  }
}

/** A deterministic generator, so derived corpora are the same every run. */
export const random = seededRandom

export const DERIVE_SEED = 20240601

/**
 * `count` articles recombined from the paragraphs of `source`: each takes the title and date of
 * a random item and random paragraphs until 1,300–1,600 characters (as the calibration did).
 */
export function deriveCorpus(
  source: readonly SearchDoc[],
  count: number,
  seed = DERIVE_SEED,
): SearchDoc[] {
  const next = random(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const paragraphs = source.map((doc) => doc.body.split('\n'))
  const docs: SearchDoc[] = []
  for (let i = 0; i < count; i++) {
    const target = 1300 + Math.floor(next() * 301)
    const parts: string[] = []
    let length = 0
    while (length < target) {
      const paragraph = pick(pick(paragraphs))
      parts.push(paragraph)
      length += paragraph.length + 1
    }
    const head = pick(source)
    docs.push({
      id: `derived-${String(i).padStart(6, '0')}`,
      title: head.title ?? null,
      date: head.date ?? null,
      body: parts.join('\n').slice(0, target),
    })
  }
  return docs
}
