// The photo block: the picture (the archive keeps no image, so a marked placeholder that
// crops to the space it is given) and its caption with the credit （图片来源：…）.
import type { PrintArticle } from '../../core/print/article'
import type { Grid } from '../../core/print/paper'
import { creditLine } from '../../core/print/text'
import { sheetText } from './sheet-text'
import { linesPt } from './units'

const ideographicSpace = '\u3000'

export interface FigureProps {
  article: PrintArticle
  grid: Grid
  /** Lines of the picture alone, when measuring; the module's figure fills its cell instead. */
  pictureLines?: number
}

export function Figure({ article, grid, pictureLines }: FigureProps) {
  const credits = article.imageCredits.map(creditLine).join(' ')
  const story = article.kind === 'photo'
  const caption = story ? article.blocks.map((block) => block.text).join('') : ''
  const fixed = pictureLines === undefined ? undefined : linesPt(grid, pictureLines)
  return (
    <figure className="np-figure">
      <div
        className="np-picture"
        style={fixed === undefined ? undefined : { flex: 'none', height: fixed }}
      >
        {sheetText('photo')}
      </div>
      {(caption !== '' || credits !== '') && (
        <figcaption className="np-caption">
          {story && (
            <span className="np-caption-tag">
              ■ {sheetText('photoNews')}
              {ideographicSpace}
            </span>
          )}
          {caption}
          {credits !== '' && <span className="np-credit">{credits}</span>}
        </figcaption>
      )}
    </figure>
  )
}
