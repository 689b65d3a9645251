/**
 * The components every printed piece is built from: a sheet with bleed and slug, a photo,
 * a QR code linking back to the online page, and the fitter's attributes. Pieces are React
 * elements rendered to static markup, so every text and attribute is escaped by React.
 */
import { Fragment, type ReactElement, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { qrModules } from '../lib/qr.ts'
import { PRINT } from '../styles/tokens.ts'
import type { DataAttributes } from './RichText.tsx'

/** A piece's body markup. */
export function markup(element: ReactElement): string {
  const html = renderToStaticMarkup(element)
  // React hoists a preload for an <img> it may fetch early; in a piece it would be the body's first child.
  if (html.startsWith('<link')) throw new Error(`打印版式生成了多余的预加载标签：${html.slice(0, 80)}`)
  return html
}

/** One page: bleed artwork behind (clipped to the bleed), trimmed content inside. Crop marks are drawn on the finished PDF. */
export function Sheet({ bleed, children }: { bleed?: ReactNode; children: ReactNode }) {
  return (
    <section className="sheet">
      <div className="bleed">{bleed}</div>
      <div className="trim">{children}</div>
    </section>
  )
}

/** A photo prepared for print (images.ts). Low fetch priority: React then adds no preload tag before the piece. */
export function PrintImage({ photo }: { photo: { src: string; alt: string } }) {
  // biome-ignore lint/performance/noImgElement: a printed piece, not a Next.js page.
  return <img src={photo.src} alt={photo.alt} fetchPriority="low" />
}

/** A vector QR code (medium error correction) for an absolute URL. */
export function QrCode({ url, label }: { url: string; label: string }) {
  const { size, path } = qrModules(url)
  return (
    <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges">
      <path fill={PRINT.qrLight} d={`M0 0h${size}v${size}H0z`} />
      <path stroke={PRINT.qrDark} d={path} />
    </svg>
  )
}

/** The QR code to the online page with 扫码阅读全文, the site's name and the address: every poster and leaflet ends with it. */
export function ReadOnline({ url, name, siteName }: { url: string; name: string; siteName: string }) {
  return (
    <div className="qr">
      <QrCode url={url} label={`${name}的网页二维码`} />
      <div>
        <p>
          <strong>扫码阅读全文</strong>
        </p>
        <p>{siteName}</p>
        <p className="url">{url}</p>
      </div>
    </div>
  )
}

/** The fitter's attributes (render.ts) for a one-line box: shrunk to `min` pt, then shortened with an ellipsis. */
export const fitText = (min: number, warning: string) => ({ 'data-fit': 'text', 'data-fit-min': min, 'data-fit-warning': warning })

/** The fitter's attributes for a block box: shrunk to `min` pt, then cut after whole blocks, ending with `more`. */
export const fitBlock = (min: number, more: string, warning: string) => ({
  'data-fit': '',
  'data-fit-min': min,
  'data-fit-more': more,
  'data-fit-warning': warning,
})

/** Short facts (地址, 开放时间 …) as a list; `fitValue` gives each value's fitter attributes. */
export function Facts({ facts, fitValue }: { facts: { label: string; value: string }[]; fitValue?: (label: string) => DataAttributes }) {
  return (
    <dl className="facts">
      {facts.map((fact) => (
        <Fragment key={fact.label}>
          <dt>{fact.label}</dt>
          <dd {...fitValue?.(fact.label)}>{fact.value}</dd>
        </Fragment>
      ))}
    </dl>
  )
}
