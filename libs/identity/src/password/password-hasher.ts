import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id with OWASP's recommended cost (19 MiB, 2 passes): tens of milliseconds a verification. */
@Injectable()
export class PasswordHasher {
  private readonly options = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** A hash of a random secret: verifying against it costs what a real check costs (no timing oracle). */
  async decoy(): Promise<string> {
    return this.hash(`decoy-${Math.random()}`);
  }
}
