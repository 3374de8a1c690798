import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Paths the API server answers; the dev server hands them to it. */
const API_SERVER = 'http://localhost:8181';
const serverPaths = ['/api', '/tmf-api', '/openapi.json', '/health'];

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    proxy: Object.fromEntries(serverPaths.map((path) => [path, { target: API_SERVER, changeOrigin: true }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
