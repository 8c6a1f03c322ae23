import { spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Scores = Record<(typeof CATEGORIES)[number], number>

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/** Serves a built site with `astro preview` (the site's own static server) until `stop`. */
async function serve(siteRoot: string, outDir: string): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort()
  const child = spawn(process.execPath, [path.join(siteRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: siteRoot,
    env: { ...process.env, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  })
  const origin = `http://127.0.0.1:${port}`
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`astro preview exited ${child.exitCode}`)
    if (await fetch(origin).then((r) => r.ok, () => false)) break
    if (waited > 30_000) throw new Error('astro preview did not start in 30 s')
    await new Promise((r) => setTimeout(r, 250))
  }
  return { origin, stop: () => child.kill() }
}

/**
 * Lighthouse (its default mobile settings) with Debian's Chromium on each page of the built
 * site, served locally: the four category scores, 0-100. A category without a score (the
 * page did not load, an audit crashed) is an error, never a 0.
 */
export async function lighthouseScores(siteRoot: string, outDir: string, pages: Record<string, string>): Promise<Record<string, Scores>> {
  const server = await serve(siteRoot, outDir)
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    const results: Record<string, Scores> = {}
    for (const [name, page] of Object.entries(pages)) {
      const run = await lighthouse(`${server.origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
      const lhr = run?.lhr
      if (lhr?.runtimeError) throw new Error(`Lighthouse on ${page}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
      const scores = {} as Scores
      for (const category of CATEGORIES) {
        const score = lhr?.categories[category]?.score
        if (typeof score !== 'number') throw new Error(`Lighthouse gave ${page} no ${category} score`)
        scores[category] = Math.round(score * 100)
      }
      results[name] = scores
      console.log(`Lighthouse ${name} (${page}): ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`)
    }
    return results
  } finally {
    chrome.kill()
    server.stop()
  }
}
