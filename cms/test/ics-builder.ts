/** Small calendars written in a test, CRLF like real exports; the first VEVENT is on line 4. */
export const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n')
export const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']

/** A one-hour London event. */
export const timed = (uid: string, title: string, start: string, ...more: string[]) =>
  vevent(`UID:${uid}`, `SUMMARY:${title}`, `DTSTART;TZID=Europe/London:${start}`, 'DURATION:PT1H', ...more)
