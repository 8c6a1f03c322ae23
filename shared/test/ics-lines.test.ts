import { describe, expect, it } from 'vitest'
import { contentLines, forbiddenCharacter, physicalLines, printable, unescapeText } from '../src/ics-lines'

describe('physicalLines', () => {
  it('numbers every line and keeps what ended it', () => {
    expect(physicalLines('A:1\r\nB:2\nC:3\rD:4')).toEqual([
      { text: 'A:1', number: 1, ending: '\r\n' },
      { text: 'B:2', number: 2, ending: '\n' },
      { text: 'C:3', number: 3, ending: '\r' },
      { text: 'D:4', number: 4, ending: '' },
    ])
    expect(physicalLines('A:1\r\n\r\nB:2\r\n').map((l) => [l.number, l.text])).toEqual([
      [1, 'A:1'],
      [2, ''],
      [3, 'B:2'],
    ])
  })
})

describe('contentLines', () => {
  it('unfolds a line continued with a space or a tab, numbered by its first line, and skips blank lines', () => {
    const lines = contentLines('BEGIN:VEVENT\r\nSUMMARY:Genomics \r\n  for GPs\r\n\tand nurses\r\n\r\nEND:VEVENT\r\n')
    expect(lines.map((l) => [l.line, l.name, l.value])).toEqual([
      [1, 'BEGIN', 'VEVENT'],
      [2, 'SUMMARY', 'Genomics  for GPsand nurses'],
      [6, 'END', 'VEVENT'],
    ])
  })

  it('reads parameters, quoted ones holding ";", ":" and ",", and a value holding colons', () => {
    const [line] = contentLines('dtstart;tzid="Europe/London;x:y";VALUE=DATE-TIME,X:20260101T100000\r\n')
    expect(line).toMatchObject({
      name: 'DTSTART',
      params: { TZID: 'Europe/London;x:y', VALUE: 'DATE-TIME,X' },
      value: '20260101T100000',
      valid: true,
    })
    expect(contentLines('URL;VALUE=URI:https://example.org:8443/a?b=c;d\r\n')[0]).toMatchObject({
      params: { VALUE: 'URI' },
      value: 'https://example.org:8443/a?b=c;d',
      valid: true,
    })
    expect(contentLines('X-EMPTY;X-P=:value\r\n')[0]).toMatchObject({ params: { 'X-P': '' }, value: 'value', valid: true })
  })

  it('marks lines that do not follow the grammar, keeping their name and text', () => {
    const invalid = [
      'DTSTART;;VALUE=DATE-TIME:20261209T093000',
      'hello',
      ' orphan continuation',
      'SUMMARY',
      'X;A="unterminated:value',
      'X;A="a"b:value',
      'X;A=b"c":value',
      'X;=b:value',
      'X;A:value',
      'SUM MARY:value',
    ]
    for (const text of invalid) expect(contentLines(`${text}\r\n`)[0], text).toMatchObject({ valid: false, text })
    expect(contentLines('DTSTART;;VALUE=DATE-TIME:20261209T093000\r\n')[0]).toMatchObject({ name: 'DTSTART', value: '20261209T093000' })
  })
})

describe('unescapeText', () => {
  it('undoes \\n, \\N, \\\\, \\; and \\, (RFC 5545 3.3.11) and nothing else', () => {
    expect(unescapeText('a\\nb\\Nc\\\\n\\;\\,\\x')).toBe('a\nb\nc\\n;,\\x')
  })
})

describe('forbiddenCharacter', () => {
  it('names the first control character, line separator or DEL a value holds', () => {
    expect(forbiddenCharacter('x\nEND:VEVENT')).toBe('a line feed (U+000A)')
    expect(forbiddenCharacter('x\rEND:VEVENT')).toBe('a carriage return (U+000D)')
    expect(forbiddenCharacter('a\0b')).toBe('a NUL (U+0000)')
    expect(forbiddenCharacter('a\u2028b')).toBe('a line separator (U+2028)')
    expect(forbiddenCharacter('a\u0085b')).toBe('a next-line character (U+0085)')
    expect(forbiddenCharacter('a\x1bb')).toBe('a control character (U+001B)')
    expect(forbiddenCharacter('a\x7fb')).toBe('a control character (U+007F)')
  })

  it('allows tabs, non-ASCII text and, in TEXT values, line breaks', () => {
    expect(forbiddenCharacter('Génomique\tfür Ärzte 🧬')).toBeUndefined()
    expect(forbiddenCharacter('one\r\ntwo\nthree\rfour', { lineBreaks: true })).toBeUndefined()
    expect(forbiddenCharacter('one\ntwo\0', { lineBreaks: true })).toBe('a NUL (U+0000)')
  })
})

describe('printable', () => {
  it('shows forbidden characters as escapes and cuts long text', () => {
    expect(printable('x\nEND:VEVENT\r\x1b[31m')).toBe('x\\nEND:VEVENT\\r\\u{1B}[31m')
    expect(printable('a'.repeat(100))).toBe(`${'a'.repeat(77)}...`)
  })
})
