/**
 * The plain Astro site BENCH=build measures beside ours (issue 20's anchor): nothing but
 * Astro itself, static output, one page per URL from `getStaticPaths`. The bench copies
 * this folder under .data/ and builds it there (bench/buildAnchor.ts).
 */
import { defineConfig } from 'astro/config'

export default defineConfig({
  output: 'static',
  site: 'https://xhl.example.cn',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: './.cache',
  devToolbar: { enabled: false },
})
