import type { FastifyInstance } from 'fastify';
import { CaseStore } from '../case-store.js';
import { deriveSeed, Prng } from '../prng.js';
import { seededCases } from '../seeded-cases.js';
import { createVendorServer, type VendorSeedOptions } from '../vendor-server.js';
import type { BananaCase } from './banana-case.js';
import { bananaCaseFromSeed, bananaCaseId } from './banana-case.mapper.js';
import { bananaErrorBody } from './banana.errors.js';
import { bananaRoutes } from './banana.routes.js';

/** The "Banana" CRM: its own store, seeded from its own stream of the seed. */
export function createBananaServer({ seed, cases, anchor }: VendorSeedOptions): FastifyInstance {
  const store = new CaseStore<BananaCase>((c) => ({ id: c.case_id, updatedMs: c.updated_ms }));
  let lastNumber = 0;
  const nextCaseId = () => bananaCaseId(++lastNumber);

  return createVendorServer({
    errorBody: bananaErrorBody,
    faultSeed: deriveSeed(seed, 'banana:faults'),
    reseed: () => {
      lastNumber = 0;
      const spelling = new Prng(deriveSeed(seed, 'banana:spelling'));
      store.replaceAll(seededCases(deriveSeed(seed, 'banana'), cases, anchor).map((c) => bananaCaseFromSeed(c, nextCaseId(), spelling)));
    },
    api: (app, faults) => bananaRoutes(app, faults, { store, nextCaseId }),
  });
}
