import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { parse } from 'yaml';

/** Scenario files are YAML for people; the app receives them as JSON so the YAML parser stays out of the initial bundle. */
function yamlAsJson(): Plugin {
  return {
    name: 'dialed-in-yaml-as-json',
    transform(code, id) {
      if (!/\.ya?ml$/.test(id)) return null;
      return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
    },
  };
}

export default defineConfig({
  plugins: [react(), yamlAsJson()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Browser tests share one built app and one Chromium at a time on a 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
