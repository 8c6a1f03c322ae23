/** The public site's address (canonical URLs, sitemap, feeds): SITE_URL, or Astro's preview address. */
export const siteUrl = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '')
