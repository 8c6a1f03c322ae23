import type { Payload } from 'payload'
import React from 'react'
import { needsAttention } from '../publishing/needs-attention'
import { hubSettings } from '../settings'

const when = (iso?: string) =>
  iso ? new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' }) : ''

/** Shown above the collections on the admin dashboard: what needs the education team. */
export async function EditorialDashboard({ payload }: { payload: Payload }) {
  const { lastBuild, reviewsDue, draftEventsSoon } = await needsAttention(payload)
  const admin = payload.config.routes.admin
  return (
    <section aria-labelledby="hub-attention" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="hub-attention">Needs your attention</h2>
      <h3>Live site</h3>
      {lastBuild ? (
        <p>
          Last build: <strong>{lastBuild.status}</strong> at {when(lastBuild.finishedAt ?? lastBuild.startedAt)}
          {lastBuild.pages ? `, ${lastBuild.pages} pages` : ''}.
          {lastBuild.status === 'failed' && lastBuild.summary ? ` ${lastBuild.summary}.` : ''} <a href={hubSettings.siteUrl}>Open the live site</a>
          {' · '}
          <a href={`${admin}/collections/site-builds`}>Build history</a>
        </p>
      ) : (
        <p>
          No build recorded yet. <a href={hubSettings.siteUrl}>Open the live site</a>
        </p>
      )}
      <h3>Guidance due for review ({reviewsDue.length})</h3>
      {reviewsDue.length === 0 ? (
        <p>No guidance page is due for review in the next 30 days.</p>
      ) : (
        <ul>
          {reviewsDue.map((page) => (
            <li key={page.id}>
              <a href={`${admin}/collections/guidance/${page.id}`}>{page.title}</a>: review due {page.nextReview} ({page.owner})
            </li>
          ))}
        </ul>
      )}
      <h3>Draft events in the next two weeks ({draftEventsSoon.length})</h3>
      {draftEventsSoon.length === 0 ? (
        <p>Every event in the next two weeks is published.</p>
      ) : (
        <ul>
          {draftEventsSoon.map((event) => (
            <li key={event.id}>
              <a href={`${admin}/collections/events/${event.id}`}>{event.title}</a>: {event.allDay ? event.startDate : when(event.start)}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
