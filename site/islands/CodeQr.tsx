/**
 * The 报名码 as a QR code, for staff to scan at check-in (the admin's 签到 panel reads it with
 * the phone camera). Drawn here from the code the resident already holds: the code never
 * leaves the phone for a QR service, and the picture is a plain SVG path (no inline style,
 * so the page's CSP holds).
 */
import QRCode from 'qrcode'
import { useMemo } from 'react'

/** One path of unit squares, one per dark module, inside a quiet zone of `margin` modules. */
export function qrPath(text: string, margin = 2): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const parts: string[] = []
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) parts.push(`M${column + margin} ${row + margin}h1v1h-1z`)
    }
  }
  return { size: modules.size + margin * 2, d: parts.join('') }
}

export function CodeQr({ code, label }: { code: string; label: string }) {
  const { size, d } = useMemo(() => qrPath(code), [code])
  return (
    <figure className="code-qr">
      <svg viewBox={`0 0 ${size} ${size}`} width="180" height="180" role="img" aria-label={label} shapeRendering="crispEdges">
        <rect width={size} height={size} fill="#fff" />
        <path d={d} fill="#000" />
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  )
}
