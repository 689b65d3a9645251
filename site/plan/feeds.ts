/** The sitemap, the articles' RSS feed and robots.txt. */
import type { PublicArticle, PublicSettings } from '../model/types.ts'
import { absoluteUrl, paths, siteOrigin } from '../settings.ts'
import { fileOf, type Plan } from './keys.ts'

/** Characters XML 1.0 cannot carry even escaped (a vertical tab pasted from Word would break the feed). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching exactly those control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

const xml = (value: string) =>
  value
    .replace(NOT_XML, '')
    .replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string)

function sitemap(entries: { path: string; lastmod?: string }[]): string {
  // Site paths are plain ASCII (pinyin slugs): the origin is prefixed, not parsed per URL.
  const origin = xml(siteOrigin())
  const urls = entries.map(
    (entry) =>
      `  <url><loc>${origin}${/[<>&'"]/.test(entry.path) ? xml(entry.path) : entry.path}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod.slice(0, 10)}</lastmod>` : ''}</url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

function rss(site: PublicSettings, articles: PublicArticle[]): string {
  const items = articles.slice(0, 30).map(
    (article) => `    <item>
      <title>${xml(article.title)}</title>
      <link>${xml(absoluteUrl(paths.article(article.slug)))}</link>
      <guid isPermaLink="true">${xml(absoluteUrl(paths.article(article.slug)))}</guid>
      <description>${xml(article.lead)}</description>
      <category>${xml(article.column)}</category>
      <pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate>
    </item>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${xml(`${site.siteName} · 文章`)}</title>
    <link>${xml(absoluteUrl(paths.articles))}</link>
    <description>${xml(`${site.sponsor}发布的创城动态、文明实践和通知公告`)}</description>
    <language>zh-cn</language>
${items.join('\n')}
  </channel>
</rss>
`
}

/** Every page a search engine should know, with when it last changed where known. */
function listedPages(plan: Plan): { path: string; lastmod?: string }[] {
  const { figures, articles, streets, places, regulations, areas } = plan.content
  return [
    {
      path: '/',
      lastmod: [...figures, ...articles, ...streets, ...places, ...regulations]
        .map((item) => item.updatedAt)
        .sort()
        .at(-1),
    },
    ...plan.outputs
      .filter(
        (output) =>
          output.kind === 'page' &&
          [
            'ListPage',
            'PrintListPage',
            'RepliesPage',
            'MessagePage',
            'NominationPage',
            'ReceiptPage',
            'SurveysPage',
            'SurveyPage',
            'EventsPage',
            'EventPage',
            'ServicesPage',
            'ServiceItemPage',
          ].includes(output.view),
      )
      .map((output) => ({ path: `/${output.path.replace(/index\.html$/, '')}` })),
    { path: paths.areas },
    { path: '/search/' },
    { path: paths.screen },
    { path: paths.print },
    ...areas.map((area) => ({ path: paths.area(area.slug) })),
    ...figures.map((figure) => ({ path: paths.figure(figure.slug), lastmod: figure.updatedAt })),
    ...articles.map((article) => ({ path: paths.article(article.slug), lastmod: article.updatedAt })),
    ...streets.map((street) => ({ path: paths.street(street.slug), lastmod: street.updatedAt })),
    ...places.map((place) => ({ path: paths.place(place.slug), lastmod: place.updatedAt })),
    ...regulations.flatMap((regulation) => [
      { path: paths.regulation(regulation.slug), lastmod: regulation.updatedAt },
      ...regulation.chapters.flatMap((chapter) =>
        chapter.articles.map((item) => ({ path: paths.regulationArticle(regulation.slug, item.number), lastmod: regulation.updatedAt })),
      ),
    ]),
  ]
}

export function planFeeds(plan: Plan): void {
  plan.add({ kind: 'text', path: 'sitemap.xml', body: sitemap(listedPages(plan)) })
  plan.add({ kind: 'text', path: fileOf(paths.articlesFeed), body: rss(plan.site, plan.content.articles) })
  plan.add({ kind: 'text', path: 'robots.txt', body: `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl('/sitemap.xml')}\n` })
}
