// Starts a built server (ours or a raw baseline) as a child process, with production's Node flags,
// and waits until it answers.
import { spawn } from 'node:child_process';
import { SERVER_NODE_FLAGS } from './node-flags.js';

export async function startProcess(script, env, healthUrl, extraFlags = []) {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...extraFlags, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${script} exited: ${stderr}`);
    try {
      if ((await fetch(healthUrl)).ok) return { child, stop: () => stop(child) };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${script} did not become healthy: ${stderr}`);
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}
