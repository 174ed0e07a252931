import { describe, expect, it } from 'vitest'
import { archiveJobFromHash } from '../../shared/print-job'
import { defaultPrintOptions } from '../../shared/print-job'
import { validateArguments } from '../../shared/api/validation'
import { printPageUrl, suggestedPdfName } from './print-page-url'

const job = { ids: ['x1', 'x2'], options: { ...defaultPrintOptions, paperName: '导报' } }

describe('print jobs', () => {
  it('builds the print page URL the print page reads back', () => {
    const url = new URL(printPageUrl('app://newsroom', job))
    expect(url.pathname).toBe('/print/print.html')
    expect(archiveJobFromHash(url.hash)).toEqual(job)
  })

  it('are checked strictly at the API boundary', () => {
    expect(validateArguments('printArticles', [job]).ok).toBe(true)
    expect(validateArguments('printArticles', [{ ...job, ids: [] }]).ok).toBe(false)
    expect(validateArguments('savePrintPdf', [{ ...job, extra: 1 }]).ok).toBe(false)
    expect(validateArguments('savePrintPdf', [{ ...job, options: { paper: 'B5' } }]).ok).toBe(false)
  })

  it('suggest a safe file name', () => {
    const name = suggestedPdfName({
      ...job,
      options: { ...job.options, paperName: 'a/b:c', date: '2024-10-21' },
    })
    expect(name).toBe('a_b_c-2024-10-21.pdf')
    expect(suggestedPdfName({ ...job, fileName: '剪报-高新区/园区-2026-12-01' })).toBe(
      '剪报-高新区_园区-2026-12-01.pdf',
    )
    expect(suggestedPdfName({ ...job, fileName: '..\\..\\evil' })).toBe('.._.._evil.pdf')
  })
})
