/** Facts the CMS, the site and the orchestration share (contract/), and the names that tie them. */
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { siteBuildTask } from '../../cms/publish/queue.ts'
import { downloadName, previewProducts, productPath, SUBJECT_PRODUCTS } from '../../contract/print.ts'

describe('the print catalogue', () => {
  it('offers in 打印预览 exactly the products the site prints, named as a print shop would', () => {
    expect(previewProducts('figures')).toEqual([
      { id: 'poster-a4', label: '海报 A4' },
      { id: 'poster-a3', label: '海报 A3' },
      { id: 'leaflet-a5', label: '宣传单 A5 双面' },
    ])
    expect(previewProducts('streets')).toEqual(previewProducts('places'))
    expect(previewProducts('handbooks')).toEqual([{ id: 'handbook', label: '手册' }])
    expect(previewProducts('users')).toEqual([])
    expect(previewProducts('figures').map((product) => product.id)).toEqual(SUBJECT_PRODUCTS.map((product) => product.id))
  })

  it('gives every product one address and a download name a person can read', () => {
    expect(productPath('street', 'xiao-lao-jie', 'poster-a3')).toBe('/print/streets/xiao-lao-jie/poster-a3.pdf')
    expect(downloadName('郝 敬全/', SUBJECT_PRODUCTS[2] as (typeof SUBJECT_PRODUCTS)[number])).toBe('郝敬全-宣传单-A5.pdf')
  })
})

describe('the site build job', () => {
  it('names a handler file that exists and exports the function it names', () => {
    const [file, name] = String(siteBuildTask.handler).split('#')
    expect(name).toBeTruthy()
    const source = readFileSync(file as string, 'utf8')
    expect(source).toMatch(new RegExp(`export (async function ${name}\\b|const ${name}\\b)`))
  })
})
