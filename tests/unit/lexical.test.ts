/** The one walk over stored rich text (contract/lexical.ts), on ordinary and hostile trees. */
import { describe, expect, it } from 'vitest'

import { childNodes, type LexicalNode, lexicalNodes, lexicalRoot, lexicalText } from '../../contract/lexical.ts'
import { renderedUploads, renderRichText } from '../../site/lib/richText.ts'

const text = (value: string): LexicalNode => ({ type: 'text', text: value, version: 1 })
const state = {
  root: {
    type: 'root',
    children: [
      { type: 'heading', children: [text('第一条')] },
      {
        type: 'paragraph',
        children: [text('为了'), { type: 'link', fields: { url: 'https://a.example' }, children: [text('文明')] }, text('城市')],
      },
      { type: 'upload', relationTo: 'media', value: 7, fields: null },
    ],
  },
}

describe('contract/lexical', () => {
  it('walks every node in document order and reads the words as they read', () => {
    const root = lexicalRoot(state) as LexicalNode
    expect([...lexicalNodes(root)].map((node) => node.type)).toEqual([
      'root',
      'heading',
      'text',
      'paragraph',
      'text',
      'link',
      'text',
      'text',
      'upload',
    ])
    expect(lexicalText(root)).toBe('第一条为了文明城市')
    expect(childNodes(root).map(lexicalText)).toEqual(['第一条', '为了文明城市', ''])
  })

  it('finds no root in what is not an editor state', () => {
    for (const value of [null, undefined, 'root', 3, [], { root: 'x' }, { root: [] }, {}]) expect(lexicalRoot(value)).toBeNull()
  })

  it('skips children that are not arrays of nodes, as a hostile client may send', () => {
    const hostile: LexicalNode = {
      type: 'root',
      children: [null, 'text', 5, [text('藏在数组里')], { type: 'paragraph', children: 'not a list' }, text('看得见')],
    }
    expect([...lexicalNodes(hostile)].map((node) => node.type)).toEqual(['root', 'paragraph', 'text'])
    expect(lexicalText(hostile)).toBe('看得见')
  })

  it('walks a tree far deeper than the call stack without overflowing', () => {
    let node: LexicalNode = text('底')
    for (let depth = 0; depth < 200_000; depth++) node = { type: 'paragraph', children: [node] }
    expect(lexicalText(node)).toBe('底')
  })

  it('renders a hostile tree without failing the build: what is not a node is skipped', () => {
    const hostile = {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: 'not a list' }, null, { type: 'paragraph', children: [text('<b>看得见</b>')] }],
      },
    }
    expect(renderRichText(hostile)).toBe('<p>&lt;b&gt;看得见&lt;/b&gt;</p>')
    expect(renderRichText({ root: 'x' })).toBe('')
    expect(
      renderedUploads({
        root: {
          type: 'root',
          children: [
            { type: 'upload', value: 7 },
            { type: 'text', children: [{ type: 'upload', value: 8 }] },
          ],
        },
      }),
    ).toEqual([7])
  })
})
