import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { smtpSettings } from '../../src/email'
import { startPayload, stopPayload } from '../payload-harness'

/**
 * Password reset needs an email. With SMTP_HOST set it goes by SMTP (Payload's nodemailer
 * adapter: proven end to end against a real SMTP server in tests/e2e/security-password-reset);
 * without, the reset link is written to the server log. Payload's own fallback logged only the
 * address and subject, so a reset could not be completed at all.
 */
describe('SMTP settings from the environment', () => {
  it('are off without SMTP_HOST', () => {
    expect(smtpSettings({})).toBeUndefined()
  })

  it('take the port, security, login and sender, with defaults for what is left out', () => {
    expect(smtpSettings({ SMTP_HOST: 'smtp.nhs.net', SMTP_USER: 'hub', SMTP_PASSWORD: 's3cret', SMTP_FROM_ADDRESS: 'genomics.education@nhs.net' })).toEqual({
      host: 'smtp.nhs.net',
      port: 587,
      security: 'starttls',
      auth: { user: 'hub', pass: 's3cret' },
      fromAddress: 'genomics.education@nhs.net',
      fromName: 'Genomics Education Hub',
    })
    expect(smtpSettings({ SMTP_HOST: 'relay', SMTP_PORT: '465', SMTP_FROM_ADDRESS: 'a@b.nhs.uk', SMTP_FROM_NAME: 'NW GLH' })).toMatchObject({ port: 465, security: 'tls', fromName: 'NW GLH' })
    expect(smtpSettings({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '2525', SMTP_SECURITY: 'none', SMTP_FROM_ADDRESS: 'a@b.nhs.uk' })).toMatchObject({ port: 2525, security: 'none', auth: undefined })
  })

  it.each([
    [{ SMTP_USER: 'hub' }, 'SMTP_USER is set but SMTP_HOST is not: set SMTP_HOST to the mail server to send email by SMTP.'],
    [{ SMTP_HOST: 'relay', SMTP_FROM_ADDRESS: 'a@b.nhs.uk', SMTP_PORT: 'smtp' }, 'SMTP_PORT must be a port number (1 to 65535), not "smtp".'],
    [{ SMTP_HOST: 'relay', SMTP_FROM_ADDRESS: 'a@b.nhs.uk', SMTP_SECURITY: 'ssl' }, 'SMTP_SECURITY must be one of starttls, tls, none, not "ssl".'],
    [{ SMTP_HOST: 'relay', SMTP_FROM_ADDRESS: 'a@b.nhs.uk', SMTP_USER: 'hub' }, 'SMTP_USER and SMTP_PASSWORD go together: set both, or neither for a server that needs no login.'],
    [{ SMTP_HOST: 'relay' }, 'SMTP_FROM_ADDRESS must be the address emails come from (e.g. genomics.education@nhs.net), not empty.'],
    [{ SMTP_HOST: 'relay', SMTP_FROM_ADDRESS: 'Education team' }, 'SMTP_FROM_ADDRESS must be the address emails come from (e.g. genomics.education@nhs.net), not "Education team".'],
  ])('refuse %o with a message that says what to set', (env, message) => {
    expect(() => smtpSettings(env)).toThrow(message)
  })
})

describe('without SMTP settings', () => {
  let payload: Payload
  beforeAll(async () => {
    for (const name of Object.keys(process.env)) if (name.startsWith('SMTP_')) delete process.env[name]
    payload = await startPayload()
  })
  afterAll(async () => stopPayload(payload))

  it('a forgot-password request writes the reset link to the server log, saying the email was not sent', async () => {
    await payload.create({ collection: 'users', data: { email: 'logged-reset@example.nhs.uk', password: 'correct-horse-battery-staple', role: 'editor' } as never, overrideAccess: true })
    const info = vi.spyOn(payload.logger, 'info')
    const token = await payload.forgotPassword({ collection: 'users', data: { email: 'logged-reset@example.nhs.uk' } })
    const logged = info.mock.calls.map(([line]) => String(line)).find((line) => line.startsWith('Email NOT sent'))
    expect(logged).toContain('To: logged-reset@example.nhs.uk')
    expect(logged).toContain(`${payload.config.serverURL}/admin/reset/${token}`)
  })
})
