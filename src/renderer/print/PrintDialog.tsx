// The print flow in the app: the chosen articles, read from the archive in the order given,
// in the real print preview; Print and Save as PDF go to main, which opens the same print page.
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useShownModal } from '../ui/use-shown-modal'
import { useTranslation } from 'react-i18next'
import type { NewsroomApi } from '../../shared/api/contract'
import type { Article } from '../../shared/article'
import type { ArchiveJob, PrintOptions } from '../../shared/print-job'
import { systemErrorParams } from '../../shared/system-error'
import type { SystemErrorParams } from '../../shared/system-error'
import { ErrorDetail } from '../ui/ErrorDetail'
import type { ArchiveDatabase } from '../db/database'
import { PrintPreview } from './PrintPreview'
import { pdfFileName } from './pdf-name'

export interface PrintDialogProps {
  api: NewsroomApi
  database: ArchiveDatabase
  /** In importance order: the first is the lead. */
  articleIds: readonly string[]
  /** The search the articles come from ('' for none): it names a PDF of clippings. */
  subject: string
  onClose: () => void
}

type Outcome =
  { kind: 'saved'; path: string } | { kind: 'failed'; params: SystemErrorParams } | null

export function PrintDialog({ api, database, articleIds, subject, onClose }: PrintDialogProps) {
  const { t } = useTranslation('print')
  const dialog = useShownModal()
  const [outcome, setOutcome] = useState<Outcome>(null)
  const articles = useLiveQuery(
    async () =>
      (await database.articles.bulkGet([...articleIds])).filter(
        (article): article is Article => article !== undefined,
      ),
    [database, articleIds.join('|')],
  )
  const run = (action: (job: ArchiveJob) => Promise<Outcome>) => (options: PrintOptions) => {
    setOutcome(null)
    const fileName = pdfFileName(t, articles ?? [], options, { subject, today: new Date() })
    action({ ids: [...articleIds], options, fileName }).then(setOutcome, (error: unknown) => {
      setOutcome({ kind: 'failed', params: systemErrorParams(error) })
    })
  }
  const print = run(async (job) => {
    const result = await api.printArticles(job)
    return result.printed || result.reason === 'cancelled'
      ? null
      : { kind: 'failed', params: { system: 'other', detail: result.reason ?? '' } }
  })
  const savePdf = run(async (job) => {
    const saved = await api.savePrintPdf(job)
    return saved === null ? null : { kind: 'saved', path: saved.path }
  })
  return (
    <dialog ref={dialog} className="print-dialog" aria-label={t('preview.title')} onClose={onClose}>
      {outcome !== null ? (
        <div className={`print-outcome ${outcome.kind}`} role="status">
          {outcome.kind === 'saved' ? (
            t('preview.saved', { path: outcome.path })
          ) : (
            <>
              {t('errors.failed', outcome.params)}
              <ErrorDetail detail={outcome.params.detail} />
            </>
          )}
        </div>
      ) : null}
      {articles === undefined ? null : (
        <PrintPreview articles={articles} onPrint={print} onSavePdf={savePdf} onClose={onClose} />
      )}
    </dialog>
  )
}
