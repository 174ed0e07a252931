// Reading corpora in the bench-corpus format (JSON Lines: id, title, body, optional kicker,
// subtitle, date, tags), from one .jsonl file or a folder of them, and deriving larger ones.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { SearchDoc } from '../../src/core/search/doc'

import { toSearchDoc, type CorpusLine } from './derive'

export { deriveCorpus, DERIVE_SEED, random } from './derive'

export function corpusFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(path, name))
}

/** Every document of a .jsonl file or of the .jsonl files of a folder, in file order. */
export function readCorpus(path: string): SearchDoc[] {
  const docs: SearchDoc[] = []
  for (const file of corpusFiles(path)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() === '') return
        docs.push(toSearchDoc(JSON.parse(line) as CorpusLine, `${file}:${String(index + 1)}`))
      })
  }
  return docs
}
