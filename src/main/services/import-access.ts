// Which paths the renderer may ask main to read. The renderer is untrusted: it may import only
// what the user chose in a dialog, dropped on the window, or the bundled sample — and anything
// inside those folders — never an arbitrary path (such as a network share that would leak the
// user's credentials). This check is by name; the import itself then resolves every path it
// reaches and skips links that lead outside these paths (src/main/import/grant.ts).
import { isAbsolute, resolve } from 'node:path'
import { isInside } from '../import/grant'

export class ImportAccess {
  private readonly granted = new Set<string>()

  grant(paths: readonly string[]): void {
    for (const path of paths) if (isAbsolute(path)) this.granted.add(resolve(path))
  }

  /** True when `path` is a granted path or lies inside one. */
  allows(path: string): boolean {
    if (!isAbsolute(path)) return false
    for (const root of this.granted) if (isInside(root, path)) return true
    return false
  }

  /** Everything granted so far, as the user chose it. */
  paths(): string[] {
    return [...this.granted]
  }
}
