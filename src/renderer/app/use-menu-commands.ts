// Application menu commands (and their shortcuts) to the shell's actions. Subscribes once; the
// latest handlers are used, so they may change every render.
import { useEffect, useRef } from 'react'
import type { MenuCommand, NewsroomApi } from '../../shared/api/contract'

export function useMenuCommands(
  api: NewsroomApi | null,
  handlers: Record<MenuCommand, () => void>,
): void {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    if (api === null) return
    return api.onMenuCommand((command) => {
      latest.current[command]()
    })
  }, [api])
}
