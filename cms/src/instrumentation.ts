/**
 * Next.js calls register() once when the server starts: the jobs cron starts here, at boot,
 * rather than on the first request (see publishing/start-jobs.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startJobs } = await import('./publishing/start-jobs')
  await startJobs()
}
