export { educationHub } from './plugin'
export type {
  CollectionOverride,
  EducationHubOptions,
  HubCollectionKey,
  HubGlobalKey,
  PublishedChange,
} from './options'
export { COLLECTION_SLUGS } from './options'
export { isAdmin, isContributor, isEditor, ROLES, roleOf, type Role } from './access'
export { SEQUENCED_FIELDS } from './hooks/event-identity'
export { publicEffect } from './hooks/published-change'
export { anyDatabaseIds } from './types/any-database-ids'
export { readableSize } from './uploads/upload-limit'
export { detectFileType } from './uploads/file-kind'
