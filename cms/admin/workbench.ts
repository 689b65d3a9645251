/**
 * The admin as the office's workbench: what every collection and global gets on top of
 * its own definition (Chinese date pickers, the menu and tabs by role, the review state
 * where people look for it).
 */
import type { CollectionConfig, GlobalConfig } from 'payload'

import { withChineseDates } from './dates'
import { withRoleEntities } from './entities'
import { withReviewedCollections } from './reviewed'

export const withWorkbench = (configs: CollectionConfig[]): CollectionConfig[] =>
  withReviewedCollections(withRoleEntities(withChineseDates(configs)))

export const withWorkbenchGlobals = (configs: GlobalConfig[]): GlobalConfig[] => withRoleEntities(withChineseDates(configs))
