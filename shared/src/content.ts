/**
 * Published content as the site receives it: the one contract between the CMS (which
 * exports it) and the site and feeds (which read it). Only published documents, already
 * resolved (relationships as objects, rich text as sanitised HTML, ids as strings).
 */

export type ResourceFormat =
  | 'guide'
  | 'e-learning'
  | 'video'
  | 'podcast'
  | 'factsheet'
  | 'report'
  | 'tool'
  | 'website'

export type Audience =
  | 'gps'
  | 'nurses'
  | 'midwives'
  | 'hospital-doctors'
  | 'genetic-counsellors'
  | 'pharmacists'
  | 'all-healthcare-professionals'

export type ClinicalArea = 'cancer' | 'rare-disease' | 'general'
export type EventFormat = 'in-person' | 'online' | 'hybrid'
export type EventStatus = 'scheduled' | 'cancelled' | 'postponed'

export interface Term {
  id: string
  name: string
  slug: string
  description?: string
}

export interface MediaFile {
  url: string
  alt?: string
  filename: string
  mimeType: string
  filesize: number
  width?: number
  height?: number
  /** Responsive sizes made by sharp, smallest first. */
  sizes?: { name: string; url: string; width: number; height: number }[]
}

export interface Resource {
  id: string
  title: string
  slug: string
  summary: string
  format: ResourceFormat
  topics: Term[]
  audience: Audience[]
  clinicalArea: ClinicalArea
  provider?: string
  /** http(s) link, or absent when the resource is an uploaded document. */
  externalUrl?: string
  document?: MediaFile
  thumbnail?: MediaFile
  bodyHtml?: string
  featured: boolean
  reviewDate?: string
  updatedAt: string
}

export interface FurtherReading {
  label: string
  url: string
  publisher?: string
}

export interface GuidancePage {
  id: string
  title: string
  slug: string
  summary: string
  bodyHtml: string
  furtherReading: FurtherReading[]
  owner: string
  /** London dates, YYYY-MM-DD. */
  lastReviewed: string
  nextReview: string
  navOrder: number
  updatedAt: string
}

/** Timed events are instants (ISO 8601 UTC); all-day events are London dates. */
export type EventTiming =
  | { allDay: false; start: string; end: string }
  | {
      allDay: true
      /** First day, YYYY-MM-DD. */
      startDate: string
      /** Last day, inclusive, YYYY-MM-DD. */
      endDate: string
    }

export type HubEvent = EventTiming & {
  id: string
  title: string
  slug: string
  summary: string
  descriptionHtml: string
  format: EventFormat
  venue?: string
  address?: string
  onlineNote?: string
  organiser?: string
  category?: Term
  audience: Audience[]
  bookingUrl?: string
  status: EventStatus
  /** iCal UID fixed at creation. */
  uid: string
  /** iCal SEQUENCE: grows when time, place or status changes. */
  sequence: number
  createdAt: string
  updatedAt: string
}

/** One step of the whole genome sequencing pathway, in order. */
export interface PathwayStep {
  title: string
  text: string
}

/** The home page: the hub's overview global, when published. */
export interface Overview {
  heading: string
  /** Plain text, shown as the lede. */
  introduction: string
  /** Absent when it has no text. */
  whyGenomicsMatters?: { heading: string; bodyHtml: string }
  /** Absent when it has no steps. */
  pathway?: {
    heading: string
    steps: PathwayStep[]
    /** A published guidance page to read next. */
    guidance?: { slug: string; title: string }
  }
  updatedAt: string
}

export interface PublishedContent {
  /** When the snapshot was taken (ISO instant). */
  exportedAt: string
  timezone: string
  topics: Term[]
  eventCategories: Term[]
  resources: Resource[]
  guidance: GuidancePage[]
  events: HubEvent[]
  /** The home page's content; absent until the hub publishes its overview. */
  overview?: Overview
  /**
   * The folder (relative to the content file) holding the media files the content links to
   * as /media/<file>; the site build copies it into the site. Absent when there are none.
   */
  mediaDir?: string
}

export const AUDIENCE_LABELS: Record<Audience, string> = {
  gps: 'GPs',
  nurses: 'Nurses',
  midwives: 'Midwives',
  'hospital-doctors': 'Hospital doctors',
  'genetic-counsellors': 'Genetic counsellors',
  pharmacists: 'Pharmacists',
  'all-healthcare-professionals': 'All healthcare professionals',
}

export const RESOURCE_FORMAT_LABELS: Record<ResourceFormat, string> = {
  guide: 'Guide',
  'e-learning': 'E-learning',
  video: 'Video',
  podcast: 'Podcast',
  factsheet: 'Factsheet',
  report: 'Report',
  tool: 'Tool',
  website: 'Website',
}

export const CLINICAL_AREA_LABELS: Record<ClinicalArea, string> = {
  cancer: 'Cancer',
  'rare-disease': 'Rare disease',
  general: 'General',
}

export const EVENT_FORMAT_LABELS: Record<EventFormat, string> = {
  'in-person': 'In person',
  online: 'Online',
  hybrid: 'Hybrid',
}

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
}

/** Event slugs the URL scheme uses for other pages (/events/month/, /events/category/). */
export const RESERVED_EVENT_SLUGS = ['month', 'category'] as const

