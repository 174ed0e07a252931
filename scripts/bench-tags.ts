// `npm run bench:tags`: suggested tags on the 200 articles of scripts/tag-eval against the key
// written by reading them — precision of the top three (what the panel shows first), recall for
// context — for a new archive and for one whose other articles are already tagged.
// Options: --show (print the sample as the key writer read it), --detail (every article's top
// three, ✓ in the key, ✗ not), --seed N (another draw, to look at suggestions on articles the key
// does not cover; no scores then).
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { parseArgs } from 'node:util'
import { archiveMessages } from '../src/shared/locales/archive'
import { suggestTags } from '../src/core/tags/suggest'
import type { TagSuggestion } from '../src/core/tags/suggest'
import { corpusFolder, SAMPLE_SEED, sampleArticles } from './tag-eval/sample'
import type { SampleArticle } from './tag-eval/sample'

const TOP = 3
const { values } = parseArgs({
  options: {
    show: { type: 'boolean', default: false },
    detail: { type: 'boolean', default: false },
    seed: { type: 'string' },
  },
})

interface Key {
  articles: Record<string, string[]>
}

/** A key entry lists equally right forms of one tag: `机构/中国人民银行|机构/人民银行`. */
type Entry = readonly string[]

const key = JSON.parse(readFileSync(new URL('./tag-eval/key.json', import.meta.url), 'utf8')) as Key
const prefixes = archiveMessages['zh-CN'].suggest.prefix

function entriesOf(id: string): Entry[] {
  const listed = key.articles[id]
  if (listed === undefined) throw new Error(`${id} is not in the key`)
  return listed.map((entry) => entry.split('|'))
}

function show(articles: readonly SampleArticle[]): void {
  articles.forEach((article, index) => {
    console.log(`### ${String(index)} ${article.id}`)
    console.log(
      `T: ${[article.kicker, article.title, article.subtitle].filter(Boolean).join(' | ')}`,
    )
    console.log(`B: ${article.byline ?? ''} A: ${article.authors.join('、')}`)
    console.log(article.blocks.map((block) => block.text).join('\n'))
  })
}

interface Score {
  shown: number
  right: number
  entries: number
  foundTop: number
  foundAll: number
  empty: number
  ms: number
}

function scoreArticle(suggestions: readonly TagSuggestion[], entries: readonly Entry[]) {
  const inKey = (tag: string) => entries.some((entry) => entry.includes(tag))
  const top = suggestions.slice(0, TOP)
  const found = (list: readonly TagSuggestion[]) =>
    entries.filter((entry) => list.some((s) => entry.includes(s.tag))).length
  return {
    top,
    right: top.filter((s) => inKey(s.tag)).length,
    foundTop: found(top),
    foundAll: found(suggestions),
    inKey,
  }
}

/** The key's tags of every other article: what a librarian would have tagged already. */
function otherArticlesTags(articles: readonly SampleArticle[], except: string): string[] {
  return articles
    .filter((article) => article.id !== except)
    .flatMap((article) => entriesOf(article.id).map((entry) => entry[0] ?? ''))
}

function run(articles: readonly SampleArticle[], archiveTagged: boolean, detail: boolean): Score {
  const score: Score = { shown: 0, right: 0, entries: 0, foundTop: 0, foundAll: 0, empty: 0, ms: 0 }
  for (const article of articles) {
    const entries = entriesOf(article.id)
    const existingTags = archiveTagged ? otherArticlesTags(articles, article.id) : []
    const started = performance.now()
    const suggestions = suggestTags(article, { prefixes, existingTags })
    score.ms += performance.now() - started
    const result = scoreArticle(suggestions, entries)
    score.shown += result.top.length
    score.right += result.right
    score.entries += entries.length
    score.foundTop += result.foundTop
    score.foundAll += result.foundAll
    if (result.top.length === 0) score.empty++
    if (detail) {
      const marks = result.top.map(
        (s) => `${result.inKey(s.tag) ? '✓' : '✗'} ${s.tag} ×${String(s.mentions)}`,
      )
      console.log(`${article.id}  ${marks.join('   ') || '(none)'}`)
    }
  }
  return score
}

const pct = (part: number, whole: number) =>
  whole === 0 ? '–' : `${(100 * (part / whole)).toFixed(1)}%`

function report(label: string, score: Score, articles: number): void {
  console.log(`\n${label}`)
  console.log(
    `  precision of the top ${String(TOP)}: ${pct(score.right, score.shown)} (${String(score.right)} of ${String(score.shown)} suggestions right)`,
  )
  console.log(
    `  recall of the top ${String(TOP)}: ${pct(score.foundTop, score.entries)}; of all suggestions: ${pct(score.foundAll, score.entries)} (${String(score.entries)} key entries)`,
  )
  console.log(
    `  articles with no suggestion: ${String(score.empty)} of ${String(articles)}; ${(score.ms / articles).toFixed(2)} ms an article`,
  )
}

const seed = values.seed === undefined ? SAMPLE_SEED : Number(values.seed)
const articles = sampleArticles(corpusFolder, seed)
if (values.show) show(articles)
else if (seed !== SAMPLE_SEED) {
  for (const article of articles) {
    const top = suggestTags(article, { prefixes }).slice(0, TOP)
    console.log(`${article.id}  ${top.map((s) => `${s.tag} ×${String(s.mentions)}`).join('   ')}`)
  }
} else {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  console.log(`Tag suggestions against scripts/tag-eval/key.json`)
  console.log(
    `Corpus: ${corpusFolder} — sample of ${String(articles.length)} articles (seed ${String(seed)})`,
  )
  console.log(`Machine: ${cpu}, ${String(cpus().length)} cores, Node ${process.version}`)
  if (values.detail) console.log('\nNew archive, top three of each article:')
  report('New archive (no tags yet):', run(articles, false, values.detail), articles.length)
  report(
    'Archive whose other 199 articles carry their key tags (leave-one-out):',
    run(articles, true, false),
    articles.length,
  )
}
