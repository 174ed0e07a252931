// Test support: a CouchDB-compatible server (pouchdb-server from npm) on a free loopback port,
// in memory or on disk, its config, log and data files in a temporary folder.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface CouchServerProcess {
  url: string
  /** Creates a database and returns its URL. */
  database(name: string): Promise<string>
  /** Creates a user, as a server administrator does for each correspondent. */
  user(name: string, password: string): Promise<void>
  /** Stops the server as a crash or a power cut would (a persistent one keeps its data). */
  kill(): Promise<void>
  /** Starts it again on the same port. */
  revive(): Promise<void>
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => {
        resolve(typeof address === 'object' && address !== null ? address.port : 0)
      })
    })
  })
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`pouchdb-server did not start at ${url}`)
}

export interface CouchServerOptions {
  /** On disk in its temporary folder, so that it can be killed and revived with its data. */
  persistent?: boolean
}

export async function startCouchServer(
  options: CouchServerOptions = {},
): Promise<CouchServerProcess> {
  const folder = await mkdtemp(join(tmpdir(), 'newsroom-couch-'))
  const port = await freePort()
  const bin = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server')
  const storage = options.persistent === true ? [] : ['--in-memory']
  const args = [bin, ...storage, '--port', String(port), '--no-stdout-logs']
  const url = `http://127.0.0.1:${String(port)}`
  const launch = async () => {
    const started = spawn(process.execPath, args, { cwd: folder, stdio: 'ignore' })
    await waitForServer(url)
    return started
  }
  let child: ChildProcess | null = await launch()
  const kill = async () => {
    const running = child
    child = null
    if (running === null || running.exitCode !== null) return
    await new Promise((resolve) => {
      running.once('exit', resolve)
      running.kill()
    })
  }
  return {
    url,
    database: async (name) => {
      const response = await fetch(`${url}/${name}`, { method: 'PUT' })
      if (!response.ok) throw new Error(`could not create ${name}: ${String(response.status)}`)
      return `${url}/${name}`
    },
    user: async (name, password) => {
      const response = await fetch(`${url}/_users/org.couchdb.user:${encodeURIComponent(name)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, password, roles: [], type: 'user' }),
      })
      if (!response.ok) throw new Error(`could not create ${name}: ${String(response.status)}`)
    },
    kill,
    revive: async () => {
      if (child === null) child = await launch()
    },
    stop: async () => {
      await kill()
      await rm(folder, { recursive: true, force: true })
    },
  }
}
