import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { expect, type Page, test } from '@playwright/test'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { CMS } from '../support/paths'

/**
 * Password reset as a member of staff meets it, end to end: the admin's "Forgot password"
 * page, the email (sent by the CMS through Payload's nodemailer adapter to a real SMTP server
 * on loopback that this test runs, with a login), the link in it, a new password, and a login
 * with that password. Once, the reset failed with a 500 and stalled every save for 60 s.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 })

const shots = path.join(import.meta.dirname, '..', 'results', 'screenshots')
const inbox: ParsedMail[] = []
const logins: string[] = []
let sink: SMTPServer

test.beforeAll(async () => {
  sink = new SMTPServer({
    // Plain SMTP on loopback (the CMS is started with SMTP_SECURITY=none), but with a login.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? '')
      if (auth.username === CMS.smtp.user && auth.password === process.env.HUB_E2E_SMTP_PASSWORD) callback(null, { user: auth.username })
      else callback(new Error('Invalid username or password'))
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        inbox.push(mail)
        callback()
      }, callback)
    },
  })
  await new Promise<void>((resolve) => sink.listen(CMS.smtp.port, '127.0.0.1', resolve))
})
test.afterAll(async () => new Promise<void>((resolve) => sink.close(() => resolve())))

/** Waits for the email to `address` to arrive at the sink. */
async function mailTo(address: string): Promise<ParsedMail> {
  const deadline = Date.now() + 60_000
  for (;;) {
    const mail = inbox.find((m) => JSON.stringify(m.to).includes(address))
    if (mail) return mail
    if (Date.now() > deadline) throw new Error(`No email to ${address} reached the SMTP server`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(shots, `password-reset-${name}.png`), fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: path.join(shots, `password-reset-${name}-phone.png`), fullPage: true })
  await page.setViewportSize({ width: 1280, height: 720 })
}

test('forgot password: the email arrives by SMTP, its link sets a new password, and that password logs in', async ({ page, request }) => {
  // A member of staff of their own (the admin's password stays as the other tests expect it).
  const email = `reset-${randomBytes(3).toString('hex')}@example.nhs.uk`
  const oldPassword = `old-${randomBytes(8).toString('hex')}`
  const newPassword = `new-${randomBytes(8).toString('hex')}`
  const admin = await (await request.post(`${CMS.url}/api/users/login`, { data: { email: CMS.email, password: CMS.password } })).json()
  const made = await request.post(`${CMS.url}/api/users`, {
    headers: { Authorization: `JWT ${admin.token}` },
    data: { email, password: oldPassword, role: 'editor', name: 'Reset Test' },
  })
  expect(made.status()).toBe(201)

  await page.goto(`${CMS.url}/admin/forgot`)
  await page.fill('#field-email', email)
  await shoot(page, '1-forgot')
  await page.getByRole('button', { name: 'Submit' }).click()
  await expect(page.getByRole('heading', { name: 'Email Sent' })).toBeVisible()
  await shoot(page, '2-sent')

  const mail = await mailTo(email)
  expect(logins).toContain(CMS.smtp.user) // the CMS logged in to the mail server
  expect(mail.from?.value[0]?.address).toBe(CMS.smtp.fromAddress)
  const link = /https?:\/\/[^\s"<>)]+\/admin\/reset\/[0-9a-f]{40}/.exec(`${mail.text ?? ''} ${mail.html || ''}`)?.[0]
  expect(link, 'the email holds a reset link').toBeTruthy()
  expect(link!.startsWith(`${CMS.url}/admin/reset/`)).toBe(true)

  await page.goto(link!)
  await page.fill('#field-password', newPassword)
  await page.fill('#field-confirm-password', newPassword)
  await shoot(page, '3-reset')
  await page.getByRole('button', { name: /reset password/i }).click()
  await expect(page).not.toHaveURL(/\/admin\/reset\//)

  // Signed out, the new password logs in and the old one no longer does.
  await page.context().clearCookies()
  await page.goto(`${CMS.url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', newPassword)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByRole('heading', { name: 'Needs your attention' })).toBeVisible()
  await shoot(page, '4-logged-in')
  const old = await request.post(`${CMS.url}/api/users/login`, { data: { email, password: oldPassword } })
  expect(old.status()).toBe(401)
})
