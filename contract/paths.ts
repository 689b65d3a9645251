import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Folders every part of the platform agrees on; env vars move the ones that hold data. */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const cmsDir = path.join(rootDir, 'cms')
export const contractDir = path.join(rootDir, 'contract')
export const dataDir = path.resolve(process.env.DATA_DIR || path.join(rootDir, '.data'))
export const mediaDir = path.resolve(process.env.MEDIA_DIR || path.join(rootDir, 'media'))
/** The live public site: a symlink switched to each finished build. */
export const liveSiteLink = path.resolve(process.env.SITE_DIR || path.join(rootDir, 'dist'))
export const siteBuildsDir = path.join(dataDir, 'site-builds')
/** The embedded PostgreSQL's data and password, used when no DATABASE_URL is set. */
export const embeddedPostgresDir = path.join(dataDir, 'postgres')
