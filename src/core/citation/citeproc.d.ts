// citeproc-js ships CommonJS without type declarations; this is the part of its API the
// citation module calls (citeproc-js manual, "Running the processor").
declare module 'citeproc' {
  export interface Sys {
    retrieveLocale: (lang: string) => string
    retrieveItem: (id: string) => unknown
  }
  export interface BibliographyMeta {
    bibliography_errors: unknown[]
  }
  export class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean)
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void
    updateItems(ids: string[]): void
    makeBibliography(): [BibliographyMeta, string[]] | false
  }
  const CSL: { Engine: typeof Engine }
  export default CSL
}
