// Links inside a chosen folder, on real files: one that leads outside what the user chose is
// reported and never read; one that stays inside still imports; a loop is reported once.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { realpath } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runImport } from './batch'
import type { ImportFileReport as FileReport, ImportedArticle } from '../../shared/api/contract'

const story = (headline: string): string =>
  `${headline}\n\n本报讯（记者 林晓）${headline}，今天在县里举行。\n`

let base: string
let granted: string
let outside: string

async function importAll(request: {
  paths: string[]
  granted?: string[]
}): Promise<{ reports: FileReport[]; articles: ImportedArticle[] }> {
  const reports: FileReport[] = []
  const articles: ImportedArticle[] = []
  for await (const batch of runImport({ paths: request.paths }, { granted: request.granted })) {
    reports.push(...batch.files)
    articles.push(...batch.articles)
  }
  return { reports, articles }
}

const headlines = (articles: ImportedArticle[]): string[] =>
  articles.map((article) => article.title ?? '').sort()

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'import-links-')))
  granted = join(base, 'granted')
  outside = join(base, 'elsewhere')
  await mkdir(join(granted, 'pages'), { recursive: true })
  await mkdir(join(outside, 'folder'), { recursive: true })
  await writeFile(join(outside, 'secret.txt'), story('机密文件不应导入'))
  await writeFile(join(outside, 'folder', 'other.txt'), story('外面文件夹的稿件'))
  await writeFile(join(granted, 'own.txt'), story('自己的稿件'))
  await writeFile(join(granted, 'pages', 'page.txt'), story('版面上的稿件'))
  await symlink(join(outside, 'secret.txt'), join(granted, 'secret.txt'))
  await symlink(join(outside, 'folder'), join(granted, 'folder-link'))
  await symlink(join(granted, 'pages', 'page.txt'), join(granted, 'alias.txt'))
  await symlink(join(granted, 'pages'), join(granted, 'pages-link'))
  await symlink(granted, join(granted, 'pages', 'loop'))
  await symlink(join(granted, 'ring-b.txt'), join(granted, 'ring-a.txt'))
  await symlink(join(granted, 'ring-a.txt'), join(granted, 'ring-b.txt'))
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('links in a chosen folder', () => {
  it('skips a link to a file or a folder outside, with a clear report, and reads neither', async () => {
    const { reports, articles } = await importAll({ paths: [granted], granted: [granted] })
    const byFile = new Map(reports.map((report) => [report.file, report]))
    expect(byFile.get(join(granted, 'secret.txt'))?.error).toEqual({
      code: 'import:error.outsideGrant',
      params: { target: join(outside, 'secret.txt') },
    })
    expect(byFile.get(join(granted, 'folder-link'))?.error).toEqual({
      code: 'import:error.outsideGrant',
      params: { target: join(outside, 'folder') },
    })
    expect(headlines(articles)).not.toContain('机密文件不应导入')
    expect(headlines(articles)).not.toContain('外面文件夹的稿件')
  })

  it('still follows links that stay inside the chosen folder', async () => {
    const { reports, articles } = await importAll({ paths: [granted], granted: [granted] })
    const alias = reports.find((report) => report.file === join(granted, 'alias.txt'))
    expect(alias).toMatchObject({ error: null, articles: 1 })
    // The page itself, its alias; the linked folder is the same folder, walked once.
    expect(headlines(articles)).toEqual(['版面上的稿件', '版面上的稿件', '自己的稿件'])
    expect(articles.find((a) => a.source.file === join(granted, 'alias.txt'))).toBeDefined()
  })

  it('reports each loop once and goes on', async () => {
    const { reports } = await importAll({ paths: [granted], granted: [granted] })
    const loops = reports.filter((report) => report.error?.code === 'import:error.symlinkLoop')
    expect(loops.map((report) => report.file).sort()).toEqual([
      join(granted, 'pages', 'loop'),
      join(granted, 'ring-a.txt'),
      join(granted, 'ring-b.txt'),
    ])
  })

  it('refuses a chosen path inside the grant by name that links outside it', async () => {
    const { reports, articles } = await importAll({
      paths: [join(granted, 'secret.txt'), join(granted, 'folder-link', 'other.txt')],
      granted: [granted],
    })
    expect(reports.map((report) => report.error?.code)).toEqual([
      'import:error.outsideGrant',
      'import:error.outsideGrant',
    ])
    expect(articles).toEqual([])
  })

  it('without a grant, treats what was chosen as the grant', async () => {
    const { reports } = await importAll({ paths: [granted] })
    const secret = reports.find((report) => report.file === join(granted, 'secret.txt'))
    expect(secret?.error?.code).toBe('import:error.outsideGrant')
  })
})
