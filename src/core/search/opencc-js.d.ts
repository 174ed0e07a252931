// opencc-js ships its dictionaries as ES modules without type declarations: each default-exports
// one string of `source target|source target|...` pairs.
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string
  export default dictionary
}
