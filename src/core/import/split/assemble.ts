// Last pass of splitting: walks the units in page order and builds articles — headline groups
// open articles, sub-headings, bylines, credits, jump lines and paragraphs go into the open one.
import type { ParsedArticle } from '../../../shared/article'
import { importWarning } from '../codes'
import type { ImportWarning } from '../codes'
import { namesIn, trailingBylineStart } from './byline'
import { addAuthors, addContinuation, isEmptyDraft, newDraft, toArticle } from './draft'
import type { Draft } from './draft'
import { looksLikeCaption, markerInParagraph } from './marks'
import { hasPlacePrefix, looksLikeSubhead, startsWithDash } from './shape'
import type { Unit } from './units'

/** Four or more heading-shaped lines in a row are a list, not headings. */
const LIST_MIN = 4

export interface PageFacts {
  indentedPage: boolean
  /** Some headline on the page is proven by a byline or dateline after it. */
  usesSignals: boolean
  /** The highest heading level the format declared (1 = h1), 0 if none. */
  topLevel: number
}

type HeadingDecision = 'headline' | 'subhead' | 'subheadByConvention'

export class Assembler {
  private readonly drafts: Draft[] = []
  private current: Draft | null = null
  /** Editor lines met before any article: they sign the first one. */
  private pendingBylines: string[] = []
  readonly warnings: ImportWarning[] = []

  constructor(
    private readonly units: readonly Unit[],
    private readonly facts: PageFacts,
  ) {}

  run(): ParsedArticle[] {
    let i = 0
    while (i < this.units.length) {
      const unit = this.units[i]
      if (!unit) break
      if (unit.kind === 'text' && (unit.head || unit.heading)) {
        i = this.headingRun(i)
        continue
      }
      if (unit.kind === 'byline') this.byline(unit)
      else if (unit.kind === 'editor') this.editor(unit)
      else if (unit.kind === 'credit') this.credit(unit)
      else if (unit.kind === 'marker') this.marker(unit)
      else this.paragraph(unit, this.units[i + 1])
      i++
    }
    if (this.pendingBylines.length > 0) this.start('article', this.units[0]?.line ?? 1, false)
    this.finish()
    return this.drafts.map(toArticle)
  }

  private finish(): void {
    if (this.current && !isEmptyDraft(this.current)) this.drafts.push(this.current)
    this.current = null
  }

  private start(kind: Draft['kind'], line: number, titled: boolean): Draft {
    this.finish()
    const draft = newDraft(kind)
    if (!titled && kind === 'article')
      this.warnings.push(importWarning('untitledArticle', { line }))
    this.current = draft
    return draft
  }

  /** The article text goes into: the open one, or a new untitled one. */
  private open(unit: Unit, kind: Draft['kind']): Draft {
    return this.current && !this.current.closed ? this.current : this.start(kind, unit.line, false)
  }

  /** A jump line: `上接第N版` belongs to the article it opens, `下转第N版` ends one. */
  private marker(unit: Unit): void {
    if (!unit.continuation) return
    const draft = this.open(unit, 'article')
    addContinuation(draft, unit.continuation)
    if (unit.continuation.to !== null) draft.closed = true
  }

  private headingRun(first: number): number {
    const run = this.collectRun(first)
    const next = this.units[first + run.length]
    const head = run[0]
    if (!head) return first + 1
    if (!head.head && run.length >= LIST_MIN && run.every((unit) => unit.level === 0)) {
      for (const unit of run) this.paragraph(unit, undefined)
      return first + run.length
    }
    const decision = head.head ? 'headline' : this.decide(run)
    if (decision === 'headline') this.headline(run, next)
    else this.subheads(run, decision === 'subheadByConvention')
    return first + run.length
  }

  /** Consecutive heading lines: either all proven headlines or none; a declared top-level
   * heading after deeper ones starts a new run. */
  private collectRun(first: number): Unit[] {
    const run: Unit[] = []
    const marked = this.units[first]?.head ?? false
    for (let i = first; i < this.units.length; i++) {
      const unit = this.units[i]
      if (!unit || unit.kind !== 'text' || !(unit.head || unit.heading) || unit.head !== marked)
        break
      const previous = run[run.length - 1]
      const { topLevel } = this.facts
      if (
        previous &&
        topLevel > 0 &&
        unit.level > 0 &&
        unit.level <= topLevel &&
        previous.level > topLevel
      )
        break
      run.push(unit)
    }
    return run
  }

  private decide(run: readonly Unit[]): HeadingDecision {
    const current = this.current
    if (!current || current.closed || current.kind === 'photo') return 'headline'
    const levels = run.filter((unit) => unit.level > 0).map((unit) => unit.level)
    if (levels.length > 0)
      return Math.min(...levels) <= this.facts.topLevel ? 'headline' : 'subhead'
    const first = run[0]
    if (this.facts.indentedPage && first && first.gap > 0 && run.every((unit) => !unit.indent))
      return 'headline'
    if (current.blocks.length === 0) return 'subhead'
    if (first && hasPlacePrefix(first.text)) return 'headline'
    if (this.facts.usesSignals) return 'subheadByConvention'
    return first && looksLikeSubhead(first.text) ? 'subhead' : 'headline'
  }

