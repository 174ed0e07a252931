// `npm run preview:browser`: the built app in a Chromium window, for machines without the
// Electron binary. The archive persists in a profile folder of its own between runs. A plain
// browser cannot show the native file dialog, so "Import" asks for paths in this terminal.
import { createInterface } from 'node:readline/promises'
import { resolve } from 'node:path'
import type { ImportSourceKind } from '../shared/api/contract'
import { launchBrowserHost } from './host'
import { errorDetail } from '../shared/system-error'

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

async function askForPath(question: string, suggestedName: string | null): Promise<string | null> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout })
  try {
    const hint = suggestedName === null ? '' : ` [${suggestedName}]`
    const answer = await terminal.question(`\n${question} (empty to cancel)${hint}:\n> `)
    return answer.trim() === '' ? null : resolve(answer.trim())
  } finally {
    terminal.close()
  }
}

const savePrompts = {
  pdf: '存为 PDF Save as PDF',
  backup: '备份 Back up',
  citation: '导出引用 Export citations',
} as const

async function main(): Promise<void> {
  const host = await launchBrowserHost({
    profileDir,
    appRoot: root,
    headless: false,
    dialogs: {
      importSources: askForPaths,
      savePath: (name, kind) => askForPath(`${savePrompts[kind]} — file path`, name),
      openBackup: () => askForPath('恢复 Restore — path of the backup file', null),
    },
  })
  console.log(`新闻档案 Newsroom Archive is open in Chromium (profile: ${profileDir}).`)
  console.log('Close the window or press Ctrl+C to quit.')
  host.context.on('close', () => process.exit(0))
  process.on('SIGINT', () => {
    void host.close().then(() => process.exit(0))
  })
}

main().catch((error: unknown) => {
  console.error(errorDetail(error))
  process.exit(1)
})
