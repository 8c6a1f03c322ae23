import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { sanitizeRichHtml, stripHtml } from '../src/html'
import { buildFeed } from '../src/ical'
import { sampleEvents } from './sample-events'

// What Payload's Lexical converter writes: no whitespace between tags.
const PAYLOAD_HTML =
  '<p>Practise breaking bad news through <strong>role play</strong>.</p><p>This event is for clinicians.</p>' +
  '<h3>Who it is for</h3><ul><li>Nurses</li><li>GPs &amp; pharmacists</li></ul>' +
  '<p>Bring a pen<br>and a notebook.</p><ol><li>Arrive</li><li>Sign in</li></ol><p>Questions? Email us.</p>'

describe('stripHtml', () => {
  it('separates paragraphs, headings and list items that have no whitespace between them', () => {
    expect(stripHtml(PAYLOAD_HTML)).toBe(
      [
        'Practise breaking bad news through role play.',
        'This event is for clinicians.',
        'Who it is for',
        '- Nurses\n- GPs & pharmacists',
        'Bring a pen\nand a notebook.',
        '- Arrive\n- Sign in',
        'Questions? Email us.',
      ].join('\n\n'),
    )
  })

  it('treats source newlines and indentation as spaces, as a browser does', () => {
    expect(stripHtml('<p>A &amp; B</p>\n<p>C\n   continues</p>')).toBe('A & B\n\nC continues')
    expect(stripHtml('<ul><li><p>Wrapped</p></li><li>Bare</li></ul>')).toBe('- Wrapped\n- Bare')
    expect(stripHtml('  <ul>\n  <li> One </li>\n  <li>Two</li>\n</ul>  ')).toBe('- One\n- Two')
  })

  it('keeps inline text together and decodes entities once', () => {
    expect(stripHtml('<p>Read <a href="https://nhs.uk">the guide</a>, then <em>act</em>.</p>')).toBe('Read the guide, then act.')
    expect(stripHtml('<p>&lt;b&gt; is &amp;lt; &quot;markup&quot; it&#39;s</p>')).toBe('<b> is &lt; "markup" it\'s')
    expect(stripHtml('<p>x</p><script>alert(1)</script><p>y</p>')).toBe('x\n\ny')
    expect(stripHtml('<p title="</p><p>">one</p>')).toBe('one')
    expect(stripHtml('')).toBe('')
  })

  it('with linkTargets, follows a link by its address unless its text is the address', () => {
    const html = '<p>Join on <a href="https://teams.example.org/j/1">Microsoft Teams</a>.</p><p><a href="https://hub.example/">https://hub.example/</a></p>'
    expect(stripHtml(html, { linkTargets: true })).toBe('Join on Microsoft Teams (https://teams.example.org/j/1).\n\nhttps://hub.example/')
    expect(stripHtml(html)).toBe('Join on Microsoft Teams.\n\nhttps://hub.example/')
  })

  it('puts table rows on lines of their own', () => {
    expect(stripHtml('<table><tr><th>Test</th><th>Route</th></tr><tr><td>WGS</td><td>GLH</td></tr></table><p>After</p>')).toBe(
      'Test Route\nWGS GLH\n\nAfter',
    )
  })

  it('gives feeds a description that reads as paragraphs', () => {
    const event = { ...sampleEvents[2], descriptionHtml: PAYLOAD_HTML }
    const text = buildFeed({ name: 'x', events: [event], siteUrl: 'https://hub.example' })
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!
    const description = String(vevent.getFirstPropertyValue('description'))
    expect(description).toContain('role play.\n\nThis event is for clinicians.')
    expect(description).toContain('Who it is for\n\n- Nurses\n- GPs & pharmacists')
    expect(description).not.toMatch(/\.[A-Z]|forNurses/)
  })
})

describe('sanitizeRichHtml: quote blocks', () => {
  const INSET = '<div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span>'

  it('turns a Lexical quote block into NHS.UK inset text, as nhsuk-frontend renders it', () => {
    // Payload's converter writes a quote's text straight into the blockquote.
    expect(sanitizeRichHtml('<p>Before.</p><blockquote>Send <strong>both</strong> samples.</blockquote><p>After.</p>')).toBe(
      `<p>Before.</p>${INSET}<p>Send <strong>both</strong> samples.</p></div><p>After.</p>`,
    )
    expect(sanitizeRichHtml('<blockquote><p>One.</p><p>Two.</p></blockquote>')).toBe(`${INSET}<p>One.</p><p>Two.</p></div>`)
  })

  it('pairs nested quotes and is stable when sanitised again (the site sanitises the export once more)', () => {
    const once = sanitizeRichHtml('<blockquote>Outer <blockquote>inner</blockquote> end</blockquote>')
    expect(once).toBe(`${INSET}Outer ${INSET}<p>inner</p></div> end</div>`)
    expect(sanitizeRichHtml(once)).toBe(once)
  })

  it('allows only the inset text classes', () => {
    expect(sanitizeRichHtml('<div class="nhsuk-inset-text evil" style="x" onclick="y">Hi</div>')).toBe('<div class="nhsuk-inset-text">Hi</div>')
    expect(sanitizeRichHtml('<span class="nhsuk-u-visually-hidden nhsuk-button">x</span><p class="nhsuk-button">y</p>')).toBe(
      '<span class="nhsuk-u-visually-hidden">x</span><p>y</p>',
    )
    expect(sanitizeRichHtml('<blockquote cite="javascript:alert(1)" class="x">Quote</blockquote>')).toBe(`${INSET}<p>Quote</p></div>`)
  })
})
