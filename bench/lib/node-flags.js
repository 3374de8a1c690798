// The Node flags production starts the server with, read from package.json's `start:built` (the
// Dockerfile uses the same): a larger young generation, because the server keeps many requests in
// flight and the default one promotes them to the old generation, where collecting them costs far
// more. The benchmarks start our server with them and the raw baseline too, so a ratio compares
// code, not runtime settings.
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

export const SERVER_NODE_FLAGS = packageJson.scripts['start:built']
  .split(/\s+/)
  .filter((word) => word.startsWith('--'));
