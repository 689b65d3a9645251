import path from 'node:path'

import { folderConfig, rootDir } from './config.ts'

/**
 * Folders every part of the platform agrees on; DATA_DIR, MEDIA_DIR and SITE_DIR (contract/config.ts)
 * move the ones that hold data, as they are when this module is loaded.
 */
const folders = folderConfig()

export { rootDir }
export const cmsDir = path.join(rootDir, 'cms')
export const contractDir = path.join(rootDir, 'contract')
export const dataDir = folders.dataDir
export const mediaDir = folders.mediaDir
/** The live public site: a symlink switched to each finished build. */
export const liveSiteLink = folders.siteDir
export const siteBuildsDir = path.join(dataDir, 'site-builds')
/** The embedded PostgreSQL's data and password, used when no DATABASE_URL is set. */
export const embeddedPostgresDir = path.join(dataDir, 'postgres')
/** Where the local catching mail server keeps what it caught (ops/mailCatcher.ts). */
export const caughtMailDir = (data: string = dataDir) => path.join(data, 'caught-mail')
/** Written by the running catcher: its SMTP address, so the admin knows for certain that mail to it is caught. */
export const catcherAddressFile = (data: string = dataDir) => path.join(data, 'mail-catcher-address')
/** 印刷包: the ZIP of each print order (ops/printOrders.ts writes them; the admin serves them to whoever ordered). */
export const printOrdersDir = (data: string = dataDir) => path.join(data, 'print-orders')
export const printPackFile = (id: number, data: string = dataDir) => path.join(printOrdersDir(data), `${id}.zip`)
