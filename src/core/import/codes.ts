// Every way an import can fail or raise a doubt, as codes with parameters. Core never writes
// prose: the messages live in src/shared/locales/import.ts, in both languages.

/** Why a file produced no articles at all. */
export const importErrorCodes = [
  'emptyFile',
  'notText',
  'binaryFormat',
  'undecodable',
  'unsupportedFormat',
  'noExtension',
  'tooLarge',
  'unreadable',
  'notRegularFile',
  'notFound',
  'isDirectory',
  'symlinkLoop',
  'outsideGrant',
  'docxNotZip',
  'docxZipBomb',
  'docxNoDocument',
  'noArticles',
  'parseFailed',
] as const
export type ImportErrorCode = (typeof importErrorCodes)[number]

/** Something the user should look at; the file's articles were still produced. */
export const importWarningCodes = [
  'invalidUtf8',
  'replacementChars',
  'untitledArticle',
  'ambiguousHeading',
  'textKept',
] as const
export type ImportWarningCode = (typeof importWarningCodes)[number]

export type MessageParams = Record<string, string | number>

export interface ImportError {
  code: ImportErrorCode
  params: MessageParams
}

export interface ImportWarning {
  code: ImportWarningCode
  params: MessageParams
}

export function importError(code: ImportErrorCode, params: MessageParams = {}): ImportError {
  return { code, params }
}

export function importWarning(code: ImportWarningCode, params: MessageParams = {}): ImportWarning {
  return { code, params }
}
