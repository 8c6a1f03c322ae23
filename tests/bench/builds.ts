import fs from 'node:fs'
import path from 'node:path'
import { median, type Timed, timed } from './measure'

export interface BuildFigures {
  pages: number
  buildRuns: number[]
  astroFloorRuns: number[]
  /** Median seconds of each step the build script reports (astro, css, media, search index). */
  buildSteps: Record<string, number>
  peakRssMb: number
  astroFloorPeakRssMb: number
}

/** "Site built into ... in 25.5 s (astro 19.9 s, css 2.2 s, ...)" from the build script. */
function steps(build: Timed): Record<string, number> {
  const list = /Site built into .* in [\d.]+ s \((.*)\)/.exec(build.output)?.[1] ?? ''
  return Object.fromEntries([...list.matchAll(/([a-z ]+) ([\d.]+) s/g)].map((m) => [m[1].trim(), Number(m[2])]))
}

/**
 * The floor: a bare Astro project writing as many pages with trivial content, built by the
 * site's own Astro. A true floor: no layout, no content store, no CSS, no integrations.
 */
function writeFloorProject(dir: string, pages: number) {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), "export default { output: 'static', devToolbar: { enabled: false } }\n")
  fs.writeFileSync(
    path.join(dir, 'src', 'pages', '[...slug].astro'),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: 'page-' + i } })) }\nconst { slug } = Astro.params\n---\n<html lang="en"><head><title>{slug}</title></head><body><h1>{slug}</h1></body></html>\n`,
  )
}

/**
 * The site's real build script (Astro, CSS purge, media, Pagefind) and the bare Astro floor,
 * alternated `runs` times so that a change in the machine's load falls on both.
 */
export async function measureBuilds(root: string, work: string, contentFile: string, env: NodeJS.ProcessEnv, runs: number): Promise<BuildFigures> {
  const siteRoot = path.join(root, 'site')
  const siteDir = path.join(work, 'site')
  // Inside the site package, so that the floor's Astro resolves as the site's does.
  const floorDir = path.join(siteRoot, '.bench-floor')
  const builds: Timed[] = []
  const floors: Timed[] = []
  let pages = 0
  try {
    for (let i = 0; i < runs; i++) {
      console.log(`Build ${i + 1} of ${runs}`)
      // Each build and floor writes into an empty folder: removing the last run's thousands
      // of files is not what is measured.
      fs.rmSync(siteDir, { recursive: true, force: true })
      builds.push(
        await timed(process.execPath, [path.join(siteRoot, 'scripts', 'build.mjs')], {
          cwd: siteRoot,
          env: { ...env, HUB_CONTENT_FILE: contentFile, SITE_OUT_DIR: siteDir },
        }),
      )
      if (i === 0) {
        pages = fs.readdirSync(siteDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length
        writeFloorProject(floorDir, pages)
      }
      console.log(`Astro floor ${i + 1} of ${runs}`)
      fs.rmSync(path.join(work, 'floor'), { recursive: true, force: true })
      floors.push(
        await timed(process.execPath, [path.join(siteRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent', '--root', floorDir, '--outDir', path.join(work, 'floor')], {
          cwd: siteRoot,
          env,
        }),
      )
    }
  } finally {
    fs.rmSync(floorDir, { recursive: true, force: true })
  }
  const stepNames = Object.keys(steps(builds[0]))
  return {
    pages,
    buildRuns: builds.map((b) => b.seconds),
    astroFloorRuns: floors.map((f) => f.seconds),
    buildSteps: Object.fromEntries(stepNames.map((name) => [name, median(builds.map((b) => steps(b)[name] ?? 0))])),
    peakRssMb: Math.max(...builds.map((b) => b.peakRssMb)),
    astroFloorPeakRssMb: Math.max(...floors.map((f) => f.peakRssMb)),
  }
}
