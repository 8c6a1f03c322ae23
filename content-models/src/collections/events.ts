import type { CollectionConfig, DateField, Field } from 'payload'
import { RESERVED_EVENT_SLUGS } from '@genomics-hub/shared/content'
import { draftedContentAccess } from '../access'
import { contributorsSaveDraftsOnly } from '../hooks/contributor-drafts'
import { DRAFTS_WITH_SCHEDULING, type RelationTargets } from '../options'
import { httpUrlField } from '../fields/http-url'
import { calendarDateField } from '../fields/london-date'
import { audienceOptions, eventFormatOptions, eventStatusOptions } from '../fields/options'
import { slugField } from '../fields/slug'
import { clearOtherTiming } from '../hooks/event-timing'
import { eventIdentity, identityFieldAccess } from '../hooks/event-identity'

type Siblings = { siblingData?: Record<string, unknown> }

const DATE_TIME_PICKER = { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'd MMM yyyy, HH:mm' } as const

/** A wall-clock time in the hub's zone, stored as an instant (the zone is kept beside it). */
function timedField(name: 'start' | 'end', label: string, timezone: string, validate: DateField['validate']): DateField {
  return {
    name,
    label,
    type: 'date',
    timezone: { defaultTimezone: timezone, supportedTimezones: [{ label: timezone, value: timezone }] },
    admin: {
      date: DATE_TIME_PICKER,
      condition: (data) => !data?.allDay,
      width: '50%',
    },
    validate,
  } as DateField
}

/** A place for people to go to (in person, hybrid) or a way to join (online, hybrid). */
function neededFor(formats: string[], message: string) {
  return (value: unknown, { siblingData }: Siblings) => {
    const format = String(siblingData?.format ?? '')
    const empty = typeof value !== 'string' || !value.trim()
    return formats.includes(format) && empty ? message : true
  }
}

const formatTime = (value: unknown, timezone: string) =>
  new Date(String(value)).toLocaleString('en-GB', { timeZone: timezone, dateStyle: 'medium', timeStyle: 'short' })

/**
 * Training events, shown on the calendar and in the iCal feeds. `relations.eventCategories`
 * names the categories collection (the field is left out when it is off).
 */
