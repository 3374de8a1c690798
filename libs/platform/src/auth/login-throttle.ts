import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { Clock } from '../clock/clock.js';
import { rateLimited } from '../http/errors/domain-error.js';

interface Window {
  failures: number;
  startedAt: number;
}

/**
 * Refuses further attempts (429 + Retry-After) once a username or a client address has failed too
 * often within the window, so passwords cannot be guessed at speed. Counters are per instance and
 * bounded in time; a success clears the username's counter.
 */
@Injectable()
export class LoginThrottle {
  private readonly byUser = new Map<string, Window>();
  private readonly byAddress = new Map<string, Window>();
  private readonly windowMs: number;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.windowMs = config.loginFailureWindowSeconds * 1000;
  }

  /** Throws RateLimited when either counter is exhausted. */
  assertAllowed(username: string, address: string): void {
    const now = this.clock.nowMs();
    const user = this.current(this.byUser, username.toLowerCase(), now);
    const addr = this.current(this.byAddress, address, now);
    const blockedUntil = Math.max(
      user && user.failures >= this.config.loginFailureLimitPerUser ? user.startedAt + this.windowMs : 0,
      addr && addr.failures >= this.config.loginFailureLimitPerAddress ? addr.startedAt + this.windowMs : 0,
    );
    if (blockedUntil > now) {
      throw rateLimited('TOO_MANY_LOGIN_FAILURES', 'Too many failed sign-in attempts; try again later', (blockedUntil - now) / 1000);
    }
  }

  recordFailure(username: string, address: string): void {
    const now = this.clock.nowMs();
    this.bump(this.byUser, username.toLowerCase(), now);
    this.bump(this.byAddress, address, now);
  }

  recordSuccess(username: string): void {
    this.byUser.delete(username.toLowerCase());
  }

  private current(map: Map<string, Window>, key: string, now: number): Window | undefined {
    const window = map.get(key);
    if (window && window.startedAt + this.windowMs <= now) {
      map.delete(key);
      return undefined;
    }
    return window;
  }

  private bump(map: Map<string, Window>, key: string, now: number): void {
    const window = this.current(map, key, now);
    if (window) window.failures += 1;
    else {
      if (map.size > 50_000) map.clear(); // an attack on many names must not exhaust memory
      map.set(key, { failures: 1, startedAt: now });
    }
  }
}
