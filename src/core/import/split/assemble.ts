// Labels → articles: walks the lines in page order with their labels and builds the articles —
// header lines open them, paragraphs, sub-headings and attached lines (bylines, credits,
// signatures, jump lines) go into the open one, a column break's second half joins the paragraph
// it continues.
import { importWarning } from '../codes'
import type { ImportWarning } from '../codes'
import { authorsOfInfoLine } from '../metadata'
import { namesIn } from './byline'
import { addAuthors, addContinuation, appendField, newDraft } from './draft'
import type { Draft } from './draft'
import { A, C, H, K, M, P, S, T, U } from './labels'
import { isCreditLine, looksLikeCaption, markerInParagraph } from './marks'
import { signatureStart } from './units'
import type { Unit } from './units'

export interface Assembly {
  drafts: Draft[]
  warnings: ImportWarning[]
  joins: number
  /** Units that are page furniture (section headings), in no article. */
  furniture: Set<number>
}

class Assembler {
  readonly drafts: Draft[] = []
  readonly warnings: ImportWarning[] = []
  readonly furniture = new Set<number>()
  joins = 0
  private current: Draft | null = null
  private section: string | null = null
  /** Bylines and signatures met before any article: they sign the first one. */
  private pending: { unit: Unit; index: number }[] = []

  constructor(private readonly units: readonly Unit[]) {}

  run(labels: Int8Array): void {
    this.units.forEach((unit, index) => {
      this.take(unit, index, labels[index] ?? P, index > 0 ? (labels[index - 1] ?? -1) : -1)
    })
    const waiting = this.pending[0]
    if (waiting) this.open(waiting.unit, waiting.index)
    this.finish()
  }

  private take(unit: Unit, index: number, label: number, previous: number): void {
    if (label === M) {
      this.furniture.add(index)
      // Headings above headings (`# 要闻` `## 国内`) make one section: none of them is lost.
      this.section = previous === M && this.section ? `${this.section} ${unit.text}` : unit.text
      return
    }
    if ((label === K && previous !== K) || label === U || (label === T && previous !== K)) {
      this.start(unit, index, label)
    } else if (!this.current && label === A) {
      this.pending.push({ unit, index })
      return
    }
    const draft = this.open(unit, index)
    draft.last = index
    if (label === K) appendField(draft, 'kicker', unit.text)
    else if (label === T) appendField(draft, 'title', unit.text)
    else if (label === S) appendField(draft, 'subtitle', unit.text)
    else if (label === H) draft.blocks.push({ type: 'subhead', text: unit.text })
    else if (label === C) this.continueParagraph(draft, unit.text)
    else if (label === A || unit.kind !== 'text') this.attach(draft, unit)
    else this.paragraph(draft, unit)
  }

  private start(unit: Unit, index: number, label: number): void {
    this.finish()
    const photo = label === U && (unit.kind === 'credit' || looksLikeCaption(unit.text))
    const draft = newDraft(photo ? 'photo' : 'article', index, this.section)
    if (label === U && !photo)
      this.warnings.push(importWarning('untitledArticle', { line: unit.line }))
    for (const waiting of this.pending) this.attach(draft, waiting.unit)
    draft.first = this.pending[0]?.index ?? index
    this.pending = []
    this.current = draft
  }

  /** The open article; lines before any article open an untitled one. */
  private open(unit: Unit, index: number): Draft {
    if (!this.current)
      this.start(unit, index, unit.kind === 'text' || unit.kind === 'credit' ? U : A)
    return this.current as Draft
  }

  private finish(): void {
    const draft = this.current
    if (!draft) return
    this.cutTrailingByline(draft)
    this.drafts.push(draft)
    this.current = null
  }

  private attach(draft: Draft, unit: Unit): void {
    if (unit.kind === 'credit') draft.credits.push(unit.text)
    else if (unit.kind === 'marker' && unit.continuation) {
      addContinuation(draft, unit.continuation)
      draft.markers.push(unit.text)
    } else {
      draft.bylines.push(unit.text)
      if (unit.kind === 'byline')
        addAuthors(draft, unit.infoLine ? authorsOfInfoLine(unit.text) : namesIn(unit.text))
    }
  }

  private paragraph(draft: Draft, unit: Unit): void {
    let text = unit.text
    const opener = unit.opener
    const leads = !draft.blocks.some((block) => block.type === 'paragraph')
    if (opener && leads) {
      draft.bylines.push(opener.byline)
      addAuthors(draft, opener.authors)
      text = text.slice(opener.end)
      if (draft.kind === 'photo' && draft.credits.length === 0) draft.kind = 'article'
    }
    text = this.cutMarkers(draft, text)
    if (text !== '') draft.blocks.push({ type: 'paragraph', text })
  }

  private continueParagraph(draft: Draft, text: string): void {
    const last = draft.blocks[draft.blocks.length - 1]
    if (last?.type === 'paragraph') {
      const rest = this.cutMarkers(draft, last.text + text)
      last.text = rest
      this.joins++
    } else draft.blocks.push({ type: 'paragraph', text })
  }

  private cutMarkers(draft: Draft, text: string): string {
    let rest = text
    for (let pass = 0; pass < 2; pass++) {
      const marker = markerInParagraph(rest)
      if (!marker) break
      addContinuation(draft, marker.continuation)
      draft.markers.push(marker.marker)
      rest = marker.rest.trim()
    }
    return rest
  }

  /** Author names after the last sentence (`… 何榕 卢春燕`) sign the article. */
  private cutTrailingByline(draft: Draft): void {
    const last = draft.blocks[draft.blocks.length - 1]
    if (last?.type !== 'paragraph') return
    const start = signatureStart(last.text)
    if (start <= 0) return
    const byline = last.text.slice(start).trim()
    // `图为……。（本报记者 黄志强 摄）`: the caption's photo credit, not the article's byline.
    if (isCreditLine(byline)) draft.credits.push(byline)
    else {
      draft.bylines.push(byline)
      addAuthors(draft, namesIn(byline.replace(/^[（(]|[）)]$/g, '')))
    }
    last.text = last.text.slice(0, start).trimEnd()
  }
}

export function assemble(units: readonly Unit[], labels: Int8Array): Assembly {
  const assembler = new Assembler(units)
  assembler.run(labels)
  const { drafts, warnings, joins, furniture } = assembler
  return { drafts, warnings, joins, furniture }
}
