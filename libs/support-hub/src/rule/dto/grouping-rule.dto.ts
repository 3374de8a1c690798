import { ApiProperty } from '@nestjs/swagger';
import { BooleanField, EnumField, IntField, StringListField, TextField } from '@contactly/platform';
import { KEY_FIELDS, RULE_KINDS, type RuleKind } from '../../consolidation/grouping-rules.js';
import { WhyStepView } from '../../case/dto/support-case.dto.js';

const KIND_HELP =
  '`key-fields`: which attributes make the grouping key (`keyFields`, one such rule); `provider-alias`: `pattern` is a provider spelling (compared normalized: `VODAFONE UK` = `vodafone-uk`), `replacement` the canonical provider; `error-code-rewrite`: `pattern` is a regular expression (case-insensitive) matched against the upper-cased code, `replacement` its rewrite (`$1` for a group); the first rewrite (by position) that matches applies.';

class RuleFields {
  @TextField({
    max: 200,
    optional: true,
    example: '^(?:E|ERR)?[-_.]?(\\d+)$',
    description: 'provider-alias: the alias; error-code-rewrite: the regular expression',
  })
  pattern?: string;
  @TextField({
    max: 200,
    optional: true,
    example: 'E$1',
    description: 'provider-alias: the canonical provider; error-code-rewrite: the replacement',
  })
  replacement?: string;
  @StringListField({
    itemMax: 20,
    maxItems: KEY_FIELDS.length,
    optional: true,
    example: ['provider', 'errorCode'],
    description: `key-fields: some of ${KEY_FIELDS.join(', ')}`,
  })
  keyFields?: string[];
  @IntField({ min: 0, max: 100000, optional: true, example: 1, description: 'Order among rules of its kind (default: last)' })
  position?: number;
  @BooleanField({ optional: true, description: 'Disabled rules are kept but not applied (default true)' }) enabled?: boolean;
  @TextField({ max: 300, optional: true, nullable: true, example: 'Banana writes the legal entity' }) description?: string | null;
}

export class CreateGroupingRuleDto extends RuleFields {
  @EnumField(RULE_KINDS, { description: KIND_HELP }) kind: RuleKind;
}

export class UpdateGroupingRuleDto extends RuleFields {}

export class GroupingRuleView {
  @ApiProperty({ example: 3 }) id: number;
  @ApiProperty({ example: 'https://api.example.com/api/v1/support-hub/rules/3' }) href: string;
  @ApiProperty({ enum: RULE_KINDS }) kind: string;
  @ApiProperty({ nullable: true, type: String, example: 'Vodafone UK' }) pattern: string | null;
  @ApiProperty({ example: 'vodafone' }) replacement: string;
  @ApiProperty({ nullable: true, type: [String], example: ['provider', 'errorCode'], description: 'key-fields only' }) keyFields:
    string[] | null;
  @ApiProperty({ example: 1 }) position: number;
  @ApiProperty({ example: true }) enabled: boolean;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) updatedAt: string;
}

export class ExplainQuery {
  @TextField({ max: 200, optional: true, example: 'VODAFONE UK' }) provider?: string;
  @TextField({ max: 100, optional: true, example: 'ERR-1101' }) errorCode?: string;
  @EnumField(['banana', 'strawberry'] as const, { optional: true, description: 'Matters only when `source` is a key field' })
  source?: string;
}

export class ExplainView {
  @ApiProperty({ example: 'vodafone' }) provider: string;
  @ApiProperty({ example: 'E1101' }) errorCode: string;
  @ApiProperty({ example: 'provider=vodafone|errorCode=E1101' }) key: string;
  @ApiProperty({ example: ['provider', 'errorCode'], type: [String] }) keyFields: string[];
  @ApiProperty({ type: [WhyStepView] }) steps: WhyStepView[];
}
