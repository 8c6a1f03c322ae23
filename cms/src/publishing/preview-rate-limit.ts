import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import type { TypedUser } from 'payload'
import { hubSettings } from '../settings'

/**
 * Previews one user may ask for: HUB_PREVIEWS_PER_MINUTE (default 10) a minute, counted in this
 * process's memory. Each request counts, a reused preview too: even that reads all the content.
 */
const globalLimiter = globalThis as unknown as { __hubPreviewLimiter?: RateLimiterMemory }
const limiter = (globalLimiter.__hubPreviewLimiter ??= new RateLimiterMemory({
  keyPrefix: 'preview',
  points: hubSettings.previewsPerMinute,
  duration: 60,
}))

/** Counts one preview request by `user`: refused, the whole seconds until they may ask again. */
export async function takePreviewTurn(user: TypedUser): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number; perMinute: number }> {
  try {
    await limiter.consume(`${user.collection}:${String(user.id)}`)
    return { ok: true }
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)), perMinute: limiter.points }
  }
}
