#!/usr/bin/env node
// The whole suite, as `pnpm test` runs it: type checks, unit and integration tests (vitest, per package,
// through turbo), then the static build from the seed and the browser tests (Playwright).
// Every runner writes a JSON report into tests/results/; the last line printed is the
// plain total CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const results = path.join(root, 'tests', 'results')
fs.rmSync(results, { recursive: true, force: true })
fs.mkdirSync(results, { recursive: true })

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_TELEMETRY: 'false',
  DO_NOT_TRACK: '1',
}

function run(label, command, args) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const { status } = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' })
  console.log(`== ${label}: exit ${status} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return status === 0
}

const steps = [
  // Types across the workspace, and the plugin's generated types matching its collections.
  run('type checks', 'pnpm', ['exec', 'turbo', 'run', 'typecheck', '--concurrency=1', '--continue']),
  run('generated types up to date', 'pnpm', ['--filter', '@genomics-hub/cms', 'check:types']),
  run('unit and integration tests', 'pnpm', ['exec', 'turbo', 'run', 'test', '--concurrency=1', '--continue', '--filter=!@genomics-hub/tests']),
  run('end-to-end tests', 'pnpm', ['--filter', '@genomics-hub/tests', 'test']),
]

// Totals from the JSON reports (vitest and Playwright both write them).
let passed = 0
let failed = 0
let skipped = 0
for (const file of fs.readdirSync(results).filter((f) => f.endsWith('.json'))) {
  const report = JSON.parse(fs.readFileSync(path.join(results, file), 'utf8'))
  if ('numPassedTests' in report) {
    passed += report.numPassedTests
    failed += report.numFailedTests
    skipped += report.numPendingTests + (report.numTodoTests ?? 0)
  } else if (report.stats) {
    passed += report.stats.expected + (report.stats.flaky ?? 0)
    failed += report.stats.unexpected
    skipped += report.stats.skipped
  }
}
// A runner that crashed before reporting still fails the run.
const crashed = steps.filter((ok) => !ok).length
if (crashed && failed === 0) failed = crashed
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || crashed > 0 ? 1 : 0)
