import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompress } from './build/precompress';

/** Paths the API server answers; the dev server hands them to it (`npm run dev` beside a running server). */
const API_SERVER = 'http://localhost:8181';
const SERVER_PATHS = ['/api', '/tmf-api', '/openapi.json', '/health'];

export default defineConfig({
  base: '/',
  plugins: [react(), precompress()],
  server: {
    proxy: Object.fromEntries(SERVER_PATHS.map((path) => [path, { target: API_SERVER, changeOrigin: true }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The console chunk (react-admin and MUI, about 250 KB gzipped) is loaded only after sign-in;
    // the login page stays near 100 KB. One console chunk keeps it to one request after sign-in.
    chunkSizeWarningLimit: 1000,
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
