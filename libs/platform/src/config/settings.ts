import type { Provider } from '@nestjs/common';
import { AppConfig } from './app-config.js';

/**
 * A lib's settings: a class whose constructor reads its variables through `config.read` (so a bad
 * value throws a ConfigError naming the variable) and defaults by `config.nodeEnv`.
 */
export type SettingsClass<T> = new (config: AppConfig) => T;

/** The provider a lib's module lists so that its settings are read once and injected by their class. */
export const provideSettings = <T>(settings: SettingsClass<T>): Provider => ({
  provide: settings,
  useFactory: (config: AppConfig) => new settings(config),
  inject: [AppConfig],
});
