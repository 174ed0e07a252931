// `npm run --silent parse`: JSON Lines on stdout, one article per line in page order, a clear
// error line for a file that cannot be read, exit status 1 when any file failed.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixturePagePath } from '../src/main/import/testing/shared-data'

const root = fileURLToPath(new URL('..', import.meta.url))
const run = promisify(execFile)

async function parse(
  ...args: string[]
): Promise<{ lines: Record<string, unknown>[]; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/parse.ts', ...args], { cwd: root })
    return { lines: jsonLines(stdout), stderr, code: 0 }
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number }
    return { lines: jsonLines(failed.stdout), stderr: failed.stderr, code: failed.code }
  }
}

const jsonLines = (stdout: string): Record<string, unknown>[] =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parse-cli-'))
  await writeFile(join(dir, 'a-empty.txt'), '')
  await writeFile(
    join(dir, 'b-page.txt'),
    '园区举办开放日\n\n本报讯（记者 林晓）园区企业昨天举办开放日活动。\n',
  )
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('parse command', () => {
  it('prints the reference page as seven articles with every field, and exits 0', async () => {
    const { lines, code } = await parse(fixturePagePath)
    expect(code).toBe(0)
    expect(lines).toHaveLength(7)
    expect(Object.keys(lines[0] ?? {})).toEqual([
      'file',
      'index',
      'encoding',
      'kind',
      'kicker',
      'title',
      'subtitle',
      'byline',
      'authors',
      'imageCredits',
      'blocks',
      'paper',
      'date',
      'page',
      'section',
      'continuation',
    ])
    expect(lines.map((line) => line.index)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(lines[5]).toMatchObject({
      kind: 'photo',
      title: null,
      imageCredits: ['图片来源:桂林高新区'],
    })
    expect(lines[0]?.blocks).toContainEqual({ type: 'subhead', text: '服务企业就是服务发展' })
  }, 60_000)

  it('walks a folder, reports the broken file in file order, goes on, and exits 1', async () => {
    const { lines, code } = await parse(dir)
    expect(code).toBe(1)
    expect(lines).toEqual([
      {
        file: join(dir, 'a-empty.txt'),
        error: 'The file is empty: there is no text to import.',
        code: 'emptyFile',
      },
      expect.objectContaining({
        file: join(dir, 'b-page.txt'),
        title: '园区举办开放日',
        authors: ['林晓'],
      }),
    ])
  }, 60_000)

  it('speaks Chinese with --lang zh-CN', async () => {
    const { lines } = await parse('--lang', 'zh-CN', join(dir, 'a-empty.txt'))
    expect(lines[0]?.error).toBe('文件是空的，没有可导入的文字。')
  }, 60_000)

  it('says in words why the system refused a file and keeps the system text apart', async () => {
    const { lines } = await parse('--lang', 'zh-CN', join(dir, 'a-empty.txt', 'inside.txt'))
    expect(lines[0]).toEqual({
      file: join(dir, 'a-empty.txt', 'inside.txt'),
      error: '无法读取文件：路径中有一部分不是文件夹。',
      code: 'unreadable',
      detail: expect.stringContaining('ENOTDIR') as unknown,
    })
  }, 60_000)
})
