// A <dialog> shown as modal once it is mounted: the one way every dialog of the app opens, so
// focus is trapped, Esc closes it and the page behind is inert; its frame is `modal` (dialog.css).
import { useEffect, useRef } from 'react'
import type { RefObject } from 'react'
import './dialog.css'

export function useShownModal(): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    dialog.current?.showModal()
  }, [])
  return dialog
}
