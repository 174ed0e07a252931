import { describe, expect, it } from 'vitest'
import { archiveJobFromHash, defaultPrintOptions, jobHash } from './print-job'

describe('print job hash', () => {
  it('round-trips ids and options through the URL hash', () => {
    const job = { ids: ['a1', '文章#2'], options: { ...defaultPrintOptions, paper: 'A4' as const } }
    expect(archiveJobFromHash(jobHash(job))).toEqual(job)
  })

  it('refuses anything that is not a valid job', () => {
    expect(archiveJobFromHash('#job=%7B%7D')).toBeNull()
    expect(archiveJobFromHash('#job=not-json')).toBeNull()
    expect(archiveJobFromHash('')).toBeNull()
    const bad = { ids: ['a'], options: { ...defaultPrintOptions, columns: 99 } }
    expect(archiveJobFromHash(jobHash(bad))).toBeNull()
  })
})
