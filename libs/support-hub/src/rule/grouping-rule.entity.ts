import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { TIMESTAMP, varchar } from '@contactly/platform';
import type { RuleKind } from '../consolidation/grouping-rules.js';

/** A grouping rule an admin edits: the key fields, a provider alias, or an error-code rewrite. */
@Entity('support_hub_rule')
@Index('idx_support_hub_rule_kind', ['kind', 'position'])
export class GroupingRule {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ ...varchar(30) })
  kind: RuleKind;

  /** The alias (provider-alias) or the regular expression (error-code-rewrite). */
  @Column({ ...varchar(200), nullable: true })
  pattern: string | null;

  /** The canonical provider, the rewrite's replacement, or the key fields (`provider,errorCode`). */
  @Column({ ...varchar(200) })
  replacement: string;

  /** Order among rules of its kind: the first rewrite that matches wins. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ ...varchar(300), nullable: true })
  description: string | null;

  @VersionColumn({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...TIMESTAMP })
  createdAt: Date;

  @Column({ name: 'updated_at', ...TIMESTAMP })
  updatedAt: Date;
}
