import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Paths the API server answers; the dev server hands them to it (`npm run dev` beside a running server). */
const API_SERVER = 'http://localhost:8181';
const SERVER_PATHS = ['/api', '/tmf-api', '/openapi.json', '/health'];

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    proxy: Object.fromEntries(SERVER_PATHS.map((path) => [path, { target: API_SERVER, changeOrigin: true }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // The admin console's libraries in chunks of their own, cached across our releases. They
        // are reached only from the lazily loaded console, never from the login page.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion)[\\/]/ },
            { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-[a-z-]+|@tanstack|react-hook-form)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
  },
});
