import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const cmsDir = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  outputFileTracingRoot: path.resolve(cmsDir, '..'),
  turbopack: { root: path.resolve(cmsDir, '..') },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
