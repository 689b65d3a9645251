import type { Browser } from 'playwright-core'

import type { PublicFigure, PublicSettings } from '../content/model.ts'
import { fetchBytes } from '../loaders/cms.ts'
import { launchBrowser } from './browser.ts'
import { LEAFLET_SHEET, leafletHtml, PORTRAIT_PATH } from './layouts/leaflet.ts'
import { type Asset, type PrintResult, renderImage, renderPdf } from './render.ts'
import { SHARE_HEIGHT, SHARE_WIDTH, type ShareCard, shareCardHtml } from './share.ts'

/**
 * Prints pieces with one browser kept open between them (and between builds, when the
 * build runs in a long-lived worker). A browser that crashed is replaced on the next piece.
 */
export class Printer {
  #browser: Promise<Browser> | undefined

  async #open(): Promise<Browser> {
    const current = this.#browser ? await this.#browser.catch(() => undefined) : undefined
    if (current?.isConnected()) return current
    this.#browser = launchBrowser()
    return this.#browser
  }

  /** The A5 two-sided leaflet of a figure. */
  async figureLeaflet(figure: PublicFigure, site: PublicSettings): Promise<PrintResult> {
    const assets = new Map<string, Asset>()
    if (figure.portrait) {
      const original = figure.portrait.original
      assets.set(PORTRAIT_PATH, {
        body: await fetchBytes(original.sourceUrl, `打印用原图 ${original.filename}`),
        contentType: original.mimeType,
      })
    }
    return renderPdf(await this.#open(), {
      html: await leafletHtml(figure, site),
      sheet: LEAFLET_SHEET,
      title: `${figure.honourTitle} ${figure.name}`,
      subject: `${figure.name}宣传单（A5 双面）`,
      author: site.sponsor,
      creator: site.siteName,
      date: new Date(figure.updatedAt),
      assets,
    })
  }

  /** A 1200×630 share card (WeChat, other apps) for pages that have no photo of their own. */
  async shareCard(card: ShareCard): Promise<Uint8Array> {
    return renderImage(await this.#open(), shareCardHtml(card), SHARE_WIDTH, SHARE_HEIGHT)
  }

  async close(): Promise<void> {
    const browser = this.#browser
    this.#browser = undefined
    if (browser) await (await browser.catch(() => undefined))?.close()
  }
}
