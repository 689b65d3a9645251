/**
 * The print studio's speed (issue 6), on this machine, with the same Printer the site
 * build uses:
 * - posters and leaflets per second: figures, streets and places (half with a 12-megapixel
 *   photo, resized to 300 dpi), the three products of each, with two warm presses and with one;
 * - a 40-page handbook: time to print it (both passes), its size;
 * - regeneration after one figure changes: `npm start` on a fresh embedded database, one
 *   figure's story edited and published through review, and the worker's build that puts
 *   its new PDFs live (its time, and what it re-printed).
 * BENCH=print runs only this (BENCH_PRINT=engine or =regeneration: one part). Writes
 * bench/results/print.json.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { rootDir } from '../contract/paths.ts'
import { SUBJECT_PRODUCTS, type SubjectKind } from '../contract/print.ts'
import type { PublicSettings, SiteImage } from '../site/model/types.ts'
import { Printer } from '../site/print/index.ts'
import type { PrintHandbook, PrintSubject } from '../site/print/subjects.tsx'
import { call, startStack } from './stack.ts'

const SETTINGS: PublicSettings = {
  siteName: '杏花岭宣传微平台',
  sponsor: '杏花岭区创城办',
  icp: null,
  psb: null,
  siteCode: null,
  contact: { phone: null, email: null, address: null },
  publicServiceAd: null,
}

async function photo(seed: number): Promise<SiteImage> {
  // A 4000×3000 photo-like JPEG (noise over a gradient: it compresses like a real photo).
  const width = 4000
  const height = 3000
  const noise = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 120 + (seed % 40), sigma: 40 } },
  })
    .jpeg({ quality: 85 })
    .toBuffer()
  return {
    src: `/media/bench-${seed}.jpg`,
    alt: '测试照片',
    width,
    height,
    sourceUrl: `data:image/jpeg;base64,${noise.toString('base64')}`,
    filename: `bench-${seed}.jpg`,
    mimeType: 'image/jpeg',
    version: `bench-${seed}`,
  }
}

const story = (n: number, paragraphs: number) =>
  Array.from(
    { length: paragraphs },
    (_, p) =>
      `<p>第${p + 1}段（${n}）：${'社区志愿者坚持为居民义务服务，清理楼道杂物，照顾独居老人，调解邻里矛盾，带动更多居民参与文明创建。'.repeat(3)}</p>`,
  ).join('')

function subject(n: number, image: SiteImage | null): PrintSubject {
  const kind: SubjectKind = (['figure', 'street', 'place'] as const)[n % 3] as SubjectKind
  return {
    kind,
    slug: `bench-${n}`,
    url: `https://xhl.example.cn/${kind}s/bench-${n}/`,
    kicker: kind === 'figure' ? '身边好人' : kind === 'street' ? '特色街巷' : '新时代文明实践',
    title: kind === 'figure' ? '最美志愿者' : '好人主题街巷',
    name: `测试人物${n}`,
    summary: '二十年如一日为社区居民义务服务，带动身边人参与文明创建。',
    facts: [{ label: '地址', value: '杏花岭区涧河街道测试路1号' }],
    storyHtml: story(n, 4),
    photo: image,
    area: '涧河街道',
    updatedAt: '2026-11-26T00:00:00.000Z',
  }
}

async function throughput(presses: number, subjects: PrintSubject[]): Promise<{ pdfs: number; seconds: number; perSecond: number }> {
  process.env.PRINT_PRESSES = String(presses)
  const printer = new Printer()
  try {
    // Warm: the browser, the presses and the font slices.
    await Promise.all(SUBJECT_PRODUCTS.map((product) => printer.subject(product.id, subjects[0] as PrintSubject, SETTINGS)))
    const jobs = subjects.flatMap((item) => SUBJECT_PRODUCTS.map((product) => ({ item, product: product.id })))
    const started = performance.now()
    // As the build does: one lane per press.
    const lanes = Array.from({ length: presses }, (_, lane) => jobs.filter((_job, index) => index % presses === lane))
    await Promise.all(
      lanes.map(async (lane) => {
        for (const job of lane) await printer.subject(job.product, job.item, SETTINGS)
      }),
    )
    const seconds = (performance.now() - started) / 1000
    return { pdfs: jobs.length, seconds: Number(seconds.toFixed(2)), perSecond: Number((jobs.length / seconds).toFixed(1)) }
  } finally {
    await printer.close()
  }
}

async function handbook(photos: SiteImage[]): Promise<Record<string, number>> {
  const sections: PrintHandbook['sections'] = Array.from({ length: 16 }, (_, n) => ({
    kind: (['figure', 'street', 'place', 'article'] as const)[n % 4] as 'figure',
    heading: `第${n + 1}节 测试内容`,
    kicker: '身边好人 · 最美志愿者',
    path: `/figures/bench-${n}/`,
    lead: '二十年如一日为社区居民义务服务。',
    facts: [{ label: '地址', value: '杏花岭区涧河街道测试路1号' }],
    html: story(n, 5),
    photo: photos[n % photos.length] ?? null,
  }))
  const book: PrintHandbook = {
    id: 1,
    slug: 'bench-handbook',
    previousSlugs: [],
    title: '测试口袋书',
    subtitle: '四十页的手册',
    trim: 'a5',
    forewordHtml: `<p>${'这是一本用于测量速度的手册。'.repeat(20)}</p>`,
    cover: photos[0] ?? null,
    sections,
    left: 0,
    area: '',
    updatedAt: '2026-11-26T00:00:00.000Z',
    publishedAt: '2026-11-26T00:00:00.000Z',
  }
  const printer = new Printer()
  try {
    const coldStart = performance.now()
    const cold = await printer.handbook(book, SETTINGS)
    const coldSeconds = (performance.now() - coldStart) / 1000
    const warmStart = performance.now()
    await printer.handbook({ ...book, updatedAt: '2026-11-26T00:00:01.000Z' }, SETTINGS)
    const warmSeconds = (performance.now() - warmStart) / 1000
    return {
      pages: cold.pages,
      bytes: cold.pdf.length,
      coldSeconds: Number(coldSeconds.toFixed(2)),
      warmSeconds: Number(warmSeconds.toFixed(2)),
    }
  } finally {
    await printer.close()
  }
}

/** One figure edited and published through review; the build that puts it live, as the worker recorded it. */
async function regeneration(): Promise<Record<string, unknown>> {
  const stack = await startStack('xhl-bench-print-')
  try {
    const cms = stack.cms
    const token = stack.token
    const [editor, first, second] = [await token('editor'), await token('reviewer1'), await token('reviewer2')]
    const figure = (await call<{ docs: { id: number; slug: string }[] }>(cms, '/api/figures?where[slug][equals]=hao-jing-quan&depth=0'))
      .docs[0]
    if (!figure) throw new Error('demo figure missing')
    // Measured on a warm worker: its start-up build (renderer, snapshot, browser) is done first.
    for (;;) {
      const builds = await call<{ docs: { status: string }[] }>(cms, '/api/site-builds?limit=5&sort=-createdAt', { token: editor })
      if (builds.docs.length > 0 && builds.docs.every((build) => build.status !== 'running')) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const before = (await call<{ totalDocs: number }>(cms, '/api/site-builds?limit=1', { token: editor })).totalDocs
    const started = performance.now()
    await call(cms, `/api/figures/${figure.id}?draft=true`, {
      method: 'PATCH',
      token: editor,
      body: {
        story: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [
              {
                type: 'paragraph',
                version: 1,
                direction: null,
                format: '',
                indent: 0,
                textFormat: 0,
                textStyle: '',
                children: [
                  {
                    type: 'text',
                    version: 1,
                    text: '改过的事迹，用来测量重新印刷的时间。',
                    detail: 0,
                    format: 0,
                    mode: 'normal',
                    style: '',
                  },
                ],
              },
            ],
          },
        },
        _status: 'draft',
      },
    })
    await call(cms, `/api/figures/${figure.id}/workflow`, { method: 'POST', token: editor, body: { action: 'submit' } })
    await call(cms, `/api/figures/${figure.id}/workflow`, { method: 'POST', token: first, body: { action: 'approve' } })
    const published = performance.now()
    const approvedAt = Date.now()
    await call(cms, `/api/figures/${figure.id}/workflow`, { method: 'POST', token: second, body: { action: 'approve' } })
    interface BuildDoc {
      status: string
      startedAt?: string
      finishedAt?: string
      durationMs?: number
      changed?: string[]
      rendered?: number
      stages?: Record<string, number>
    }
    for (;;) {
      const builds = await call<{ docs: BuildDoc[]; totalDocs: number }>(cms, '/api/site-builds?limit=5&sort=-createdAt', { token: editor })
      const done =
        builds.totalDocs > before ? builds.docs.find((build) => build.changed?.some((file) => file.includes('hao-jing-quan'))) : undefined
      if (done?.status === 'live' || done?.status === 'failed') {
        const pdfs = (done.changed ?? []).filter((file) => file.endsWith('.pdf'))
        return {
          status: done.status,
          secondsFromFinalApproval: Number(((performance.now() - published) / 1000).toFixed(2)),
          secondsFromFirstEdit: Number(((performance.now() - started) / 1000).toFixed(2)),
          buildMs: done.durationMs,
          // From the final approval to the build starting: the approval's own save, the queue and the worker's poll.
          approvalToBuildStartMs: done.startedAt ? Date.parse(done.startedAt) - approvedAt : null,
          stages: done.stages,
          reprinted: pdfs,
        }
      }
      if (performance.now() - started > 300_000) throw new Error('the build did not finish in 5 minutes')
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  } finally {
    await stack.stop()
  }
}

