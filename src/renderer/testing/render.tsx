// Component tests in real Chromium: mount a React tree into the page and take it down again.
// Translations come from the app's own i18n set-up (initI18n), Chinese first.
import { act } from 'react'
import type { ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import type { Root } from 'react-dom/client'

let root: Root | null = null

/** Mounts `node` in a fresh container; resolves once React has rendered it. */
export async function render(node: ReactNode): Promise<HTMLElement> {
  const container = document.createElement('div')
  document.body.append(container)
  await act(async () => {
    root = createRoot(container)
    root.render(node)
    await Promise.resolve()
  })
  return container
}

/** Unmounts what `render` mounted (call in afterEach). */
export function cleanup(): void {
  act(() => {
    root?.unmount()
  })
  root = null
  document.body.replaceChildren()
}

/** Renders `node` in place of what `render` mounted, as new props from a parent would. */
export async function rerender(node: ReactNode): Promise<void> {
  await act(async () => {
    root?.render(node)
    await Promise.resolve()
  })
}
