/**
 * Builds Lexical rich text (the editor's JSON) from simple blocks, so seed content reads
 * like prose. Strings are paragraphs; `## ` starts an h2, `### ` an h3; arrays are bullet
 * lists; `[label](https://...)` inside text becomes a link.
 */
type Block = string | string[]

const common = { direction: 'ltr', format: '', indent: 0, version: 1 }

function inline(text: string) {
  const nodes: Record<string, unknown>[] = []
  const pattern = /\[([^\]]+)\]\((https?:\/\/[^)]+)\)/g
  let last = 0
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) nodes.push(textNode(text.slice(last, match.index)))
    nodes.push({
      ...common,
      type: 'link',
      fields: { url: match[2], newTab: false, linkType: 'custom' },
      children: [textNode(match[1])],
    })
    last = match.index + match[0].length
  }
  if (last < text.length) nodes.push(textNode(text.slice(last)))
  return nodes
}

function textNode(text: string) {
  return { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
}

function block(item: Block) {
  if (Array.isArray(item)) {
    return {
      ...common,
      type: 'list',
      listType: 'bullet',
      tag: 'ul',
      start: 1,
      children: item.map((text, i) => ({ ...common, type: 'listitem', value: i + 1, children: inline(text) })),
    }
  }
  const heading = /^(#{2,3}) (.*)$/.exec(item)
  if (heading) {
    return { ...common, type: 'heading', tag: heading[1] === '##' ? 'h2' : 'h3', children: inline(heading[2]) }
  }
  return { ...common, type: 'paragraph', textFormat: 0, children: inline(item) }
}

export function richText(...blocks: Block[]) {
  return { root: { ...common, type: 'root', children: blocks.map(block) } }
}
