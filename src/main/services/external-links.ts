// Which links may leave the app for the system browser: plain http(s) only, never file:,
// javascript:, custom schemes or credentials in the URL.
export function externalLinkTarget(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null
  if (parsed.username !== '' || parsed.password !== '') return null
  return parsed.toString()
}
