// Run-time argument checks for every invoke operation. Main validates each call with these
// before a handler runs: the renderer is treated as untrusted.
import { z } from 'zod'
import { isoDatePattern } from '../dates'
import { locales } from '../locales/types'
import { archiveJobSchema } from '../print-job'
import { encodingChoices } from './contract'
import type { InvokeArgs, InvokeName } from './contract'

const pathList = z.array(z.string().min(1).max(4096)).min(1).max(10_000)
const token = z.uuid()
/** A bare file name: no folders, nothing a file system refuses. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/:*?"<>|]/.test(name) && !/\p{Cc}/u.test(name))
/** Citation files: RIS, CSL-JSON or plain text, named by the renderer. */
const citationFileName = fileName.refine((name) => /\.(?:ris|json|txt)$/u.test(name))
/** Citations of a few thousand articles are a few MB; more is no citation. */
const maxCitationText = 32 * 1024 * 1024
/** Backup chunks in either direction (4 MiB, as main's backup-files). */
const maxChunk = 4 * 1024 * 1024

const pageMeta = z
  .object({
    paper: z.string().max(200).nullable(),
    date: z.string().regex(isoDatePattern).nullable(),
    page: z.number().int().min(1).max(999).nullable(),
    section: z.string().max(200).nullable(),
  })
  .partial()
  .strict()

const importRequest = z
  .object({
    paths: pathList,
    encodings: z.record(z.string().min(1).max(4096), z.enum(encodingChoices)).optional(),
    meta: pageMeta.optional(),
  })
  .strict()

const syncServerInput = z
  .object({
    url: z.string().min(1).max(2000),
    database: z.string().min(1).max(200),
    user: z.string().min(1).max(200),
    password: z.string().min(1).max(1000),
  })
  .strict()

/** A document to write: its id and revision checked here, its body by the server's rules and
 * by every laptop that pulls it. */
const couchDoc = z.looseObject({
  _id: z.string().min(1).max(1000),
  _rev: z.string().max(200).optional(),
  _deleted: z.boolean().optional(),
})

type Schemas = { [K in InvokeName]: z.ZodType<InvokeArgs<K>> }

export const argumentSchemas: Schemas = {
  getAppInfo: z.tuple([]),
  getSettings: z.tuple([]),
  setLocale: z.tuple([z.enum(locales)]),
  chooseImportSources: z.tuple([z.enum(['files', 'folders'])]),
  sampleImportSources: z.tuple([]),
  startImport: z.tuple([importRequest]),
  beginBackupWrite: z.tuple([fileName]),
  writeBackupChunk: z.tuple([
    token,
    z.instanceof(Uint8Array).refine((chunk) => chunk.byteLength <= maxChunk),
  ]),
  finishBackupWrite: z.tuple([token]),
  abortBackupWrite: z.tuple([token]),
  beginBackupRead: z.tuple([]),
  readBackupChunk: z.tuple([token, z.number().int().min(0), z.number().int().min(1).max(maxChunk)]),
  endBackupRead: z.tuple([token]),
  printArticles: z.tuple([archiveJobSchema]),
  savePrintPdf: z.tuple([archiveJobSchema]),
  saveCitationFile: z.tuple([citationFileName, z.string().max(maxCitationText)]),
  setTaskbarProgress: z.tuple([z.number().min(0).max(1).nullable()]),
  getSyncServer: z.tuple([]),
  setSyncServer: z.tuple([syncServerInput]),
  forgetSyncServer: z.tuple([]),
  syncChanges: z.tuple([z.string().max(1000).nullable(), z.number().int().min(1).max(1000)]),
  syncBulkDocs: z.tuple([z.array(couchDoc).min(1).max(1000)]),
  syncFetch: z.tuple([z.array(z.string().min(1).max(1000)).min(1).max(1000)]),
  syncWait: z.tuple([z.string().min(1).max(1000), z.number().int().min(1).max(60)]),
}

export type ValidationResult<K extends InvokeName> =
  { ok: true; args: InvokeArgs<K> } | { ok: false; message: string }

export function validateArguments<K extends InvokeName>(
  name: K,
  args: unknown,
): ValidationResult<K> {
  const schema: z.ZodType<InvokeArgs<K>> = argumentSchemas[name]
  const parsed = schema.safeParse(args)
  if (parsed.success) return { ok: true, args: parsed.data }
  return { ok: false, message: z.prettifyError(parsed.error) }
}
