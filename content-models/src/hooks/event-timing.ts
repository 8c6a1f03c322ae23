import type { CollectionBeforeChangeHook } from 'payload'

/**
 * An event is timed (start, end) or all-day (startDate, endDate), never both. Switching kind
 * clears the other kind's stored values, so no stale times linger to surface in a feed or an
 * export later. A save that does not mention `allDay` keeps the event's current kind.
 */
export const clearOtherTiming: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const allDay = Boolean(data.allDay ?? originalDoc?.allDay)
  return allDay ? { ...data, start: null, end: null } : { ...data, startDate: null, endDate: null }
}
