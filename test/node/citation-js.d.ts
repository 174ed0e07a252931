// @citation-js/core and its RIS plugin ship no type declarations; the RIS round-trip test uses
// only the input chain, which reads a RIS file into CSL-JSON-like records.
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      chain: (data: string, options: { generateGraph: boolean }) => Record<string, unknown>[]
    }
  }
}
declare module '@citation-js/plugin-ris'
