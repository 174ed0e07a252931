// The archive data layer for the UI: one import for the lead's wiring.
export { onArticlesChanged } from './changes'
export type { ArticlesChangedKind, ArticlesChangedListener } from './changes'
export { ArchiveHistory } from './history'
export type { HistoryState } from './history'
export { useHistoryState } from './use-history'
export {
  deleteArticles,
  editArticleFields,
  mergeArticleWithNext,
  splitArticleAt,
} from './article-edits'
export type { EditError, EditOutcome } from './article-edits'
export { addTags, removeTags } from './tagging'
export type { TaggingOptions, TaggingProgress } from './tagging'
export { deleteTag, renameTag, setTagColor } from './tag-admin'
export type { RenameOutcome } from './tag-admin'
export { articleTagLists, loadTagTree, loadTagUsage } from './tag-queries'
export { exportArchive, exportArchiveBlob } from './backup-export'
export { restoreArchive } from './backup-restore'
export type { BackupSource, RestoreProgress, RestoreReport } from './backup-restore'
export { dismissDuplicateGroup, loadDuplicateGroups, resolveDuplicateGroup } from './duplicates'
export type { DuplicateGroupView } from './duplicates'
export { loadBackupReminder, recordBackupDone, snoozeBackupReminder } from './backup-reminder'
export { archiveErrorMessage } from './error-message'
export type { ErrorMessage } from './error-message'
export { BACKUP_EXTENSION, BACKUP_MEDIA_TYPE } from '../../core/archive/backup-format'
export { DuplicatesView } from './DuplicatesView'
export type { DuplicatesViewProps } from './DuplicatesView'
export { BackupReminderBanner } from './BackupReminderBanner'
export type { BackupReminderBannerProps } from './BackupReminderBanner'
export { ArticleEditForm } from './ArticleEditForm'
export type { ArticleEditFormProps } from './ArticleEditForm'
