import sharp from 'sharp'

/**
 * Thumbnails for the demo library, drawn as SVG and rendered to PNG by sharp (Payload's own
 * image library). Shapes only, no lettering: the host may have no fonts, and the words belong
 * in the alt text.
 */
const WIDTH = 1280
const HEIGHT = 720
const NHS = { blue: '#005eb8', darkBlue: '#003087', lightBlue: '#41b6e6', paleGrey: '#e8edee', black: '#212b32', white: '#ffffff', purple: '#330072' }

const svg = (background: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><rect width="${WIDTH}" height="${HEIGHT}" fill="${background}"/>${body}</svg>`

/** Four circles joined by arrows, each holding as many dots as its step number. */
function pathway(): string {
  const xs = [200, 493, 786, 1080]
  const circles = xs.map((x, i) => {
    const dots = Array.from({ length: i + 1 }, (_, d) => `<circle cx="${x - 18 * i + 36 * d}" cy="360" r="12" fill="${NHS.blue}"/>`).join('')
    return `<circle cx="${x}" cy="360" r="100" fill="${NHS.white}"/>${dots}`
  })
  const arrows = xs.slice(0, -1).map((x) => {
    const from = x + 115
    const to = x + 293 - 115
    return `<line x1="${from}" y1="360" x2="${to - 22}" y2="360" stroke="${NHS.white}" stroke-width="14"/><polygon points="${to},360 ${to - 34},338 ${to - 34},382" fill="${NHS.white}"/>`
  })
  return svg(NHS.blue, [...arrows, ...circles].join(''))
}

/** A three-generation pedigree: squares for males, circles for females, affected shaded. */
function pedigree(): string {
  const size = 100
  const line = (x1: number, y1: number, x2: number, y2: number) => `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${NHS.black}" stroke-width="6"/>`
  const male = (x: number, y: number, affected = false) =>
    `<rect x="${x - size / 2}" y="${y - size / 2}" width="${size}" height="${size}" fill="${affected ? NHS.darkBlue : NHS.white}" stroke="${NHS.black}" stroke-width="6"/>`
  const female = (x: number, y: number, affected = false) =>
    `<circle cx="${x}" cy="${y}" r="${size / 2}" fill="${affected ? NHS.darkBlue : NHS.white}" stroke="${NHS.black}" stroke-width="6"/>`
  return svg(
    NHS.paleGrey,
    [
      // Grandparents, and their son and daughter.
      line(390, 130, 490, 130), line(440, 130, 440, 250), line(240, 250, 640, 250), line(240, 250, 240, 340), line(640, 250, 640, 340),
      male(340, 130), female(540, 130, true), male(240, 390), female(640, 390, true),
      // The daughter's partner, and their son (affected) and daughter.
      line(690, 390, 830, 390), line(760, 390, 760, 500), line(660, 500, 860, 500), line(660, 500, 660, 560), line(860, 500, 860, 560),
      male(880, 390), male(660, 610, true), female(860, 610),
    ].join(''),
  )
}

/** Two strands twisting round each other, joined by base pairs. */
function doubleHelix(): string {
  const parts: string[] = []
  const strand = (sign: number) =>
    Array.from({ length: 109 }, (_, i) => {
      const x = 100 + i * 10
      return `${x},${(360 + sign * 200 * Math.sin(x / 120)).toFixed(1)}`
    }).join(' ')
  for (let x = 110; x <= 1170; x += 40) {
    const dy = 200 * Math.sin(x / 120)
    parts.push(`<line x1="${x}" y1="${(360 - dy).toFixed(1)}" x2="${x}" y2="${(360 + dy).toFixed(1)}" stroke="${NHS.lightBlue}" stroke-width="10"/>`)
  }
  parts.push(`<polyline points="${strand(1)}" fill="none" stroke="${NHS.white}" stroke-width="18"/>`)
  parts.push(`<polyline points="${strand(-1)}" fill="none" stroke="${NHS.white}" stroke-width="18"/>`)
  return svg(NHS.darkBlue, parts.join(''))
}

/** Three blood tubes with the purple (EDTA) caps genomic tests ask for: a trio. */
function trioTubes(): string {
  // The blood is a rectangle clipped to the tube, so its surface is level.
  const tube = (x: number, i: number) =>
    `<clipPath id="tube${i}"><rect x="${x - 60}" y="210" width="120" height="400" rx="60"/></clipPath>` +
    `<rect x="${x - 60}" y="210" width="120" height="400" rx="60" fill="${NHS.white}"/>` +
    `<rect x="${x - 60}" y="380" width="120" height="230" fill="#8a1538" clip-path="url(#tube${i})"/>` +
    `<rect x="${x - 60}" y="210" width="120" height="400" rx="60" fill="none" stroke="${NHS.black}" stroke-width="6"/>` +
    `<rect x="${x - 72}" y="120" width="144" height="110" rx="14" fill="${NHS.purple}"/>`
  return svg(NHS.paleGrey, [390, 640, 890].map(tube).join(''))
}

export const ILLUSTRATIONS = { pathway, pedigree, doubleHelix, trioTubes }

/** The illustration as PNG bytes. */
export function illustrationPng(name: keyof typeof ILLUSTRATIONS): Promise<Buffer> {
  return sharp(Buffer.from(ILLUSTRATIONS[name]())).png({ compressionLevel: 9, palette: true }).toBuffer()
}
