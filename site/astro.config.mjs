import mdx from '@astrojs/mdx'
import sitemap from '@astrojs/sitemap'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'astro/config'
import { siteUrl } from './site-url.mjs'

export default defineConfig({
  site: siteUrl,
  // Draft previews are served under a path of their own (see cms/src/publishing/preview.ts).
  base: process.env.SITE_BASE || '/',
  output: 'static',
  outDir: process.env.SITE_OUT_DIR || './dist',
  // Each build gets its own cache (scripts/build.mjs), so a draft preview and a live rebuild
  // running at once never read each other's content store.
  cacheDir: process.env.SITE_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap()],
  // A build is a pure function of the content file: no dev toolbar, no prefetch scripts.
  devToolbar: { enabled: false },
  vite: {
    css: { preprocessorOptions: { scss: { loadPaths: [fileURLToPath(new URL('./node_modules', import.meta.url))], quietDeps: true, silenceDeprecations: ['import'] } } },
  },
})
