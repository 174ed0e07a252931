import { describe, expect, it } from 'vitest'
import { archiveJobFromHash } from '../../core/print/job'
import { defaultPrintOptions } from '../../core/print/options'
import { printPageUrl, printRequestSchema, suggestedPdfName } from './print-request'

const request = { articleIds: ['x1', 'x2'], options: { ...defaultPrintOptions, paperName: '导报' } }

describe('print requests', () => {
  it('builds the print page URL the print page reads back', () => {
    const url = new URL(printPageUrl('app://newsroom', request))
    expect(url.pathname).toBe('/print/print.html')
    expect(archiveJobFromHash(url.hash)).toEqual({
      ids: request.articleIds,
      options: request.options,
    })
  })

  it('checks requests strictly', () => {
    expect(printRequestSchema.safeParse(request).success).toBe(true)
    expect(printRequestSchema.safeParse({ ...request, articleIds: [] }).success).toBe(false)
    expect(printRequestSchema.safeParse({ ...request, extra: 1 }).success).toBe(false)
  })

  it('suggests a safe file name', () => {
    const name = suggestedPdfName({
      ...request,
      options: { ...request.options, paperName: 'a/b:c', date: '2024-10-21' },
    })
    expect(name).toBe('a_b_c-2024-10-21.pdf')
  })
})
