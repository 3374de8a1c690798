import { startCrmSimulators } from './index.js';

/** An optional non-negative integer from the environment; unset leaves the library default. */
function intFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

const simulators = await startCrmSimulators({
  host: process.env.CRM_SIM_HOST || undefined,
  bananaPort: intFromEnv('BANANA_PORT'),
  strawberryPort: intFromEnv('STRAWBERRY_PORT'),
  seed: intFromEnv('CRM_SIM_SEED'),
  bananaCases: intFromEnv('BANANA_CASES'),
  strawberryCases: intFromEnv('STRAWBERRY_CASES'),
});
console.log(`Banana CRM simulator listening on ${simulators.bananaUrl}`);
console.log(`Strawberry CRM simulator listening on ${simulators.strawberryUrl}`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    simulators.close().then(
      () => console.log(`CRM simulators stopped (${signal})`),
      (error: unknown) => {
        console.error('CRM simulators failed to stop cleanly', error);
        process.exitCode = 1;
      },
    );
  });
}
