import type { MediaFile } from '@genomics-hub/shared/content'

/**
 * The address of a media file the build copied into the site (/media/<file>), under the
 * site's base path (a draft preview is served under one); other addresses as they are.
 */
export const mediaUrl = (url: string) => (url.startsWith('/media/') ? `${import.meta.env.BASE_URL.replace(/\/$/, '')}${url}` : url)

/**
 * An uploaded image as <img> attributes: the sizes sharp made as a srcset (the browser picks
 * the smallest that fills the space), the original's proportions as width and height so the
 * page does not jump while it loads.
 */
export function responsiveImage(image: MediaFile) {
  // A srcset only holds the same picture at other widths: leave out crops (the 4:3 thumbnail).
  const ratio = image.width && image.height ? image.width / image.height : undefined
  const sizes = (image.sizes ?? []).filter((size) => !ratio || Math.abs(size.width / size.height - ratio) < 0.02)
  const candidates = [...sizes, ...(image.width ? [{ url: image.url, width: image.width }] : [])]
  const fallback = sizes.find((size) => size.width >= 640) ?? sizes.at(-1)
  return {
    src: mediaUrl(fallback?.url ?? image.url),
    srcset: candidates.length > 1 ? candidates.map((c) => `${mediaUrl(c.url)} ${c.width}w`).join(', ') : undefined,
    width: image.width,
    height: image.height,
    alt: image.alt ?? '',
  }
}
