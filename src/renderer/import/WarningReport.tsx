// The import report's things to check, grouped by file and by kind, each one a button that opens
// the article at that line beside its source — where it can be split, merged or corrected.
import { useTranslation } from 'react-i18next'
import type { ImportFileReport, MessageRef } from '../../shared/api/contract'

export interface WarningReportProps {
  files: readonly ImportFileReport[]
  onOpenAt: (file: string, line: number | null) => void
}

/** Lines listed per kind and file, at most: the rest are counted. */
const MAX_LINES = 50

const kindOf = (warning: MessageRef): string => warning.code.replace(/^import:warning\./, '')
const lineOf = (warning: MessageRef): number | null =>
  typeof warning.params?.line === 'number' ? warning.params.line : null

function groupByKind(warnings: readonly MessageRef[]): Map<string, (number | null)[]> {
  const groups = new Map<string, (number | null)[]>()
  for (const warning of warnings) {
    const kind = kindOf(warning)
    groups.set(kind, [...(groups.get(kind) ?? []), lineOf(warning)])
  }
  return groups
}

export function WarningReport({ files, onOpenAt }: WarningReportProps) {
  const { t } = useTranslation()
  const warned = files.filter((file) => file.warnings.length > 0)
  if (warned.length === 0) return null
  const total = warned.reduce((sum, file) => sum + file.warnings.length, 0)
  return (
    <details className="import-review" open={total <= 20}>
      <summary>{t('importPanel.review', { count: total })}</summary>
      <ul>
        {warned.slice(0, 200).map((file) => (
          <li key={file.file}>
            <span className="file-name">{file.file}</span>
            <ul>
              {[...groupByKind(file.warnings)].map(([kind, lines]) => (
                <li key={kind}>
                  {t('importPanel.reviewGroup', {
                    kind: t(`importPanel.kinds.${kind}`, { defaultValue: kind }),
                    count: lines.length,
                  })}
                  <span className="review-lines">
                    {lines.slice(0, MAX_LINES).map((line, index) => (
                      <button
                        key={`${String(line)}-${String(index)}`}
                        type="button"
                        aria-label={
                          line === null
                            ? t('importPanel.openFile')
                            : t('importPanel.openAtLabel', { file: file.file, line })
                        }
                        onClick={() => {
                          onOpenAt(file.file, line)
                        }}
                      >
                        {line === null
                          ? t('importPanel.openFile')
                          : t('importPanel.openAt', { line })}
                      </button>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  )
}
