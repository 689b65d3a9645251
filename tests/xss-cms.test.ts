/**
 * Output encoding, in the CMS (the trust issue): the XSS corpus (tests/support/xss-corpus.ts)
 * goes into every text field residents can see and is published through review. Where a CMS
 * validator refuses a payload, it does so with a 400 and a Chinese message; everything else
 * is stored exactly as written and read back by anonymous readers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, login, loginAsEditor } from './support/cms.ts'
import { created, ids, link, PAYLOADS, paragraph, publishCorpus, removeCorpus, richText, spots } from './support/xss-corpus.ts'

/** Messages of a Payload error response: the top one and each field's. */
function messages(body: unknown): string[] {
  const errors = (body as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | null)?.errors ?? []
  return errors.flatMap((error) => [error.message ?? '', ...(error.data?.errors ?? []).map((item) => item.message ?? '')]).filter(Boolean)
}
const CHINESE = /[\u4e00-\u9fff]/

let filename: string

beforeAll(async () => {
  filename = await publishCorpus()
}, 900_000)

afterAll(removeCorpus, 120_000)

describe('payloads the CMS refuses', () => {
  it('refuses them with a 400 and a Chinese message, and stores nothing of them', async () => {
    const token = await loginAsEditor()
    const admin = await login('admin@xinghualing.example')
    // What was refused, the response, what the editor is told, and whether every detail is Chinese.
    const refusals: [string, Promise<{ status: number; body: unknown }>, RegExp, 'every' | 'first'][] = [
      [
        '公益广告链接 javascript:',
        api('/api/globals/site-settings', { method: 'POST', token: admin, body: { publicServiceAd: { link: PAYLOADS.jsUrl } } }),
        /链接应以 \/ 开头/,
        'every',
      ],
      [
        '电子邮箱',
        api('/api/globals/site-settings', { method: 'POST', token: admin, body: { contact: { email: `a${PAYLOADS.img}@example.cn` } } }),
        /有效的电子邮件地址/,
        'every',
      ],
      [
        '网址别名',
        api('/api/figures?draft=true', {
          method: 'POST',
          token,
          body: {
            name: '别名测试',
            honourTitle: '称号',
            honourKind: 'good-neighbour',
            summary: '简介',
            slug: PAYLOADS.img,
            _status: 'draft',
          },
        }),
        /网址别名只能包含/,
        'every',
      ],
      [
        '荣誉称号过长',
        api('/api/figures?draft=true', {
          method: 'POST',
          token,
          body: { name: '长度测试', honourTitle: PAYLOADS.iframe, honourKind: 'good-neighbour', summary: '简介', _status: 'draft' },
        }),
        /最大长度/,
        'every',
      ],
      [
        '手册收录的章',
        api('/api/handbooks?draft=true', {
          method: 'POST',
          token,
          body: {
            title: '章号测试',
            trimSize: 'a5',
            sections: [{ item: { relationTo: 'figures', value: ids.figure }, chapters: PAYLOADS.script }],
            _status: 'draft',
          },
        }),
        /请填数字/,
        'every',
      ],
    ]
    // A web page carrying the payload, uploaded as a PNG.
    const form = new FormData()
    form.append('file', new Blob([`<html><body>${PAYLOADS.script}${PAYLOADS.img}</body></html>`], { type: 'image/png' }), 'xq-page.png')
    form.append('_payload', JSON.stringify({ alt: '伪装的网页' }))
    refusals.push(['伪装成图片的网页', api('/api/media', { method: 'POST', token, form }), /不是可用的图片文件/, 'every'])
    // Rich-text links that would run code when followed: refused when saved, in Chinese.
    for (const [kind, url] of [
      ['link', PAYLOADS.jsUrl],
      ['autolink', 'JavaScript:window.__xss=1'],
      ['link', 'data:text/html,<script>window.__xss=1</script>'],
    ] as const) {
      refusals.push([
        `正文链接 ${url}`,
        api('/api/figures?draft=true', {
          method: 'POST',
          token,
          body: {
            name: '链接测试',
            honourTitle: '称号',
            honourKind: 'good-neighbour',
            summary: '简介',
            area: ids.area,
            story: richText(paragraph(link(kind, url, '链接'))),
            _status: 'draft',
          },
        }),
        /链接“.+”不能使用。链接地址只能是/,
        'every',
      ])
    }

    for (const [what, request, expected, chinese] of refusals) {
      const { status, body } = await request
      expect(status, what).toBe(400)
      const said = messages(body)
      expect(said.length, what).toBeGreaterThan(0)
      for (const message of chinese === 'every' ? said : said.slice(0, 1)) expect(message, what).toMatch(CHINESE)
      for (const message of said) expect(message, what).not.toMatch(/\n\s+at /)
      expect(said.join(' '), what).toMatch(expected)
    }
    const { body: settings } = await api<{ publicServiceAd?: { link?: string }; contact?: { email?: string } }>(
      '/api/globals/site-settings?depth=0',
    )
    expect(settings.publicServiceAd?.link).not.toBe(PAYLOADS.jsUrl)
    expect(settings.contact?.email ?? '').not.toContain('onerror')
  })
})

describe('payloads the CMS accepts', () => {
  it('stores every payload exactly as written, and publishes it to anonymous readers', async () => {
    const stored: string[] = []
    for (const { collection, id } of created) stored.push(JSON.stringify((await api(`/api/${collection}/${id}?depth=0`)).body))
    stored.push(JSON.stringify((await api('/api/globals/site-settings?depth=0')).body))
    const all = stored.join('\n')
    for (const spot of spots) {
      if (spot.field === '媒体文件名') continue
      expect(all, spot.field).toContain(JSON.stringify(spot.text).slice(1, -1))
    }
    // The file name keeps its marker and drops what a file name cannot hold, but keeps what an
    // address must encode (a space, #, %): the site's image addresses have to survive those.
    expect(filename).toContain('XQ001')
    expect(filename).not.toMatch(/[<>"/\\]/)
    for (const char of [' ', '#', '%']) expect(filename).toContain(char)
    expect(spots.length).toBeGreaterThanOrEqual(90)
    expect(new Set(spots.map((spot) => spot.payload))).toEqual(new Set(Object.keys(PAYLOADS)))
  })
})
