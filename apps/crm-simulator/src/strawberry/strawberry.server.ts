import type { FastifyInstance } from 'fastify';
import { CaseStore } from '../case-store.js';
import { deriveSeed, Prng } from '../prng.js';
import { seededCases } from '../seeded-cases.js';
import { createVendorServer, type VendorSeedOptions } from '../vendor-server.js';
import { StrawberryTicketIds } from './strawberry-ticket-ids.js';
import type { StrawberryTicket } from './strawberry-ticket.js';
import { strawberryTicketFromSeed } from './strawberry-ticket.mapper.js';
import { strawberryErrorBody } from './strawberry.errors.js';
import { strawberryRoutes } from './strawberry.routes.js';

/** The "Strawberry" CRM: its own store, seeded from its own stream of the seed. */
export function createStrawberryServer({ seed, cases, anchor }: VendorSeedOptions): FastifyInstance {
  // Sorting compares numbers, not ISO strings: the key is parsed once per write.
  const store = new CaseStore<StrawberryTicket>((t) => ({ id: t.id, updatedMs: Date.parse(t.updatedAt) }));
  const freshIds = () => new StrawberryTicketIds(new Prng(deriveSeed(seed, 'strawberry:ids')));
  let ids = freshIds();

  return createVendorServer({
    errorBody: strawberryErrorBody,
    faultSeed: deriveSeed(seed, 'strawberry:faults'),
    reseed: () => {
      ids = freshIds();
      const spelling = new Prng(deriveSeed(seed, 'strawberry:spelling'));
      store.replaceAll(
        seededCases(deriveSeed(seed, 'strawberry'), cases, anchor).map((c) => strawberryTicketFromSeed(c, ids.next(), spelling)),
      );
    },
    api: (app, faults) => strawberryRoutes(app, faults, { store, nextTicketId: () => ids.next() }),
  });
}