export function eventsCollection(options: { timezone: string; uidDomain: string; relations: RelationTargets }): CollectionConfig {
  const { timezone } = options
  return {
    slug: 'events',
    labels: { singular: 'Event', plural: 'Events' },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'start', 'startDate', 'status', '_status'],
      group: 'Content',
      description: `Training events. Times are ${timezone} wall-clock times.`,
    },
    access: draftedContentAccess,
    versions: DRAFTS_WITH_SCHEDULING,
    defaultSort: 'start',
    hooks: {
      beforeOperation: [contributorsSaveDraftsOnly],
      beforeChange: [clearOtherTiming, eventIdentity(options.uidDomain)],
    },
    fields: [
      { name: 'title', type: 'text', required: true },
      slugField({ reserved: RESERVED_EVENT_SLUGS }),
      { name: 'summary', type: 'textarea', required: true, maxLength: 400 },
      { name: 'description', type: 'richText' },
      {
        name: 'allDay',
        label: 'All-day event',
        type: 'checkbox',
        defaultValue: false,
        admin: { description: 'All-day events have dates only, no times.' },
      },
      {
        type: 'row',
        fields: [
          timedField('start', 'Starts', timezone, (value: unknown, { siblingData }: Siblings) => {
            if (siblingData?.allDay) return true
            return value ? true : 'Enter the date and time the event starts.'
          }),
          timedField('end', 'Ends', timezone, (value: unknown, { siblingData }: Siblings) => {
            if (siblingData?.allDay) return true
            if (!value) return 'Enter the date and time the event ends.'
            const start = siblingData?.start
            if (start && Date.parse(String(value)) < Date.parse(String(start))) {
              return `The event ends (${formatTime(value, timezone)}) before it starts (${formatTime(start, timezone)}). Set an end after the start.`
            }
            return true
          }),
        ],
      },
      {
        type: 'row',
        admin: { condition: (data) => Boolean(data?.allDay) },
        fields: [
          {
            ...calendarDateField('startDate', 'First day', { admin: { width: '50%' } }),
            validate: requiredWhenAllDay(calendarDateField('startDate', 'First day')),
          },
          {
            ...calendarDateField('endDate', 'Last day', { admin: { width: '50%' } }),
            validate: requiredWhenAllDay(
              calendarDateField('endDate', 'Last day', { after: { field: 'startDate', label: 'First day', orSame: true } }),
            ),
          },
        ],
      },
      { name: 'format', type: 'select', required: true, defaultValue: 'in-person', options: eventFormatOptions },
      {
        name: 'venue',
        type: 'text',
        admin: { condition: (data) => data?.format !== 'online' },
        validate: neededFor(['in-person', 'hybrid'], 'Enter the venue: in-person and hybrid events need a place for people to go to.'),
      },
      { name: 'address', type: 'textarea', admin: { condition: (data) => data?.format !== 'online' } },
      {
        name: 'onlineNote',
        label: 'Joining instructions',
        type: 'textarea',
        admin: {
          condition: (data) => data?.format !== 'in-person',
          description: 'How to join online, e.g. "A Microsoft Teams link is sent to booked attendees."',
        },
        validate: neededFor(
          ['online', 'hybrid'],
          'Enter the joining instructions: online and hybrid events need a note on how to join, e.g. "A Microsoft Teams link is sent to booked attendees."',
        ),
      },
      { name: 'organiser', type: 'text' },
      ...(options.relations.eventCategories
        ? [{ name: 'category', type: 'relationship', relationTo: options.relations.eventCategories } as Field]
        : []),
      { name: 'audience', type: 'select', hasMany: true, options: audienceOptions },
      httpUrlField('bookingUrl', { label: 'Booking link' }),
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'scheduled',
        options: eventStatusOptions,
        admin: { position: 'sidebar', description: 'Cancelled and postponed events stay on the calendar, marked.' },
      },
      {
        name: 'uid',
        label: 'Calendar UID',
        type: 'text',
        unique: true,
        index: true,
        access: identityFieldAccess,
        // A copy is a new event: the hook gives it a UID of its own (not "<uid> - Copy").
        hooks: { beforeDuplicate: [() => null] },
        admin: {
          position: 'sidebar',
          readOnly: true,
          description: 'Fixed when the event is created, so subscribers see updates, not duplicates.',
        },
      },
      {
        name: 'sequence',
        type: 'number',
        defaultValue: 0,
        access: identityFieldAccess,
        hooks: { beforeDuplicate: [() => 0] },
        admin: {
          position: 'sidebar',
          readOnly: true,
          description: 'Goes up when the time, place or status changes.',
        },
      },
      {
        // Written only by the calendar import; a re-import skips copies older than this.
        name: 'importSource',
        label: 'Imported from',
        type: 'group',
        // A calendar's address can hold a private token (Google's secret iCal links): staff only.
        access: { read: ({ req }) => Boolean(req.user), create: () => false, update: () => false },
        admin: {
          position: 'sidebar',
          readOnly: true,
          condition: (data) => Boolean(data?.importSource?.source),
          description: 'Where the calendar import took this event from.',
        },
        fields: [
          { name: 'source', label: 'File or address', type: 'text' },
          { name: 'uid', label: 'UID in the source', type: 'text' },
          { name: 'sequence', label: 'SEQUENCE in the source', type: 'number' },
          {
            name: 'modified',
            label: 'Last changed in the source',
            type: 'date',
            admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'LAST-MODIFIED, or DTSTAMP when there is none.' },
          },
          { name: 'importedAt', label: 'Imported at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        ],
      },
    ],
  }
}

/** The all-day date rules apply only when the event is all-day. */
function requiredWhenAllDay(field: { validate?: unknown }) {
  const check = field.validate as (value: unknown, args: Siblings & { required?: boolean }) => true | string
  return (value: unknown, args: Siblings) => (args.siblingData?.allDay ? check(value, { ...args, required: true }) : true)
}
