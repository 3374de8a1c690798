import type { Prng } from '../prng.js';

/** Strawberry's random ticket ids (`st_` + 16 hex digits), unique and never reused within a seeding. */
export class StrawberryTicketIds {
  private readonly issued = new Set<string>();

  constructor(private readonly prng: Prng) {}

  next(): string {
    for (;;) {
      const id = `st_${this.prng.hex(16)}`;
      if (!this.issued.has(id)) {
        this.issued.add(id);
        return id;
      }
    }
  }
}
