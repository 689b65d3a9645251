import { existsSync } from 'node:fs'

import { type Browser, chromium } from 'playwright-core'

import { config } from '../../contract/config.ts'

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

// Flags for a headless browser on a closed network, run as root in a container.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

/** CHROMIUM_PATH, else a system Chromium, else the one packaged in @sparticuz/chromium. */
export async function chromiumPath(): Promise<string> {
  const configured = config().chromiumPath
  if (configured) return configured
  const system = SYSTEM_CHROMIUM.find((candidate) => existsSync(candidate))
  if (system) return system
  const packaged = await import('@sparticuz/chromium')
  return packaged.default.executablePath()
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: ARGS, headless: true })
}
