// The browser host's record of what it sent to the page stays bounded however long an import
// runs: by count and by weight, always keeping the newest event.
import { describe, expect, it } from 'vitest'
import { EventLog } from './event-log'
import type { SentEvent } from './event-log'

const batch = (n: number): SentEvent => ({
  event: 'importEvent',
  payload: { type: 'batch', jobId: 'job-1', batch: n },
})

describe('event log', () => {
  it('keeps only the most recent events, in order', () => {
    const log = new EventLog({ events: 3, chars: 1_000_000 })
    for (let n = 0; n < 10_000; n++) log.add(batch(n), 100)
    expect(log.recent()).toEqual([batch(9_997), batch(9_998), batch(9_999)])
  })

  it('drops the oldest events once their payloads weigh too much, never the newest', () => {
    const log = new EventLog({ events: 100, chars: 10_000 })
    for (let n = 0; n < 5; n++) log.add(batch(n), 4_000)
    expect(log.recent()).toEqual([batch(3), batch(4)])
    log.add(batch(5), 50_000)
    expect(log.recent()).toEqual([batch(5)])
  })
})
