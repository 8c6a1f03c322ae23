import { stripHtml } from '@genomics-hub/shared/html'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

/**
 * How the CMS sends email (password resets). With SMTP_HOST set: by SMTP, through Payload's
 * nodemailer adapter. Without it: each message, links included, is written to the server log
 * instead (as in development), saying that it was not sent.
 *
 *   SMTP_HOST          the mail server (required for SMTP)
 *   SMTP_PORT          default 587; 465 means TLS from the start
 *   SMTP_SECURITY      starttls (default), tls (default on port 465), or none (no encryption:
 *                      only for a relay on this machine or a test sink)
 *   SMTP_USER, SMTP_PASSWORD   both or neither
 *   SMTP_FROM_ADDRESS  the sender's address (required for SMTP)
 *   SMTP_FROM_NAME     default "Genomics Education Hub"
 */
export interface SmtpSettings {
  host: string
  port: number
  security: 'starttls' | 'tls' | 'none'
  auth?: { user: string; pass: string }
  fromAddress: string
  fromName: string
}

const SECURITY = ['starttls', 'tls', 'none'] as const
const SENDER = 'Genomics Education Hub'

/** The SMTP settings from the environment, or undefined when SMTP_HOST is not set. A bad setting throws, naming it. */
export function smtpSettings(env: Record<string, string | undefined> = process.env): SmtpSettings | undefined {
  const value = (name: string) => env[name]?.trim() || undefined
  const host = value('SMTP_HOST')
  if (!host) {
    const stray = ['SMTP_PORT', 'SMTP_SECURITY', 'SMTP_USER', 'SMTP_PASSWORD', 'SMTP_FROM_ADDRESS'].filter(value)
    if (stray.length) throw new Error(`${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but SMTP_HOST is not: set SMTP_HOST to the mail server to send email by SMTP.`)
    return undefined
  }
  const port = Number(value('SMTP_PORT') ?? 587)
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`SMTP_PORT must be a port number (1 to 65535), not "${value('SMTP_PORT')}".`)
  const security = value('SMTP_SECURITY') ?? (port === 465 ? 'tls' : 'starttls')
  if (!SECURITY.includes(security as SmtpSettings['security'])) throw new Error(`SMTP_SECURITY must be one of ${SECURITY.join(', ')}, not "${security}".`)
  const [user, pass] = [value('SMTP_USER'), env.SMTP_PASSWORD || undefined]
  if (Boolean(user) !== Boolean(pass)) throw new Error('SMTP_USER and SMTP_PASSWORD go together: set both, or neither for a server that needs no login.')
  const fromAddress = value('SMTP_FROM_ADDRESS')
  if (!fromAddress || !/^[^\s@<>"]+@[^\s@<>"]+$/.test(fromAddress)) {
    throw new Error(`SMTP_FROM_ADDRESS must be the address emails come from (e.g. genomics.education@nhs.net), not ${fromAddress ? `"${fromAddress}"` : 'empty'}.`)
  }
  return { host, port, security: security as SmtpSettings['security'], auth: user && pass ? { user, pass } : undefined, fromAddress, fromName: value('SMTP_FROM_NAME') ?? SENDER }
}

const recipients = (to: SendEmailOptions['to']): string =>
  (Array.isArray(to) ? to : [to]).map((r) => (typeof r === 'object' && r ? r.address : String(r ?? ''))).join(', ')

/** Without SMTP: the message is written to the log, so that a developer can follow its links. */
export const logEmailAdapter: EmailAdapter = ({ payload }) => {
  payload.logger.warn('No mail server is set (SMTP_HOST): emails such as password resets are written to this log instead of being sent.')
  return {
    name: 'log',
    defaultFromAddress: 'no-reply@localhost',
    defaultFromName: SENDER,
    sendEmail: async (message) => {
      const body = message.text ? String(message.text) : stripHtml(String(message.html ?? ''), { linkTargets: true }).trim()
      payload.logger.info(`Email NOT sent (no SMTP_HOST set), written here instead.\nTo: ${recipients(message.to)}\nSubject: ${message.subject}\n\n${body}`)
    },
  }
}

/** The email adapter the environment asks for. */
export function emailAdapter(env: Record<string, string | undefined> = process.env): EmailAdapter | Promise<EmailAdapter> {
  const smtp = smtpSettings(env)
  if (!smtp) return logEmailAdapter
  return nodemailerAdapter({
    defaultFromAddress: smtp.fromAddress,
    defaultFromName: smtp.fromName,
    // No connection when the config is loaded (the CLI commands and type generation load it too).
    skipVerify: true,
    transportOptions: {
      host: smtp.host,
      port: smtp.port,
      secure: smtp.security === 'tls',
      requireTLS: smtp.security === 'starttls',
      ignoreTLS: smtp.security === 'none',
      auth: smtp.auth,
    },
  })
}
