import type { ChildProcess } from 'node:child_process';

/** Starts a built server as a child process with production's Node flags; resolves once `healthUrl` answers. */
export function startProcess(
  script: string,
  env: Record<string, string>,
  healthUrl: string,
  extraFlags?: string[],
): Promise<{ child: ChildProcess; stop: () => Promise<void> }>;