export async function benchPrint(): Promise<void> {
  // BENCH_PRINT=engine or BENCH_PRINT=regeneration runs one part, keeping the other's last figures.
  const part = process.env.BENCH_PRINT
  const file = path.join(rootDir, 'bench/results/print.json')
  const previous = (await readFile(file, 'utf8').then(JSON.parse, () => ({}))) as Record<string, unknown>
  const results: Record<string, unknown> = {
    ...previous,
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
  }
  if (part !== 'regeneration') {
    console.log('print: preparing photos…')
    const photos = await Promise.all([1, 2, 3, 4, 5, 6].map(photo))
    const subjects = Array.from({ length: 40 }, (_, n) => subject(n, n % 2 === 0 ? (photos[n % photos.length] ?? null) : null))
    console.log('print: posters and leaflets, two presses…')
    const two = await throughput(2, subjects)
    console.log('print: posters and leaflets, one press…')
    const one = await throughput(1, subjects)
    console.log('print: a 40-page handbook…')
    results.postersAndLeaflets = { twoPresses: two, onePress: one }
    results.handbook = await handbook(photos)
  }
  if (part !== 'engine') {
    console.log('print: regeneration after one figure changes (npm start on a fresh database)…')
    results.regeneration = await regeneration()
  }
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`)
  const posters = results.postersAndLeaflets as { twoPresses: { perSecond: number }; onePress: { perSecond: number } } | undefined
  const book = results.handbook as { pages: number; warmSeconds: number; bytes: number } | undefined
  const regenerated = results.regeneration as { secondsFromFinalApproval: number } | undefined
  console.table({
    'PDFs per second (2 presses)': posters?.twoPresses.perSecond,
    'PDFs per second (1 press)': posters?.onePress.perSecond,
    'handbook pages': book?.pages,
    'handbook seconds (warm)': book?.warmSeconds,
    'handbook MB': book ? Number((book.bytes / 2 ** 20).toFixed(2)) : undefined,
    'regeneration seconds': regenerated?.secondsFromFinalApproval,
  })
}
