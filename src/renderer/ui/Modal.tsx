// The frame of every modal dialog of the app: a <dialog> shown as modal once mounted
// (use-shown-modal.ts: focus trapped, Esc closes it, the page behind inert), its look `modal`
// (dialog.css) plus the dialog's own class, named for assistive technology.
import type { ReactNode } from 'react'
import { useShownModal } from './use-shown-modal'

export interface ModalProps {
  /** The dialog's own class, beside `modal`. */
  className: string
  /** Its accessible name, or the id of the element that names it. */
  label?: string
  labelledBy?: string
  onClose: () => void
  children: ReactNode
}

export function Modal({ className, label, labelledBy, onClose, children }: ModalProps) {
  const dialog = useShownModal()
  return (
    <dialog
      ref={dialog}
      className={`modal ${className}`}
      aria-label={label}
      aria-labelledby={labelledBy}
      onClose={onClose}
    >
      {children}
    </dialog>
  )
}
