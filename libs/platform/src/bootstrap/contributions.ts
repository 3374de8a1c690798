import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

/**
 * What the modules of this application contribute to a shared catalogue (permissions, role grants):
 * the provider values of a given class, in module order. A lib contributes by listing such a value
 * among its providers, so the catalogue always matches the modules actually loaded.
 */
@Injectable()
export class Contributions {
  constructor(private readonly discovery: DiscoveryService) {}

  of<T>(type: abstract new (...args: never[]) => T): T[] {
    const found = new Set<T>();
    for (const wrapper of this.discovery.getProviders()) {
      if (wrapper.instance instanceof type) found.add(wrapper.instance);
    }
    return [...found];
  }
}
