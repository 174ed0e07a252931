// The folders and files an import may read, by real path. A name inside a granted folder can be
// a link to anywhere (`granted/x.txt → /elsewhere/secret.txt`), so a lexical check is not
// enough: every path is resolved with realpath and must still lie inside a granted real path.
import { realpath } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'

/** True when `path` is `root` or lies inside it (both absolute, compared as written). */
export function isInside(root: string, path: string): boolean {
  const inside = relative(resolve(root), resolve(path))
  return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))
}

export class Grant {
  private constructor(private readonly roots: readonly string[]) {}

  /** The real paths of what was granted; one that no longer exists grants nothing. */
  static async of(paths: readonly string[]): Promise<Grant> {
    const roots = await Promise.all(paths.map((path) => realpath(path).catch(() => null)))
    return new Grant(roots.filter((root): root is string => root !== null))
  }

  /** True when the real path `real` lies inside a granted real path. */
  contains(real: string): boolean {
    return this.roots.some((root) => isInside(root, real))
  }
}
