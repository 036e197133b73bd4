import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@': path.resolve(import.meta.dirname) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/budgets/**/*.test.ts', 'tests/redis/**/*.test.ts', 'tests/dev/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/fast-check-seed.ts'],
  },
});
