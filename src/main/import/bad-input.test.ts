// Bad input from the list, all in one import: each file gets its clear message code and
// the good files still land.
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeAs } from '../../core/import/testing/encode-legacy'
import { makeDocx } from '../../core/import/testing/make-docx'
import { createTranslator } from '../../shared/locales/translator'
import { runImport } from './batch'
import type {
  ImportFileReport as FileReport,
  ImportedArticle,
  ImportSummary,
} from '../../shared/api/contract'
import { readLimited } from './read'

const page = `高新区举办企业服务日活动

本报讯（记者 林晓）高新区昨天举办企业服务日活动，三十多家企业参加。

活动现场，区里各部门为企业解答了用地、用工和融资方面的问题。
`

/** Deterministic noise: a linear congruential generator. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    bytes[i] = state >>> 24
  }
  return bytes
}

const png = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
])

let dir: string
let reports: Map<string, FileReport>
let articles: ImportedArticle[]
let summary: ImportSummary

async function importAll(
  paths: string[],
): Promise<{ reports: FileReport[]; articles: ImportedArticle[]; summary: ImportSummary }> {
  const runner = runImport({ paths })
  const found: FileReport[] = []
  const landed: ImportedArticle[] = []
  for (;;) {
    const next = await runner.next()
    if (next.done) return { reports: found, articles: landed, summary: next.value }
    found.push(...next.value.files)
    landed.push(...next.value.articles)
  }
}

const report = (name: string): FileReport => {
  const found = reports.get(join(dir, name))
  if (!found) throw new Error(`no report for ${name}`)
  return found
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-bad-'))
  const utf8 = new TextEncoder().encode(page)
  const broken = Uint8Array.from([...utf8.subarray(0, 40), 0xff, 0xfe, ...utf8.subarray(40)])
  await writeFile(join(dir, 'empty.txt'), '')
  await writeFile(join(dir, 'picture.txt'), png)
  await writeFile(join(dir, 'random.txt'), noise(64 * 1024, 7))
  await writeFile(join(dir, 'huge.txt'), '')
  await truncate(join(dir, 'huge.txt'), 200 * 1024 * 1024) // sparse: 200 MB without writing them
  await writeFile(join(dir, 'broken-utf8.txt'), broken)
  await writeFile(
    join(dir, 'gbk.md'),
    encodeAs(`# 高新区举办企业服务日活动\n\n${page.split('\n').slice(2).join('\n')}`, 'gb18030'),
  )
  await writeFile(join(dir, 'not-a-zip.docx'), page)
  const bomb = makeDocx([], new Uint8Array(40 * 1024 * 1024).fill(0x20))
  await writeFile(join(dir, 'bomb.docx'), bomb)
  await writeFile(
    join(dir, 'script.html'),
    `<html><head><script>alert("head")</script></head><body><h1>高新区举办企业服务日活动</h1>
     <p>本报讯 高新区昨天举办企业服务日活动。<img src="x" onerror="alert('img')"></p>
     <script>document.write("body")</script><style>p{color:red}</style><!-- 注释不导入 --></body></html>`,
  )
  await writeFile(join(dir, '高新区 报道 📰.txt'), page)
  await writeFile(
    join(dir, 'good.docx'),
    makeDocx([
      { text: '高新区举办企业服务日活动', style: '1' },
      { text: '高新区昨天举办企业服务日活动。' },
    ]),
  )
  execFileSync('mkfifo', [join(dir, 'pipe.txt')])
  await symlink(join(dir, 'missing.txt'), join(dir, 'dangling.txt'))
  await mkdir(join(dir, 'loop'))
  await writeFile(join(dir, 'loop', 'inside.txt'), page)
  await symlink(join(dir, 'loop'), join(dir, 'loop', 'again'))
  const result = await importAll([dir])
  reports = new Map(result.reports.map((entry) => [entry.file, entry]))
  articles = result.articles
  summary = result.summary
}, 60_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('bad input: a clear message, and the rest of the batch still lands', () => {
  it.each([
    ['empty.txt', 'emptyFile'],
    ['picture.txt', 'binaryFormat'],
    ['random.txt', 'notText'],
    ['huge.txt', 'tooLarge'],
    ['not-a-zip.docx', 'docxNotZip'],
    ['bomb.docx', 'docxZipBomb'],
    ['pipe.txt', 'notRegularFile'],
    ['dangling.txt', 'notFound'],
    ['loop/again', 'symlinkLoop'],
  ])('%s is refused with %s', (name, code) => {
    const found = report(name)
    expect(found.articles).toBe(0)
    expect(found.error?.code).toBe(`import:error.${code}`)
    expect(articles.some((article) => article.source.file === found.file)).toBe(false)
  })

  it('says every refusal and warning in words, in both languages', () => {
    const messages = [...reports.values()].flatMap((found) => [
      ...(found.error === null ? [] : [found.error]),
      ...found.warnings,
    ])
    expect(messages.length).toBeGreaterThan(5)
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = createTranslator(locale)
      for (const message of messages) expect(t(message.code, message.params)).not.toBe(message.code)
    }
    expect(
      createTranslator('en')(report('picture.txt').error?.code ?? '', { format: 'PNG' }),
    ).toContain('PNG')
  })

  it('names the format of a renamed picture and the size of a huge file', () => {
    expect(report('picture.txt').error?.params).toEqual({ format: 'PNG' })
    expect(report('huge.txt').error?.params).toEqual({ size: '200 MB', limit: '100 MB' })
  })

  it('imports a UTF-8 file with damaged bytes, marking the damage', () => {
    const found = report('broken-utf8.txt')
    expect(found.encoding).toBe('utf-8')
    expect(found.warnings.map((warning) => warning.code)).toEqual(['import:warning.invalidUtf8'])
    const article = articles.find((a) => a.source.file === found.file)
    expect(article?.title).toBe('高新区举办企业服务日活动')
    expect(article?.blocks.map((block) => block.text).join('')).toContain('\ufffd')
  })

  it('reads GBK text saved as .md, headings included', () => {
    const found = report('gbk.md')
    expect(found.encoding).toBe('gb18030')
    const article = articles.find((a) => a.source.file === found.file)
    expect(article?.title).toBe('高新区举办企业服务日活动')
    expect(article?.authors).toEqual(['林晓'])
  })

  it('keeps the text of HTML and drops scripts, styles, comments and event handlers', () => {
    const found = articles.filter((a) => a.source.file === join(dir, 'script.html'))
    expect(found.map((a) => a.title)).toEqual(['高新区举办企业服务日活动'])
    const all = JSON.stringify(found)
    for (const dropped of ['alert', 'document.write', 'color:red', '注释', 'onerror'])
      expect(all).not.toContain(dropped)
    expect(found[0]?.blocks).toEqual([
      { type: 'paragraph', text: '高新区昨天举办企业服务日活动。' },
    ])
  })

  it('imports file names with Chinese, spaces and emoji, and Word documents', () => {
    const file = join(dir, '高新区 报道 📰.txt')
    expect(report('高新区 报道 📰.txt').error).toBeNull()
    expect(articles.find((a) => a.source.file === file)?.authors).toEqual(['林晓'])
    expect(articles.find((a) => a.source.file === join(dir, 'good.docx'))?.title).toBe(
      '高新区举办企业服务日活动',
    )
  })

  it('walks into the looped folder once and reports the loop', () => {
    expect(report('loop/inside.txt').error).toBeNull()
    expect(summary.cancelled).toBe(false)
    expect(summary.failed).toBe(9)
  })

  it('says in a code which system problem stopped a read, keeping the system text', async () => {
    const inside = join(dir, 'empty.txt', 'inside.txt') // a path through a file
    const { reports } = await importAll([inside])
    expect(reports.map((found) => found.error)).toEqual([
      {
        code: 'import:error.unreadable',
        params: { system: 'ENOTDIR', detail: expect.stringContaining('ENOTDIR') as unknown },
      },
    ])
  })

  it('refuses a folder given where a file is expected', async () => {
    expect(await readLimited(join(dir, 'loop'))).toEqual({
      ok: false,
      error: { code: 'isDirectory', params: {} },
    })
  })
})
