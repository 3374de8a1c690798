import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Contributions } from '../bootstrap/contributions.js';
import { type Permission, PermissionSet } from './permissions.js';

/** Every permission the loaded modules declare: what roles may hold and the roles API lists. */
@Injectable()
export class PermissionCatalogue implements OnModuleInit {
  private descriptions?: ReadonlyMap<Permission, string>;

  constructor(private readonly contributions: Contributions) {}

  /** Two modules declaring one permission stop the start. */
  onModuleInit(): void {
    this.byName();
  }

  /** The names, in module order and each module's declaration order. */
  all(): Permission[] {
    return [...this.byName().keys()];
  }

  describe(): { name: Permission; description: string }[] {
    return [...this.byName()].map(([name, description]) => ({ name, description }));
  }

  has(name: string): name is Permission {
    return this.byName().has(name as Permission);
  }

  /** Built on first use: by then every module's providers exist. */
  private byName(): ReadonlyMap<Permission, string> {
    if (!this.descriptions) {
      const descriptions = new Map<Permission, string>();
      for (const set of this.contributions.of(PermissionSet)) {
        for (const name of set.names) {
          if (descriptions.has(name as Permission)) throw new Error(`Permission "${name}" is declared by two modules`);
          descriptions.set(name as Permission, set.descriptions[name]);
        }
      }
      this.descriptions = descriptions;
    }
    return this.descriptions;
  }
}
