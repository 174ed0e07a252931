// Which paths the renderer may ask main to read. The renderer is untrusted: it may import only
// what the user chose in a dialog, dropped on the window, or the bundled sample — and anything
// inside those folders — never an arbitrary path (such as a network share that would leak the
// user's credentials).
import { isAbsolute, relative, resolve } from 'node:path'

export class ImportAccess {
  private readonly granted = new Set<string>()

  grant(paths: readonly string[]): void {
    for (const path of paths) if (isAbsolute(path)) this.granted.add(resolve(path))
  }

  /** True when `path` is a granted path or lies inside one. */
  allows(path: string): boolean {
    if (!isAbsolute(path)) return false
    const target = resolve(path)
    for (const root of this.granted) {
      const inside = relative(root, target)
      if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) return true
    }
    return false
  }
}
