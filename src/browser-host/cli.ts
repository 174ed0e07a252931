// `npm run preview:browser`: the built app in a Chromium window, for machines without the
// Electron binary. The archive persists in a profile folder of its own between runs. A plain
// browser cannot show the native file dialog, so "Import" asks for paths in this terminal.
import { createInterface } from 'node:readline/promises'
import { resolve } from 'node:path'
import type { ImportSourceKind } from '../shared/api/contract'
import { launchBrowserHost } from './host'

const root = resolve(__dirname, '../..')
const profileDir = resolve(
  process.env.NEWSROOM_PREVIEW_PROFILE ?? resolve(root, '.preview-profile'),
)

async function askForPaths(kind: ImportSourceKind): Promise<string[] | null> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout })
  try {
    const answer = await terminal.question(
      `\n导入 Import — paths of ${kind}, separated by ";" (empty to cancel):\n> `,
    )
    const paths = answer
      .split(';')
      .map((path) => path.trim())
      .filter((path) => path !== '')
      .map((path) => resolve(path))
    return paths.length === 0 ? null : paths
  } finally {
    terminal.close()
  }
}

async function askForPdfPath(suggestedName: string): Promise<string | null> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout })
  try {
    const answer = await terminal.question(
      `\n存为 PDF Save as PDF — file path (empty to cancel) [${suggestedName}]:\n> `,
    )
    return answer.trim() === '' ? null : resolve(answer.trim())
  } finally {
    terminal.close()
  }
}

async function main(): Promise<void> {
  const host = await launchBrowserHost({
    profileDir,
    appRoot: root,
    headless: false,
    chooseImportSources: askForPaths,
    choosePdfPath: askForPdfPath,
  })
  console.log(`新闻档案 Newsroom Archive is open in Chromium (profile: ${profileDir}).`)
  console.log('Close the window or press Ctrl+C to quit.')
  host.context.on('close', () => process.exit(0))
  process.on('SIGINT', () => {
    void host.close().then(() => process.exit(0))
  })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
