// The CSL style and locale are XML text files, imported as strings (Vite's `?raw`) by the
// renderer and by the node tests; the node type check has no vite/client, so say it here.
declare module '*.csl?raw' {
  const text: string
  export default text
}
declare module '*.xml?raw' {
  const text: string
  export default text
}
