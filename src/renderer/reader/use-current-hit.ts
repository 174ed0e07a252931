// The hit the reader has stepped to, -1 before the first step. It belongs to the marks it was
// stepped in: new marks (another query, an edited text) start again before the first hit, so
// the position shown never points into marks that are gone.
import { useCallback, useState } from 'react'
import type { ArticleMarks } from '../../core/search'

interface Stepped {
  of: ArticleMarks | null
  hit: number
}

export function useCurrentHit(marks: ArticleMarks | null): [number, (hit: number) => void] {
  const [stepped, setStepped] = useState<Stepped>({ of: null, hit: -1 })
  const current = marks !== null && stepped.of === marks ? stepped.hit : -1
  const stepTo = useCallback(
    (hit: number) => {
      setStepped({ of: marks, hit })
    },
    [marks],
  )
  return [current, stepTo]
}
