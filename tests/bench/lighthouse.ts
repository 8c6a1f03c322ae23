import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'

export type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>

/**
 * Lighthouse (mobile defaults) on each URL with Debian's Chromium: the four category scores,
 * 0-100. Lighthouse and Chromium come from npm and Debian; nothing is downloaded.
 */
export async function lighthouseScores(urls: Record<string, string>): Promise<Record<string, Scores>> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    const results: Record<string, Scores> = {}
    for (const [name, url] of Object.entries(urls)) {
      const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' })
      const categories = run!.lhr.categories
      const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100)
      results[name] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      }
    }
    return results
  } finally {
    chrome.kill()
  }
}
