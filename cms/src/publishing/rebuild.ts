import type { PublishedChange } from '@genomics-hub/content-models'
import type { Payload } from 'payload'
import { hubSettings } from '../settings'
import { inBuildSlot } from './build-slot'
import { buildAndSwitch, type SiteBuildResult } from './site-build'

/**
 * Turns content changes into site builds: changes arriving close together make one build,
 * one build runs at a time (a change during a build queues exactly one more), and each build
 * is recorded in `site-builds`. With HUB_DEPLOY_HOOK_URL set, the hook is called instead
 * (any static host or CI can rebuild from it).
 */
interface QueueState {
  timer?: NodeJS.Timeout
  /** When the oldest change still waiting for a build came in. */
  firstWaitingAt?: number
  running?: Promise<void>
  pending: PublishedChange[]
  reasons: string[]
}

/**
 * The longest a change waits for its build while more changes keep coming (each one restarts
 * the short delay): steady editing still publishes. HUB_REBUILD_MAX_WAIT_MS, default 30 s.
 */
export const rebuildMaxWaitMs = () => Number(process.env.HUB_REBUILD_MAX_WAIT_MS || 30_000)

// One queue per process, even if the server bundles this module more than once.
const globalQueue = globalThis as unknown as { __hubRebuild?: QueueState }
const state: QueueState = (globalQueue.__hubRebuild ??= { pending: [], reasons: [] })

const describe = (change: PublishedChange) => `${change.action} ${change.collection} "${change.title ?? change.id}"`

export function requestRebuild(payload: Payload, reason: PublishedChange | string): void {
  if (typeof reason === 'string') state.reasons.push(reason)
  else state.pending.push(reason)
  const now = Date.now()
  state.firstWaitingAt ??= now
  const untilDeadline = state.firstWaitingAt + rebuildMaxWaitMs() - now
  clearTimeout(state.timer)
  state.timer = setTimeout(() => void drain(payload), Math.max(0, Math.min(hubSettings.rebuildDelayMs, untilDeadline)))
}

/** Resolves when no build is queued or running (for tests and the start script). */
export async function rebuildsSettled(): Promise<void> {
  while (state.timer || state.running) {
    await (state.running ?? new Promise((resolve) => setTimeout(resolve, 50)))
  }
}

async function drain(payload: Payload): Promise<void> {
  state.timer = undefined
  if (state.running) return // the running build drains again when it ends
  const changes = state.pending.splice(0)
  const reasons = state.reasons.splice(0)
  state.firstWaitingAt = undefined
  if (!changes.length && !reasons.length) return
  state.running = runBuild(payload, changes, reasons)
    .catch((error) => payload.logger.error({ err: error, msg: 'Site build could not be recorded' }))
    .finally(() => {
      state.running = undefined
      if (state.pending.length || state.reasons.length) void drain(payload)
    })
  await state.running
}

async function runBuild(payload: Payload, changes: PublishedChange[], reasons: string[]): Promise<void> {
  const trigger = [...reasons, ...changes.map(describe)].join('; ').slice(0, 500)
  const user = changes.find((c) => c.user)?.user
  const startedAt = new Date()
  const record = await payload.create({
    collection: 'site-builds',
    data: {
      summary: `Build ${startedAt.toISOString()}`,
      status: 'running',
      trigger,
      changes: changes as never,
      triggeredBy: user?.id,
      startedAt: startedAt.toISOString(),
    } as never,
    overrideAccess: true,
  })
  const finish = (data: Record<string, unknown>) =>
    payload.update({
      collection: 'site-builds',
      id: record.id,
      data: { ...data, finishedAt: new Date().toISOString(), seconds: (Date.now() - startedAt.getTime()) / 1000 } as never,
      overrideAccess: true,
    })

  if (hubSettings.deployHookUrl) {
    try {
      const response = await fetch(hubSettings.deployHookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ trigger, changes }),
      })
      await finish({ status: response.ok ? 'deploy-hook-called' : 'deploy-hook-failed', log: `HTTP ${response.status}` })
    } catch (error) {
      await finish({ status: 'deploy-hook-failed', log: String(error) })
    }
    return
  }

  let result: SiteBuildResult
  try {
    result = await inBuildSlot('live', () => buildAndSwitch(payload, { siteUrl: hubSettings.siteUrl, timezone: hubSettings.timezone }))
  } catch (error) {
    // The export or the switch failed (not the site build itself): still a failed build.
    const log = error instanceof Error ? (error.stack ?? error.message) : String(error)
    await finish({ status: 'failed', summary: `Build failed: ${String((error as Error)?.message ?? error).slice(0, 200)}. The previous site is still live`, log: log.slice(-4000) })
    payload.logger.error({ err: error, msg: 'Site build failed; the last good site stays live.' })
    return
  }
  await finish({
    status: result.ok ? 'succeeded' : 'failed',
    summary: !result.ok
      ? 'Build failed: the previous site is still live'
      : result.superseded
        ? `Built ${result.pages} pages, not switched in: a build started later was already live`
        : `Built ${result.pages} pages`,
    pages: result.pages,
    log: result.log.slice(-4000),
  })
  if (!result.ok) payload.logger.error(`Site build failed; the last good site stays live.\n${result.log.slice(-2000)}`)
}

/**
 * Builds still "running" in the history when the CMS starts were cut off by a stop or a
 * crash: record them as failed, so the history does not show them running for ever.
 */
export async function markInterruptedBuilds(payload: Payload): Promise<number> {
  const { docs } = await payload.update({
    collection: 'site-builds',
    where: { status: { equals: 'running' } },
    data: { status: 'failed', summary: 'Interrupted: the CMS stopped during this build', finishedAt: new Date().toISOString() } as never,
    overrideAccess: true,
  })
  return docs.length
}
