import type { TextField } from 'payload'
import { checkHttpUrl } from '@genomics-hub/shared/safe-url'

/** A web address that must be absolute http(s): no javascript:, data: or relative links. */
export function httpUrlField(
  name: string,
  overrides: Partial<Omit<TextField, 'type' | 'name'>> = {},
): TextField {
  return {
    name,
    type: 'text',
    ...overrides,
    validate: (value: unknown, args: { required?: boolean }) => {
      if (value === undefined || value === null || value === '') {
        return overrides.required || args.required ? 'Enter a web address starting with https://' : true
      }
      return checkHttpUrl(value)
    },
  } as TextField
}