  private headline(run: readonly Unit[], next: Unit | undefined): void {
    const draft = this.start('article', run[0]?.line ?? 0, true)
    if (run.some((unit) => unit.role !== null)) {
      const joined = (role: Unit['role']): string | null =>
        run
          .filter((unit) => unit.role === role)
          .map((unit) => unit.text)
          .join(' ') || null
      draft.kicker = joined('kicker')
      draft.title = joined('title')
      draft.subtitle = joined('subtitle')
      return
    }
    const texts = run.map((unit) => unit.text)
    const titleAt = this.titleIndex(run, next)
    const dashed = run
      .slice(titleAt + 1)
      .every((unit, index) => index > 0 || startsWithDash(unit.text))
    const subtitleEnd =
      run.some((unit) => unit.level > 0) || (dashed && titleAt + 1 < run.length)
        ? run.length
        : Math.min(run.length, titleAt + 2)
    draft.kicker = titleAt > 0 ? texts.slice(0, titleAt).join(' ') : null
    draft.title = texts[titleAt] ?? null
    draft.subtitle =
      subtitleEnd > titleAt + 1 ? texts.slice(titleAt + 1, subtitleEnd).join(' ') : null
    if (subtitleEnd < run.length) {
      this.warnings.push(importWarning('longHeadingGroup', { line: run[0]?.line ?? 0 }))
      for (const text of texts.slice(subtitleEnd)) draft.blocks.push({ type: 'subhead', text })
    }
  }

  /** Which line of a headline group is the headline: the format's top heading; the line before
   * the first one starting with a dash (a subtitle); of two lines, the second unless the second is
   * the export form's line 3; of three, the middle one (kicker, headline, subtitle). */
  private titleIndex(run: readonly Unit[], next: Unit | undefined): number {
    const levels = run.map((unit) => unit.level)
    if (levels.some((level) => level > 0)) {
      return levels.indexOf(Math.min(...levels.filter((level) => level > 0)))
    }
    const dash = run.findIndex((unit, index) => index > 0 && startsWithDash(unit.text))
    if (dash > 0) return dash - 1
    if (run.length === 2) {
      const subtitleFollows = run[1]?.gap === 0 && next?.kind === 'text' && next.gap === 0
      return subtitleFollows ? 0 : 1
    }
    return run.length >= 3 ? 1 : 0
  }

  private subheads(run: readonly Unit[], byConvention: boolean): void {
    const first = run[0]
    if (!first) return
    const draft = this.open(first, 'article')
    if (byConvention && !looksLikeSubhead(first.text) && !draft.hasSubhead) {
      this.warnings.push(importWarning('ambiguousHeading', { line: first.line, text: first.text }))
    }
    for (const unit of run) {
      if (
        draft.title &&
        draft.subtitle === null &&
        draft.blocks.length === 0 &&
        startsWithDash(unit.text)
      ) {
        draft.subtitle = unit.text
      } else {
        draft.blocks.push({ type: 'subhead', text: unit.text })
        draft.hasSubhead = true
      }
    }
  }

  private byline(unit: Unit): void {
    const draft = this.open(unit, 'article')
    draft.bylines.push(unit.text)
    addAuthors(draft, namesIn(unit.text))
    if (draft.blocks.length > 0) draft.closed = true
  }

  /** `责任编辑：张三` signs the article it follows (or the first one); it names no author. */
  private editor(unit: Unit): void {
    const current = this.current
    if (!current) {
      this.pendingBylines.push(unit.text)
      return
    }
    current.bylines.push(unit.text)
    if (current.blocks.length > 0) current.closed = true
  }

  private credit(unit: Unit): void {
    const current = this.current
    const startsPhoto = !current || current.closed || (current.blocks.length > 0 && unit.gap >= 2)
    const draft = startsPhoto ? this.start('photo', unit.line, false) : current
    draft.credits.push(unit.text)
  }

  private paragraph(unit: Unit, next: Unit | undefined): void {
    let text = unit.text
    let draft: Draft
    const opener = unit.opener
    if (opener) {
      const current = this.current
      draft =
        current && !current.closed && current.blocks.length === 0
          ? current
          : this.start('article', unit.line, false)
      if (draft.kind === 'photo') draft.kind = 'article'
      draft.bylines.push(opener.byline)
      addAuthors(draft, opener.authors)
      text = text.slice(opener.end)
    } else {
      draft = this.open(unit, looksLikeCaption(text) ? 'photo' : 'article')
    }
    text = this.cutMarkers(draft, text)
    if (!next || next.kind !== 'text' || next.head || next.heading || next.opener)
      text = this.cutTrailingByline(draft, text)
    if (text !== '') draft.blocks.push({ type: 'paragraph', text })
  }

  private cutMarkers(draft: Draft, text: string): string {
    let rest = text
    for (let pass = 0; pass < 2; pass++) {
      const marker = markerInParagraph(rest)
      if (!marker) break
      addContinuation(draft, marker.continuation)
      if (marker.continuation.to !== null) draft.closed = true
      rest = marker.rest.trim()
    }
    return rest
  }

  private cutTrailingByline(draft: Draft, text: string): string {
    const start = trailingBylineStart(text)
    if (start < 0) return text
    const byline = text.slice(start).trim()
    draft.bylines.push(byline)
    addAuthors(draft, namesIn(byline.replace(/^[（(]|[）)]$/g, '')))
    draft.closed = true
    return text.slice(0, start).trimEnd()
  }
}
