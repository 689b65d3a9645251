/**
 * 入户代填 (/field/): the community workers' page with its island, its web app manifest
 * (installable on a phone's home screen, with the site's own home-screen icons) and its
 * service worker, which keeps the page and the island bundle for use without a network.
 * Not in the sitemap (plan/feeds.ts lists pages by view) and not linked from the site.
 */
import { config } from '../../contract/config.ts'
import { FIELD_PAGE } from '../../contract/participation.ts'
import { FIELD_MANIFEST, FIELD_WORKER, fieldEntryProps } from '../islands/fieldForm.ts'
import { ICONS } from '../lib/favicon.ts'
import { WEB_TOKENS } from '../styles/tokens.ts'
import { fieldWorkerSource } from './fieldWorker.ts'
import { digest, fileOf, type Plan, page } from './keys.ts'
import type { IslandBundle } from './participation.ts'

/** The site's home-screen icons (plan/fixed.ts planIcons): the PNGs, and the SVG every size comes from. */
const icons = () => [
  ...ICONS.filter((icon) => icon.format === 'png').map((icon) => ({
    src: `/${icon.path}`,
    sizes: `${icon.size}x${icon.size}`,
    type: 'image/png',
  })),
  { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
]

function manifest(): string {
  const accent = WEB_TOKENS['--color-accent'] as string
  return `${JSON.stringify(
    {
      name: '入户代填',
      short_name: '入户代填',
      description: '社区工作者入户代填问卷、录入纸质问卷，没有网络也能用。',
      lang: 'zh-CN',
      start_url: FIELD_PAGE,
      scope: FIELD_PAGE,
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: accent,
      icons: icons(),
    },
    null,
    2,
  )}\n`
}

export function planField(plan: Plan, islands: IslandBundle): void {
  plan.add(
    page(FIELD_PAGE, 'FieldPage', {
      site: plan.site,
      islands: islands.assets,
      manifest: FIELD_MANIFEST,
      entry: fieldEntryProps(config().participationUrl),
    }),
  )
  plan.add({ kind: 'text', path: fileOf(FIELD_MANIFEST), body: manifest() })
  const precache = [
    FIELD_PAGE,
    FIELD_MANIFEST,
    '/favicon.svg',
    ...ICONS.map((icon) => `/${icon.path}`),
    ...islands.files.map((file) => `/${file.path}`),
  ]
  // A new page (code or settings) or bundle makes a new worker, which keeps the new files and drops the old cache.
  const cache = `field-${digest(islands.version, plan.versions.pages, plan.siteKey).slice(0, 12)}`
  plan.add({ kind: 'text', path: fileOf(FIELD_WORKER), body: fieldWorkerSource({ cache, page: FIELD_PAGE, precache, patienceMs: 4000 }) })
}
