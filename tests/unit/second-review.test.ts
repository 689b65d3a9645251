/**
 * Attacks a second review of issue 14 found, in code that needs no server: a link address
 * hidden outside the link's fields, and IPv6 clients changing address inside their /64.
 */
import { describe, expect, it } from 'vitest'

import { throttleAddress } from '../../cms/server/clientAddress.ts'
import { canonicalPath } from '../../cms/server/front.ts'
import { renderRichText } from '../../site/lib/richText.ts'

describe('rich text links', () => {
  it('render only the address the editor saw and the checks read (fields.url), never one tucked onto the node', () => {
    const state = {
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: [
              {
                type: 'link',
                version: 3,
                url: 'tel:13800138000',
                fields: { linkType: 'internal', doc: { relationTo: 'figures', value: 1 } },
                children: [{ type: 'text', version: 1, text: '联系我们' }],
              },
            ],
          },
        ],
      },
    }
    const html = renderRichText(state)
    expect(html).toContain('联系我们')
    expect(html).not.toContain('13800138000')
  })
})

describe('the addresses the sign-in throttles count', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2:ffff::1', '2001:db8:1:2::/64'],
    ['unknown', 'unknown'],
  ])('%s counts as %s', (address, counted) => {
    expect(throttleAddress(address)).toBe(counted)
  })
})

describe('the paths the body limits read', () => {
  it.each([
    ['/api/users/login', '/api/users/login'],
    ['/api//users/login', '/api/users/login'],
    ['/api/users/%6cogin?x=1', '/api/users/login'],
    ['/api/figures/1/%77orkflow', '/api/figures/1/workflow'],
  ])('%s is %s', (url, path) => {
    expect(canonicalPath(url)).toBe(path)
  })

  it('refuses a path that cannot be decoded', () => {
    expect(canonicalPath('/api/%E0%A4%A')).toBeNull()
  })
})
