import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The plugin and shared code are TypeScript source in the workspace.
  transpilePackages: ['@genomics-hub/content-models', '@genomics-hub/shared'],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: path.resolve(dirname, '..') },
  // The live site's addresses end in / (as on any static host): serve them as they are, not
  // through Next's redirect to the address without it (serve-static.ts adds missing slashes).
  skipTrailingSlashRedirect: true,
  // Type checking is its own step (`pnpm typecheck`), not part of every admin build.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
