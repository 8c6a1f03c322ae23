import { defineConfig } from 'vitest/config'

// Unit tests for the site's pure helpers (the pages themselves are tested end to end in tests/).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '../tests/results/site-vitest.json' },
  },
})
