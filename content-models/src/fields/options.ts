import type { Option } from 'payload'
import {
  AUDIENCE_LABELS,
  CLINICAL_AREA_LABELS,
  EVENT_FORMAT_LABELS,
  EVENT_STATUS_LABELS,
  RESOURCE_FORMAT_LABELS,
} from '@genomics-hub/shared/content'

const toOptions = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ label, value }))

export const audienceOptions = toOptions(AUDIENCE_LABELS)
export const resourceFormatOptions = toOptions(RESOURCE_FORMAT_LABELS)
export const clinicalAreaOptions = toOptions(CLINICAL_AREA_LABELS)
export const eventFormatOptions = toOptions(EVENT_FORMAT_LABELS)
export const eventStatusOptions = toOptions(EVENT_STATUS_LABELS)
