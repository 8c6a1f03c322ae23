import PQueue from 'p-queue'

/**
 * One site build at a time in this process, live or preview. A build is a full Astro build
 * (a core, and up to about 1 GB on the full content), and the CMS runs on small machines: two
 * at once would halve both and double the memory. Live builds go first, so a publish waits at
 * most for the preview already building, never behind the previews queued after it; previews
 * are not starved in turn, because live builds merge (rebuild.ts keeps at most one waiting).
 */
const PRIORITY = { live: 1, preview: 0 } as const
export type BuildKind = keyof typeof PRIORITY

// One slot per process, even if the server bundles this module more than once.
const globalSlot = globalThis as unknown as { __hubBuildSlot?: PQueue }
const slot = (globalSlot.__hubBuildSlot ??= new PQueue({ concurrency: 1 }))

/** Runs `work` when the build slot is free (live builds before waiting previews). */
export function inBuildSlot<T>(kind: BuildKind, work: () => Promise<T>): Promise<T> {
  return slot.add(work, { priority: PRIORITY[kind] })
}

/** How many previews are waiting for the slot (not counting one building now). */
export const previewsWaiting = (): number => slot.sizeBy({ priority: PRIORITY.preview })
