import { randomUUID } from 'node:crypto'
import type { CollectionBeforeChangeHook, FieldAccess } from 'payload'

/** Fields whose change makes subscribers' calendars need the new version (RFC 5545 SEQUENCE). */
export const SEQUENCED_FIELDS = [
  'allDay',
  'start',
  'end',
  'startDate',
  'endDate',
  'format',
  'venue',
  'address',
  'onlineNote',
  'status',
] as const

function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => {
    if (v === undefined || v === null || v === '') return null
    if (v instanceof Date) return v.toISOString()
    // Dates arrive as ISO strings with or without milliseconds: compare as instants.
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) {
      const t = Date.parse(v)
      return Number.isNaN(t) ? v : new Date(t).toISOString()
    }
    return v
  }
  return norm(a) === norm(b)
}

/**
 * `uid` and `sequence` are the plugin's: no one writes them through REST, GraphQL or the admin
 * (a value sent there is dropped, and the stored one kept). Payload skips field access for
 * trusted server code (Local API with `overrideAccess: true`), which is how the calendar import
 * brings an event's original UID and a higher SEQUENCE; `eventIdentity` still decides what is
 * stored (the UID never changes, the sequence never goes down).
 */
export const identityFieldAccess: { create: FieldAccess; update: FieldAccess } = {
  create: () => false,
  update: () => false,
}

/**
 * The iCal UID is fixed when an event is created (an import may bring its original UID) and
 * never changes; the sequence grows whenever time, place or status changes, so calendar apps
 * replace the old version instead of showing two.
 */
export function eventIdentity(uidDomain: string): CollectionBeforeChangeHook {
  return ({ data, originalDoc, operation }) => {
    if (operation === 'create' || !originalDoc) {
      const uid = typeof data.uid === 'string' && data.uid.trim() ? data.uid.trim() : `${randomUUID()}@${uidDomain}`
      const sequence = Number.isInteger(data.sequence) && data.sequence > 0 ? data.sequence : 0
      return { ...data, uid, sequence }
    }
    const changed = SEQUENCED_FIELDS.some((field) => field in data && !sameValue(data[field], originalDoc[field]))
    const current = Number(originalDoc.sequence ?? 0)
    let sequence = changed ? current + 1 : current
    // An import may bring a higher SEQUENCE from the source calendar; it only ever grows.
    if (Number.isInteger(data.sequence) && data.sequence > sequence) sequence = data.sequence
    return { ...data, uid: originalDoc.uid, sequence }
  }
}
