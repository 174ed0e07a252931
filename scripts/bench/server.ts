// A 127.0.0.1 server for the benchmark page: the bundle and the corpus files. It sends
// COOP/COEP so the page is cross-origin isolated and performance.now() has 5 µs resolution.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename } from 'node:path'

const PAGE =
  '<!doctype html><meta charset="utf-8"><title>bench:search</title><script type="module" src="/bench.js"></script>'

export async function serveBench(
  script: string,
  files: string[],
): Promise<{ url: string; close: () => void }> {
  const byName = new Map(files.map((file) => [basename(file), file]))
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    response.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
    response.setHeader('Cross-Origin-Embedder-Policy', 'require-corp')
    const file = byName.get(path.replace('/corpus/', ''))
    if (path === '/') {
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      response.end(PAGE)
    } else if (path === '/bench.js') {
      response.setHeader('Content-Type', 'text/javascript; charset=utf-8')
      response.end(script)
    } else if (path === '/corpus/files.json') {
      response.setHeader('Content-Type', 'application/json')
      response.end(JSON.stringify([...byName.keys()]))
    } else if (path.startsWith('/corpus/') && file) {
      response.setHeader('Content-Type', 'text/plain; charset=utf-8')
      response.end(readFileSync(file))
    } else {
      response.statusCode = 404
      response.end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${String(port)}/`, close: () => server.close() }
}
