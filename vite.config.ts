/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    // Source maps let scripts/check-budgets.mjs prove which modules the entry chunk holds.
    sourcemap: 'hidden',
    manifest: true,
    // scripts/check-budgets.mjs is the real gate (gzip bytes of what the sign-in screen loads).
    chunkSizeWarningLimit: 600,
    rolldownOptions: { output: { entryFileNames: 'assets/entry-[hash].js' } },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    restoreMocks: true,
  },
});
