// A folder's README describes the folder and is no article: walking a folder leaves it out, the
// bundled sample folder included; a README the user picks on its own is still imported.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runImport } from './batch'
import type { ImportFileReport, ImportSummary } from '../../shared/api/contract'

const sample = fileURLToPath(new URL('../../../resources/sample', import.meta.url))
const story = (headline: string): string =>
  `${headline}\n\n本报讯（记者 林晓）${headline}，今天在县里举行。\n`

let dir: string

async function importAll(paths: string[]): Promise<{ files: string[]; summary: ImportSummary }> {
  const reports: ImportFileReport[] = []
  const runner = runImport({ paths })
  for (;;) {
    const next = await runner.next()
    if (next.done) return { files: reports.map((r) => basename(r.file)), summary: next.value }
    reports.push(...next.value.files)
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-readme-'))
  await writeFile(join(dir, 'README.md'), '# 这个文件夹\n\n存放 2024 年的版面。\n')
  await writeFile(join(dir, 'readme.txt'), '说明\n\n这里是稿件。\n')
  await writeFile(join(dir, '第1版.txt'), story('春耕备耕有序推进'))
  await writeFile(join(dir, 'readme-稿件.txt'), story('读者来信选登'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('README files', () => {
  it('are left out of a folder, counted as skipped', async () => {
    const { files, summary } = await importAll([dir])
    expect(files.sort()).toEqual(['readme-稿件.txt', '第1版.txt'])
    expect(summary.skipped).toBe(2)
  })

  it('are left out of the bundled sample folder, whose pages all import', async () => {
    const { files, summary } = await importAll([sample])
    expect(files).not.toContain('README.md')
    expect(files.length).toBeGreaterThan(0)
    expect(files.every((file) => file.endsWith('.txt'))).toBe(true)
    expect(summary).toMatchObject({ failed: 0, skipped: 1 })
  })

  it('are imported when chosen on their own', async () => {
    const { files } = await importAll([join(dir, 'README.md')])
    expect(files).toEqual(['README.md'])
  })
})
