// `npm run test:electron`: the smoke test of the real Electron app (test/electron/), run by its own
// Vitest configuration so that `npm test` never starts it. The app is NEWSROOM_APP_EXECUTABLE,
// else the smoke-test copy from `npm run dist:smoke`, else the development build in the installed
// Electron binary. Where there is none (machines that cannot download Electron), the test is
// reported as skipped with the reason, in both languages, and nothing runs.
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { smokeTestPlan } from './electron-app'

const root = resolve(__dirname, '..')

async function main(): Promise<number> {
  const plan = await smokeTestPlan(root)
  for (const line of plan.lines) console.log(line)
  if (plan.launch === null) return plan.exitCode
  const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs')
  const args = [vitest, 'run', '--config', 'vitest.electron.config.ts', ...process.argv.slice(2)]
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEWSROOM_ELECTRON_LAUNCH: JSON.stringify(plan.launch) },
  })
  return new Promise((done) => {
    child.on('close', (code) => {
      done(code ?? 1)
    })
  })
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
