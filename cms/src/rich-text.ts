/**
 * Builds Lexical rich text (the editor's JSON, as @payloadcms/richtext-lexical stores it) from
 * simple blocks, so seed and import content reads like prose:
 * - a string is a paragraph; `## ` starts an h2, `### ` an h3;
 * - an array of strings is a bullet list; `{ numbered: [...] }` a numbered list;
 * - `[label](https://...)` inside any text becomes a link.
 */
export type Block = string | string[] | { numbered: string[] }

const common = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

function textNode(text: string) {
  return { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
}

function inline(text: string) {
  const nodes: Record<string, unknown>[] = []
  const pattern = /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g
  let last = 0
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) nodes.push(textNode(text.slice(last, match.index)))
    nodes.push({
      ...common,
      type: 'link',
      // Version 3 is what Payload's LinkNode exports today.
      version: 3,
      fields: { url: match[2], newTab: false, linkType: 'custom' },
      children: [textNode(match[1])],
    })
    last = match.index + match[0].length
  }
  if (last < text.length) nodes.push(textNode(text.slice(last)))
  return nodes
}

function list(items: string[], numbered: boolean) {
  return {
    ...common,
    type: 'list',
    listType: numbered ? 'number' : 'bullet',
    tag: numbered ? 'ol' : 'ul',
    start: 1,
    children: items.map((text, i) => ({ ...common, type: 'listitem', value: i + 1, children: inline(text) })),
  }
}

function block(item: Block) {
  if (Array.isArray(item)) return list(item, false)
  if (typeof item === 'object') return list(item.numbered, true)
  const heading = /^(#{2,3}) (.*)$/.exec(item)
  if (heading) {
    return { ...common, type: 'heading', tag: heading[1] === '##' ? 'h2' : 'h3', children: inline(heading[2]) }
  }
  return { ...common, type: 'paragraph', textFormat: 0, textStyle: '', children: inline(item) }
}

/** Lexical editor state for the blocks, ready for a richText field. */
export function richText(...blocks: Block[]) {
  return { root: { ...common, type: 'root', children: blocks.map(block) } }
}
