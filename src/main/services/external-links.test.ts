import { describe, expect, it } from 'vitest'
import { externalLinkTarget } from './external-links'

describe('externalLinkTarget', () => {
  it('lets web links open in the system browser', () => {
    expect(externalLinkTarget('https://www.example.com/news?id=1')).toBe(
      'https://www.example.com/news?id=1',
    )
  })

  it('keeps every other scheme inside', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://newsroom/index.html',
      'smb://server/share',
      'https://user:secret@example.com/',
      'not a url',
    ]) {
      expect(externalLinkTarget(url), url).toBeNull()
    }
  })
})
