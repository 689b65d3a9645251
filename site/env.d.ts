/// <reference types="astro/client" />

// Astro components, as the renderer imports them (Vite compiles them; tsc only needs their shape).
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js'

  const component: AstroComponentFactory
  export default component
}

// The qrcode package's own SVG renderer (what its toString uses), called synchronously.
declare module 'qrcode/lib/renderer/svg-tag.js' {
  import type { QRCode, QRCodeToStringOptions } from 'qrcode'

  export function render(code: QRCode, options?: QRCodeToStringOptions): string
}
