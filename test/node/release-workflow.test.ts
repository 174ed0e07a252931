// The release workflow cannot run here, so it is checked the way GitHub reads it (GitHub's own
// workflow parser and schema, @actions/workflow-parser) and against the project: the scripts it
// calls exist, the smoke test is pointed at the executable electron-builder writes, and the
// installers it uploads are the ones electron-builder.yml names.
import { describe, expect, it } from 'vitest'
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser'
import { readFile } from 'node:fs/promises'
import { posix, resolve } from 'node:path'
import { parse } from 'yaml'
import { packagedExecutable, smokeOutputDir } from '../../scripts/electron-app'

const root = resolve(import.meta.dirname, '../..')
const workflowPath = '.github/workflows/release.yml'

interface Step {
  name?: string
  uses?: string
  run?: string
  if?: string
  env?: Record<string, string | boolean>
  with?: Record<string, string>
}

interface MatrixEntry {
  name: string
  os: string
  chromium: string
  app: string
  installers: string
}

interface Workflow {
  on: { push: { tags: string[] }; workflow_dispatch: unknown }
  jobs: Record<
    string,
    { 'runs-on': string; strategy: { matrix: { include: MatrixEntry[] } }; steps: Step[] }
  >
}

const readWorkflow = () => readFile(resolve(root, workflowPath), 'utf8')

async function workflow(): Promise<{ text: string; jobs: Workflow['jobs']; on: Workflow['on'] }> {
  const text = await readWorkflow()
  const parsed = parse(text) as Workflow
  return { text, jobs: parsed.jobs, on: parsed.on }
}

async function githubErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter())
  if (result.value !== undefined) await convertWorkflowTemplate(result.context, result.value)
  return result.context.errors.getErrors().map((error) => error.message)
}

const steps = async () => Object.values((await workflow()).jobs).flatMap((job) => job.steps)
const matrix = async () =>
  Object.values((await workflow()).jobs).flatMap((job) => job.strategy.matrix.include)

/** Where each runner label runs: the platform and architecture electron-builder packs for. */
const runners: Record<string, { platform: NodeJS.Platform; arch: string }> = {
  'windows-latest': { platform: 'win32', arch: 'x64' },
  'macos-latest': { platform: 'darwin', arch: 'arm64' },
  'macos-15-intel': { platform: 'darwin', arch: 'x64' },
}

describe('the release workflow', () => {
  it("passes GitHub's own workflow schema", async () => {
    expect(await githubErrors('release.yml', await readWorkflow())).toEqual([])
  })

  it('would be rejected with a misspelt key, so the schema check is real', async () => {
    const broken = (await readWorkflow()).replace('runs-on:', 'run-on:')
    expect((await githubErrors('release.yml', broken)).join('\n')).toMatch(/run-on/)
  })

  it('runs on version tags and by hand, on Windows, Apple silicon and Intel Macs', async () => {
    const { on, jobs } = await workflow()
    expect(on.push.tags).toEqual(['v*'])
    expect(on).toHaveProperty('workflow_dispatch')
    expect(Object.values(jobs).map((job) => job['runs-on'])).toEqual(['${{ matrix.os }}'])
    expect((await matrix()).map((entry) => entry.os).sort()).toEqual(Object.keys(runners).sort())
  })

  it('pins every action to a full commit with its version beside it', async () => {
    const uses = (await readWorkflow()).split('\n').filter((line) => /^\s*(- )?uses:/.test(line))
    expect(uses.length).toBeGreaterThan(2)
    for (const line of uses) {
      expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/)
    }
  })

  it('names every step', async () => {
    for (const step of await steps()) expect(step.name, JSON.stringify(step)).toMatch(/\w/)
  })

  it('calls only npm scripts that package.json has', async () => {
    const { scripts } = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    const called = (await steps())
      .flatMap((step) => [...(step.run ?? '').matchAll(/\bnpm (?:run )?([\w:-]+)/g)])
      .map((match) => match[1])
      .filter((name) => name !== 'ci')
    expect(called).toEqual(
      expect.arrayContaining(['test', 'dist:win', 'dist:mac', 'dist:smoke', 'test:electron']),
    )
    for (const name of called) expect(Object.keys(scripts)).toContain(name)
  })

  it('runs the tests in the preinstalled Chrome and smoke-tests the executable electron-builder writes', async () => {
    const all = await steps()
    const test = all.find((step) => step.run === 'npm test')
    expect(test?.env?.CHROMIUM_PATH).toBe('${{ matrix.chromium }}')
    const smoke = all.find((step) => step.run === 'npm run test:electron')
    expect(smoke?.env?.NEWSROOM_APP_EXECUTABLE).toBe('${{ matrix.app }}')
    for (const entry of await matrix()) {
      const runner = runners[entry.os]
      if (runner === undefined) throw new Error(`No platform known for the runner ${entry.os}`)
      const expected = packagedExecutable(root, smokeOutputDir, runner.platform, runner.arch)
      expect(entry.app, entry.name).toBe(expected?.split(/[\\/]/).join(posix.sep))
      expect(entry.chromium, entry.name).toMatch(/chrome(\.exe)?$/i)
    }
  })

  it('uploads the installers electron-builder.yml names: NSIS setups for Windows, DMGs for macOS', async () => {
    const config = parse(await readFile(resolve(root, 'electron-builder.yml'), 'utf8')) as {
      nsis: { artifactName: string }
      dmg: { artifactName: string }
    }
    const built = (pattern: string, arch: string, ext: string) =>
      `dist/${pattern.replace('${version}', '0.1.0').replace('${arch}', arch).replace('${ext}', ext)}`
    const matches = (glob: string, file: string) =>
      new RegExp(`^${glob.replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`).test(file)
    const installers = new Map((await matrix()).map((entry) => [entry.os, entry.installers]))
    for (const arch of ['x64', 'arm64']) {
      expect(
        matches(
          installers.get('windows-latest') ?? '',
          built(config.nsis.artifactName, arch, 'exe'),
        ),
      ).toBe(true)
      expect(
        matches(installers.get('macos-latest') ?? '', built(config.dmg.artifactName, arch, 'dmg')),
      ).toBe(true)
    }
    const upload = (await steps()).find((step) => step.name === 'Upload the installers')
    expect(upload?.with?.path).toBe('app/${{ matrix.installers }}')
  })

  it('signs and notarises only with the secrets, and builds unsigned without them', async () => {
    const all = await steps()
    const mac = all.find((step) => step.run?.startsWith('npm run dist:mac') === true)
    expect(mac?.env).toMatchObject({
      CSC_LINK: '${{ secrets.MAC_CSC_LINK }}',
      CSC_IDENTITY_AUTO_DISCOVERY: "${{ secrets.MAC_CSC_LINK != '' }}",
      APPLE_ID: '${{ secrets.APPLE_ID }}',
      APPLE_APP_SPECIFIC_PASSWORD: '${{ secrets.APPLE_APP_SPECIFIC_PASSWORD }}',
      APPLE_TEAM_ID: '${{ secrets.APPLE_TEAM_ID }}',
    })
    const win = all.find((step) => step.run?.startsWith('npm run dist:win') === true)
    expect(win?.env).toMatchObject({ WIN_CSC_LINK: '${{ secrets.WIN_CSC_LINK }}' })
    // electron-builder notarises when APPLE_ID and the rest are set, unless told never to.
    const config = parse(await readFile(resolve(root, 'electron-builder.yml'), 'utf8')) as {
      mac: { notarize?: boolean }
    }
    expect(config.mac.notarize).not.toBe(false)
  })
})
