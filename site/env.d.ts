/// <reference types="astro/client" />

// Astro components, as the renderer imports them (Vite compiles them; tsc only needs their shape).
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js'

  const component: AstroComponentFactory
  export default component
}
