// Real failures of real file operations, told in the user's language: the sentence names the
// problem, the system's English text stays available as `detail`.
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTranslator } from '../shared/locales/translator'
import { systemErrorCodes, systemErrorParams } from '../shared/system-error'

let dir: string

async function failure(operation: () => Promise<unknown>): Promise<unknown> {
  try {
    await operation()
  } catch (error) {
    return error
  }
  throw new Error('the operation did not fail')
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'system-error-'))
  await writeFile(join(dir, 'file.txt'), '稿件')
  await symlink(join(dir, 'ring-b'), join(dir, 'ring-a'))
  await symlink(join(dir, 'ring-a'), join(dir, 'ring-b'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('system errors', () => {
  it('names the problem of real failed file operations', async () => {
    const cases: [string, () => Promise<unknown>][] = [
      ['ENOENT', () => readFile(join(dir, 'missing.txt'))],
      ['EISDIR', () => readFile(dir)],
      ['ENOTDIR', () => readFile(join(dir, 'file.txt', 'inside.txt'))],
      ['ELOOP', () => readFile(join(dir, 'ring-a'))],
      ['ENAMETOOLONG', () => readFile(join(dir, 'x'.repeat(300)))],
    ]
    for (const [code, operation] of cases) {
      const error = await failure(operation)
      expect(systemErrorParams(error), code).toEqual({
        system: code,
        detail: (error as Error).message,
      })
    }
  })

  it('recognises a system error that crossed the API as text, and anything else as other', () => {
    const crossed = new Error(
      "NewsroomApiError(failed): ENOSPC: no space left on device, write '/备份/档案.jsonl'",
    )
    expect(systemErrorParams(crossed)).toEqual({
      system: 'ENOSPC',
      detail: "ENOSPC: no space left on device, write '/备份/档案.jsonl'",
    })
    expect(systemErrorParams(new Error('EXDEV: cross-device link not permitted'))).toMatchObject({
      system: 'other',
    })
    expect(systemErrorParams('broken')).toEqual({ system: 'other', detail: 'broken' })
  })

  it('has a plain sentence for every code in both languages, with no system words in it', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = createTranslator(locale)
      for (const code of [...systemErrorCodes, 'other']) {
        const sentence = t(`systemError.${code}`)
        expect(sentence, `${locale} ${code}`).not.toBe(`systemError.${code}`)
        expect(sentence).not.toMatch(/\bE[A-Z]{2,}\b/u)
      }
    }
  })

  it('tells an unreadable file in Chinese, keeping the English detail out of the sentence', async () => {
    const error = await failure(() => readFile(join(dir, 'file.txt', 'inside.txt')))
    const params = systemErrorParams(error)
    const sentence = createTranslator('zh-CN')('import:error.unreadable', params)
    expect(sentence).toBe('无法读取文件：路径中有一部分不是文件夹。')
    expect(params.detail).toContain('ENOTDIR')
  })
})
