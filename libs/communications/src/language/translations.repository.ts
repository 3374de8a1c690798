import { Injectable } from '@nestjs/common';
import { Database } from '@contactly/platform';
import type { EntityTarget } from 'typeorm';
import type { Translatable, Translations } from './translations.js';

/** Writes a record's translations outright: for seeding data that comes in both languages. */
@Injectable()
export class TranslationsRepository {
  constructor(private readonly db: Database) {}

  async put(entity: EntityTarget<Translatable & { id: number }>, id: number, translations: Translations): Promise<void> {
    await this.db.repository(entity).update({ id }, { translations } as never);
  }
}
