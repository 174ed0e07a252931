// A value sent as one JSON string: a flat string crosses a thread or process boundary as a plain
// copy of its characters, where a graph of objects is walked and rebuilt at every hop. The type
// remembers what the string holds.
declare const holds: unique symbol

export type Json<T> = string & { readonly [holds]: T }

export function encodeJson<T>(value: T): Json<T> {
  return JSON.stringify(value) as Json<T>
}

export function decodeJson<T>(json: Json<T>): T {
  return JSON.parse(json) as T
}
