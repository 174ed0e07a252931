// The events the browser host sent to the page, for tests to look at — the most recent only. An
// import sends its articles in events of up to 4 MB each, so keeping them all would hold every
// imported article in the host's memory for as long as it runs.
import type { EventPayloads } from '../shared/api/contract'

export interface SentEvent {
  event: keyof EventPayloads
  payload: unknown
}

export interface EventLogLimits {
  /** At most this many events. */
  events: number
  /** At most this many characters of JSON payload; the newest event is always kept. */
  chars: number
}

export const defaultEventLogLimits: EventLogLimits = { events: 200, chars: 8 * 1024 * 1024 }

export class EventLog {
  private entries: { sent: SentEvent; chars: number }[] = []
  private chars = 0

  constructor(private readonly limits: EventLogLimits = defaultEventLogLimits) {}

  /** `chars`: the length of the payload as sent (JSON), which is what it weighs. */
  add(sent: SentEvent, chars: number): void {
    this.entries.push({ sent, chars })
    this.chars += chars
    let drop = 0
    while (
      this.entries.length - drop > 1 &&
      (this.entries.length - drop > this.limits.events || this.chars > this.limits.chars)
    ) {
      this.chars -= this.entries[drop]?.chars ?? 0
      drop++
    }
    if (drop > 0) this.entries = this.entries.slice(drop)
  }

  /** The most recent events, oldest first. */
  recent(): SentEvent[] {
    return this.entries.map((entry) => entry.sent)
  }
}
