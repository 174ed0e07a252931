// `npm run --silent search -- --corpus PATH --queries FILE [--limit N]`: indexes a corpus with
// the app's engine and prints, per query line, {query, ids, ms} (ids in rank order, all unless
// --limit; ms is the engine's time). A malformed query prints its error instead of ids.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { SearchEngine } from '../src/core/search/engine'
import { readCorpus } from './bench/corpus'

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      queries: { type: 'string' },
      limit: { type: 'string' },
    },
  })
  if (!values.corpus || !values.queries) {
    process.stderr.write(
      'usage: npm run --silent search -- --corpus PATH --queries FILE [--limit N]\n',
    )
    process.exit(2)
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit)
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    process.stderr.write(`--limit must be a whole number, not ${values.limit ?? ''}\n`)
    process.exit(2)
  }
  const engine = new SearchEngine()
  engine.addMany(readCorpus(values.corpus))
  engine.flush()
  const queries = readFileSync(values.queries, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
  for (const query of queries) {
    const result = engine.search(query, limit === undefined ? {} : { limit })
    const line = result.ok
      ? { query, ids: result.ids, ms: Number(result.ms.toFixed(3)) }
      : { query, ids: [], ms: Number(result.ms.toFixed(3)), error: result.error }
    process.stdout.write(`${JSON.stringify(line)}\n`)
  }
}

main()
