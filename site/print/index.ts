import type { Browser } from 'playwright-core'
import { config } from '../../contract/config.ts'
import type { VoteSlips } from '../../contract/elections.ts'
import type { SubjectProduct } from '../../contract/print.ts'
import type { ServiceLedger, ServiceMenu, SignInSheet } from '../../contract/servicePrint.ts'
import type { PublicSurvey, SurveyChart } from '../../contract/surveys.ts'
import type { ShareCard, SubjectData } from '../model/printSubjects.ts'
import type { PublicHandbook, PublicSettings } from '../model/types.ts'
import { launchBrowser } from './browser.ts'
import { CHART_WIDTH, chartHeight, chartJob } from './chart.tsx'
import type { Sheet } from './geometry.ts'
import { applyPagination, destinationPages, handbookLayout, paginate } from './layouts/handbook.ts'
import { leafletJob } from './layouts/leaflet.ts'
import { posterJob } from './layouts/poster.ts'
import { questionnaireJob } from './layouts/questionnaire.ts'
import { markJob, stampMark } from './mark.ts'
import { finishPdf, PressPool, type PrintJob, type PrintResult, printToPdf } from './render.ts'
import { ledgerJob } from './services/ledger.ts'
import { menuLeafletJob, menuPosterJob } from './services/menu.ts'
import { signInJob } from './services/signIn.tsx'
import { SHARE_HEIGHT, SHARE_WIDTH, shareCardJob } from './share.ts'
import { slipsJob } from './slips.tsx'
import type { PrintHandbook, PrintSubject } from './subjects.tsx'

/** Pages printing side by side on one browser. */
const PRESSES = config().printPresses

/** The layout of each product of a figure, street or place. */
export function subjectJob(product: SubjectProduct, subject: SubjectData | PrintSubject, site: PublicSettings): Promise<PrintJob> {
  switch (product) {
    case 'poster-a4':
      return posterJob(subject, site, 'a4')
    case 'poster-a3':
      return posterJob(subject, site, 'a3')
    case 'leaflet-a5':
      return leafletJob(subject, site)
  }
}

/** Attempts at one piece when the browser dies under it: a crash is retried on a fresh browser. */
const BROWSER_ATTEMPTS = 3

/**
 * Prints pieces on warm pages of one browser kept open between them (and between builds,
 * when the build runs in a long-lived worker). A browser that crashes is replaced, and
 * every piece it was printing is printed again on the new one: nothing half-printed is
 * ever returned.
 */
export class Printer {
  #browser: Promise<Browser> | undefined
  #pool: { browser: Browser; pool: PressPool } | undefined

  async #presses(): Promise<PressPool> {
    const launching = this.#browser
    const current = launching ? await launching.catch(() => undefined) : undefined
    if (current?.isConnected() && this.#pool?.browser === current) return this.#pool.pool
    // Pieces retrying after a crash all find the dead browser: only the first launches a new one.
    if (!current?.isConnected() && this.#browser === launching) this.#browser = launchBrowser()
    const browser = await (this.#browser as Promise<Browser>)
    if (this.#pool?.browser !== browser) this.#pool = { browser, pool: new PressPool(browser, PRESSES) }
    return this.#pool.pool
  }

  /** Runs `work` on the presses; when the browser died meanwhile, again on a new one. */
  async #run<T>(work: (pool: PressPool) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const pool = await this.#presses()
      const browser = this.#pool?.browser
      try {
        return await work(pool)
      } catch (error) {
        // A job's own fault (a missing image, a handbook that does not paginate) is not retried.
        if (browser?.isConnected() !== false || attempt >= BROWSER_ATTEMPTS) throw error
        console.error(`打印用浏览器意外退出，正在重新启动并重印（第 ${attempt} 次）：${(error as Error).message.split('\n')[0]}`)
      }
    }
  }

  /** A poster or leaflet of a figure, street or place; `mark` (样稿·未审核) across every page of a draft's. */
  async subject(product: SubjectProduct, subject: SubjectData | PrintSubject, site: PublicSettings, mark?: string): Promise<PrintResult> {
    const job = await subjectJob(product, subject, site)
    return this.#marked(await this.#run((pool) => pool.pdf(job)), job.sheet, mark)
  }

  /** `result` with `mark` over every page (nothing when there is no mark). */
  async #marked<R extends PrintResult>(result: R, sheet: Sheet, mark?: string): Promise<R> {
    if (!mark) return result
    const stamp = await this.#run((pool) => pool.pdf(markJob(sheet, mark)))
    return { ...result, pdf: await stampMark(result.pdf, stamp.pdf, sheet) }
  }

