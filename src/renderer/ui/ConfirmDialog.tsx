// A modal question with two answers, in the app's own style (never the browser's confirm()).
import { Modal } from './Modal'

export interface ConfirmDialogProps {
  message: string
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
  onClose: () => void
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Modal className="confirm-dialog" onClose={props.onClose}>
      <p>{props.message}</p>
      <footer>
        <button type="button" onClick={props.onClose}>
          {props.cancelLabel}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            props.onConfirm()
            props.onClose()
          }}
        >
          {props.confirmLabel}
        </button>
      </footer>
    </Modal>
  )
}
