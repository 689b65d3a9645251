'use client'
/**
 * 打印预览 in the document sidebar: the poster, leaflet or handbook as the saved draft would
 * print, before it is published, with what the print studio changed to make it fit and any
 * photo below 300 dpi. Each piece opens as a PDF; the CMYK edition is for print shops.
 */
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { type CSSProperties, useState } from 'react'

import { previewProducts } from '../../contract/print'

interface Check {
  pages?: number
  bytes?: number
  warnings?: string[]
  message?: string
}

const list: CSSProperties = { display: 'grid', gap: '0.5rem', margin: '0.5rem 0' }
const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '0.25rem 0.75rem', alignItems: 'baseline' }
const muted: CSSProperties = { color: 'var(--theme-elevation-600)', fontSize: '0.85em' }

export function PrintPanel() {
  const { id, collectionSlug } = useDocumentInfo()
  const [checks, setChecks] = useState<Record<string, Check>>({})
  const [busy, setBusy] = useState(false)
  const products = collectionSlug ? previewProducts(collectionSlug) : []
  if (!id || products.length === 0) return null
  const base = `/api/${collectionSlug}/${id}/print`

  const check = async () => {
    setBusy(true)
    const found: Record<string, Check> = {}
    for (const product of products) {
      const response = await fetch(`${base}/${product.id}?format=json`, { credentials: 'include' }).catch(() => null)
      found[product.id] = response ? ((await response.json().catch(() => ({ message: '预览失败' }))) as Check) : { message: '无法连接后台' }
      setChecks({ ...found })
    }
    setBusy(false)
  }

  return (
    <div className="print-panel" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.25rem' }}>打印预览</h4>
      <p style={muted}>按已保存的稿件排版（包括尚未发布的修改）；改动后请先保存再预览。</p>
      <p style={muted}>交给印刷厂请用「CMYK 印刷版」（含出血和裁切标记）；普通版适合办公室打印机打印或在手机上查看。</p>
      <div style={list}>
        {products.map((product) => {
          const result = checks[product.id]
          return (
            <div key={product.id}>
              <div style={row}>
                <a href={`${base}/${product.id}`} target="_blank" rel="noopener">
                  {product.label}
                </a>
                <a href={`${base}/${product.id}?cmyk=1`} target="_blank" rel="noopener" style={muted}>
                  CMYK 印刷版
                </a>
              </div>
              {result && (
                <div style={muted} data-print-check={product.id}>
                  {result.message ??
                    `${result.pages} 页，${Math.round((result.bytes ?? 0) / 1024)} KB${result.warnings?.length ? '' : '，没有问题'}`}
                  {result.warnings && result.warnings.length > 0 && (
                    <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.2em', color: 'var(--theme-warning-700, #8a5300)' }}>
                      {result.warnings.map((warning) => (
                        <li key={warning}>{warning}</li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
            </div>
          )
        })}
      </div>
      <Button buttonStyle="secondary" size="small" onClick={check} disabled={busy}>
        {busy ? '正在排版……' : '检查印刷效果'}
      </Button>
    </div>
  )
}
