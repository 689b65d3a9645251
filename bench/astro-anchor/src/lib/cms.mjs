/**
 * A content loader over the CMS's public REST API, as a plain Astro site over Payload
 * would have: every published document of a collection, 1,000 a request at depth 0 (the
 * requests our build makes), its rich text turned into HTML once, in the loader.
 * ANCHOR_CMS_URL names the CMS (set by the bench).
 */

const escapeHtml = (text) => String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

const FORMATS = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
]

function node(item) {
  const inner = () => (item.children ?? []).map(node).join('')
  switch (item.type) {
    case 'text': {
      let html = escapeHtml(item.text ?? '')
      for (const [bit, tag] of FORMATS) if ((item.format ?? 0) & bit) html = `<${tag}>${html}</${tag}>`
      return html
    }
    case 'linebreak':
      return '<br>'
    case 'paragraph':
      return `<p>${inner()}</p>`
    case 'heading':
      return `<${item.tag ?? 'h2'}>${inner()}</${item.tag ?? 'h2'}>`
    case 'quote':
      return `<blockquote>${inner()}</blockquote>`
    case 'list':
      return item.listType === 'number' ? `<ol>${inner()}</ol>` : `<ul>${inner()}</ul>`
    case 'listitem':
      return `<li>${inner()}</li>`
    case 'link':
    case 'autolink':
      return `<a href="${escapeHtml(item.fields?.url ?? '#')}">${inner()}</a>`
    default:
      return inner()
  }
}

/** Lexical rich text as HTML. */
export const richText = (value) => (value?.root ? node(value.root) : '')

async function getJson(path) {
  const response = await fetch(`${process.env.ANCHOR_CMS_URL}${path}`, { headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`CMS answered ${response.status}: ${path}`)
  return response.json()
}

/**
 * A loader of one collection: `pick` keeps what the pages show (a schema would), `html`
 * names the rich-text field that becomes the entry's rendered HTML.
 */
export function payloadLoader(collection, { drafts = true, pick, html } = {}) {
  return {
    name: `payload-${collection}`,
    async load({ store, generateDigest }) {
      store.clear()
      for (let page = 1; ; page++) {
        const query = new URLSearchParams({ depth: '0', draft: 'false', limit: '1000', page: String(page), sort: 'id' })
        if (drafts) query.set('where[_status][equals]', 'published')
        const result = await getJson(`/api/${collection}?${query}`)
        for (const doc of result.docs) {
          const data = pick(doc)
          const rendered = html ? { html: html(doc) } : undefined
          store.set({ id: String(doc.slug ?? doc.id), data, digest: generateDigest(data), rendered })
        }
        if (!result.hasNextPage) return
      }
    },
  }
}

/** The site's settings (name, sponsor, footer), one entry. */
export const settingsLoader = {
  name: 'payload-settings',
  async load({ store }) {
    store.clear()
    const doc = await getJson('/api/globals/site-settings?depth=0')
    const { siteName, sponsor, icp, psb, siteCode, contact } = doc
    store.set({ id: 'site', data: { siteName, sponsor, icp, psb, siteCode, contact: contact ?? {} } })
  },
}