  /** A survey's paper questionnaire (纸质问卷); `mark` across every page of a draft's. */
  async questionnaire(survey: PublicSurvey, site: PublicSettings, mark?: string): Promise<PrintResult> {
    const job = questionnaireJob(survey, site)
    return this.#marked(await this.#run((pool) => pool.pdf(job)), job.sheet, mark)
  }

  /** Any laid-out job. */
  async print(job: PrintJob): Promise<PrintResult> {
    return this.#run((pool) => pool.pdf(job))
  }

  /**
   * A handbook, in two passes: the first finds where each part starts, the second prints
   * with blank versos, padding and the contents' page numbers — and is checked against them.
   */
  async handbook(
    handbook: PublicHandbook | PrintHandbook,
    site: PublicSettings,
    mark?: string,
  ): Promise<PrintResult & { starts: Map<string, number> }> {
    const layout = await handbookLayout(handbook, site)
    const book = await this.#run((pool) =>
      pool.with(layout.job, async (page) => {
        const first = await destinationPages(await printToPdf(page))
        const pagination = paginate(layout.parts, first.starts, first.pages)
        await applyPagination(page, pagination)
        const raw = await printToPdf(page)
        const finished = await finishPdf(raw, layout.job)
        const { starts } = await destinationPages(raw)
        const wrong = layout.parts.filter((part) => starts.get(part.id) !== pagination.starts.get(part.id))
        if (wrong.length > 0 || finished.pages !== pagination.pages) {
          throw new Error(
            `手册《${handbook.title}》排版前后页码不一致（${wrong.map((part) => part.heading).join('、') || `共 ${finished.pages} 页，应为 ${pagination.pages} 页`}），没有生成。`,
          )
        }
        return { ...finished, warnings: layout.job.warnings ?? [], starts: pagination.starts }
      }),
    )
    return this.#marked(book, layout.job.sheet, mark)
  }

  /** A 1200×630 share card (WeChat, other apps) for pages that have no photo of their own. */
  async shareCard(card: ShareCard): Promise<Uint8Array> {
    return this.#run((pool) => pool.image(shareCardJob(card), SHARE_WIDTH, SHARE_HEIGHT))
  }

  /** A survey question's counts as a bar chart picture (results articles). */
  async chart(chart: SurveyChart): Promise<Uint8Array> {
    return this.#run((pool) => pool.image(chartJob(chart), CHART_WIDTH, chartHeight(chart)))
  }

  /** A batch of 评选邀请码 as cut-out slips, ten to an A4 page. */
  async slips(slips: VoteSlips): Promise<PrintResult> {
    return this.print(slipsJob(slips))
  }

  /** 文明课单: a station's or the district's menu as an A5 leaflet or an A4 poster. */
  async serviceMenu(menu: ServiceMenu, product: 'leaflet-a5' | 'poster-a4', site: PublicSettings): Promise<PrintResult> {
    const result = await this.print(product === 'leaflet-a5' ? menuLeafletJob(menu, site) : menuPosterJob(menu, site))
    // One warning per kind of shortening, not one per row.
    return { ...result, warnings: [...new Set(result.warnings)] }
  }

  /** An event's paper 活动签到表 (A4, office printer). */
  async signInSheet(sheet: SignInSheet, site: PublicSettings): Promise<PrintResult> {
    return this.print(signInJob(sheet, site))
  }

  /** A station's monthly 台账 (A4, office printer), its photos prepared first. */
  async ledger(ledger: ServiceLedger, site: PublicSettings): Promise<PrintResult> {
    return this.print(await ledgerJob(ledger, site))
  }

  async close(): Promise<void> {
    const browser = this.#browser
    this.#browser = undefined
    this.#pool = undefined
    if (browser) await (await browser.catch(() => undefined))?.close()
  }
}
