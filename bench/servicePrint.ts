/**
 * The 台账's print time (issue 19), on this machine, with the same Printer the preview
 * service uses: one month of a busy station (a year has twelve such files, one a month: one
 * event and five orders a day, so 31 events with 2 photos each and 155 orders), with photos
 * as phones take them (4000 × 3000 JPEG, noisy: the slowest kind to decode) served over
 * HTTP on loopback as the CMS serves its media. Cold (the browser starting, fonts loading)
 * and warm (the median of the year's eleven other months), the whole year's twelve files,
 * and the photos' preparation alone; the PDF's pages and size. BENCH=ledger runs only this. Writes
 * bench/results/ledger.json.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { rootDir } from '../contract/paths.ts'
import { SERVICE_LEDGER } from '../contract/servicePrint.ts'
import { printPhoto } from '../site/print/images.ts'
import { Printer } from '../site/print/index.ts'
import { PRINT_SETTINGS } from '../tests/support/fixtures.ts'
import { sampleLedger } from '../tests/support/servicePrint.ts'

/** A year: the first month cold, then eleven more (the same busy month under each month's name). */
const MONTHS = 12

export async function benchLedger(): Promise<void> {
  console.log('台账：准备一个月的数据（31 场活动各 2 张 4000×3000 照片，155 单点单）……')
  const inline = SERVICE_LEDGER.parse(await sampleLedger(31, 155, 2, { width: 4000, height: 3000 }))
  // The photos served as files, as the CMS serves its media (a data: URL's decoding would be timed too).
  const files = inline.events.flatMap((event) =>
    event.photos.map((photo) => Buffer.from(photo.sourceUrl.split(',')[1] as string, 'base64')),
  )
  const server = http.createServer((request, response) => {
    const body = files[Number(/\/(\d+)\.jpg$/.exec(request.url ?? '')?.[1])]
    response.writeHead(body ? 200 : 404, { 'content-type': 'image/jpeg' })
    response.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  let n = 0
  const ledger = {
    ...inline,
    events: inline.events.map((event) => ({
      ...event,
      photos: event.photos.map((photo) => ({ ...photo, sourceUrl: `${base}/${n++}.jpg` })),
    })),
  }
  const printer = new Printer()
  try {
    const photosStarted = performance.now()
    for (const event of ledger.events) {
      await Promise.all(
        event.photos.map((photo) =>
          printPhoto(
            {
              ...photo,
              src: photo.sourceUrl,
              width: 4000,
              height: 3000,
              filename: 'p.jpg',
              mimeType: 'image/jpeg',
              version: `x${photo.sourceUrl}`,
            },
            56,
            42,
          ),
        ),
      )
    }
    const photosMs = Math.round(performance.now() - photosStarted)
    const timed = async (month: number) => {
      const started = performance.now()
      const result = await printer.ledger({ ...ledger, month: `2026-${String(month).padStart(2, '0')}` }, PRINT_SETTINGS)
      return { ms: Math.round(performance.now() - started), pages: result.pages, bytes: result.pdf.length }
    }
    const cold = await timed(1)
    const warm: number[] = []
    for (let month = 2; month <= MONTHS; month++) warm.push((await timed(month)).ms)
    const yearMs = cold.ms + warm.reduce((total, ms) => total + ms, 0)
    warm.sort((a, b) => a - b)
    const result = {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
      month: { events: ledger.events.length, photos: 62, orders: ledger.orders.length },
      coldMs: cold.ms,
      photosAloneMs: photosMs,
      warmMedianMs: warm[Math.floor(warm.length / 2)],
      yearSeconds: Math.round(yearMs / 1000),
      pages: cold.pages,
      megabytes: Number((cold.bytes / 1024 / 1024).toFixed(2)),
    }
    console.table([result])
    const dir = path.join(rootDir, 'bench', 'results')
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, 'ledger.json'), `${JSON.stringify(result, null, 2)}\n`)
  } finally {
    await printer.close()
    server.close()
  }
}
