import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

// The public site. Builds normally go through site/build.ts, which picks a fresh
// output folder per build and switches the live site to it when the build succeeds.
export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  cacheDir: './.data/cache/astro',
  site: process.env.SITE_ORIGIN || `http://localhost:${process.env.SITE_PORT || 4321}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [react()],
  devToolbar: { enabled: false },
})
