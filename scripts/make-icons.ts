// Renders build/icon.svg into the app icons electron-builder packs: icon.png (1024 px),
// icon.ico (Windows; PNG-compressed entries) and icon.icns (macOS; PNG entries).
// Run after editing the SVG: `npx tsx scripts/make-icons.ts`.
import { chromium } from 'playwright-core'
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromiumArgs, requireChromium } from '../src/browser-host/chromium'

const buildDir = resolve(__dirname, '../build')

async function renderPng(svg: string, size: number): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: requireChromium(),
    args: [...chromiumArgs],
  })
  try {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
    await page.setContent(
      `<body style="margin:0"><img src="${dataUrl}" width="${size}" height="${size}">`,
    )
    return await page.screenshot({ omitBackground: true, type: 'png' })
  } finally {
    await browser.close()
  }
}

function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + images.length * 16)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, png }, index) => {
    const entry = 6 + index * 16
    header.writeUInt8(size >= 256 ? 0 : size, entry)
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1)
    header.writeUInt16LE(1, entry + 4)
    header.writeUInt16LE(32, entry + 6)
    header.writeUInt32LE(png.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...images.map((image) => image.png)])
}

function icns(images: { type: string; png: Buffer }[]): Buffer {
  const chunks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4)
  return Buffer.concat([head, ...chunks])
}

async function main(): Promise<void> {
  const svg = await readFile(resolve(buildDir, 'icon.svg'), 'utf8')
  const sizes = [16, 32, 48, 64, 128, 256, 512, 1024]
  const pngs = new Map<number, Buffer>()
  for (const size of sizes) pngs.set(size, await renderPng(svg, size))
  const png = (size: number): Buffer => pngs.get(size) ?? Buffer.alloc(0)
  await writeFile(resolve(buildDir, 'icon.png'), png(1024))
  await writeFile(
    resolve(buildDir, 'icon.ico'),
    ico([16, 32, 48, 64, 128, 256].map((size) => ({ size, png: png(size) }))),
  )
  await writeFile(
    resolve(buildDir, 'icon.icns'),
    icns([
      { type: 'icp4', png: png(16) },
      { type: 'icp5', png: png(32) },
      { type: 'icp6', png: png(64) },
      { type: 'ic07', png: png(128) },
      { type: 'ic08', png: png(256) },
      { type: 'ic09', png: png(512) },
      { type: 'ic10', png: png(1024) },
    ]),
  )
  console.log('Wrote build/icon.png, build/icon.ico and build/icon.icns')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
