// The Node flags production starts the server with, read from package.json's `start:built` (the
// Dockerfile uses the same): a larger young generation, because the server keeps many requests in
// flight and the default one promotes them to the old generation, where collecting them costs far
// more. The benchmarks start our server with them and the raw baseline too, so a ratio compares
// code, not runtime settings.
import { readFileSync } from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** The words between `node` and the script, e.g. `node --max-semi-space-size=64 dist/…/main.js`. */
function nodeFlagsOf(command) {
  const words = command.trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`package.json start:built must start with "node": ${command}`);
  const script = words.findIndex((word, i) => i > 0 && !word.startsWith('-'));
  return words.slice(1, script);
}

export const SERVER_NODE_FLAGS = nodeFlagsOf(packageJson.scripts['start:built']);
