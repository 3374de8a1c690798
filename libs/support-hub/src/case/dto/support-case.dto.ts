import { ApiProperty } from '@nestjs/swagger';

export class WhyStepView {
  @ApiProperty({ enum: ['provider', 'errorCode'] }) field: string;
  @ApiProperty({ enum: ['missing', 'normalized', 'alias', 'rewrite'], description: '`missing`: the CRM sent none (→ `unclassified`)' })
  action: string;
  @ApiProperty({ nullable: true, type: String, example: 'VODAFONE UK' }) from: string | null;
  @ApiProperty({ example: 'vodafone' }) to: string;
  @ApiProperty({ nullable: true, type: Number, example: 3, description: 'The grouping rule that did it' }) ruleId: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'Vodafone UK' }) rule: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'alias "Vodafone UK" → vodafone' }) ruleText: string | null;
}

export class OverrideStepView {
  @ApiProperty({ enum: ['split', 'merge'] }) kind: string;
  @ApiProperty({ nullable: true, type: String, example: 'provider=vodafone|errorCode=E1101' }) fromKey: string | null;
  @ApiProperty({ example: 'provider=vodafone|errorCode=E1204' }) intoKey: string;
  @ApiProperty({ example: 'Same root cause: the activation platform outage' }) reason: string;
  @ApiProperty({ example: 'sergei.support' }) by: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) at: string;
}

/** Why a case is in its group. */
export class WhyView {
  @ApiProperty({ example: 'provider=vodafone|errorCode=E1101', description: 'The key of the group it is in' }) groupKey: string;
  @ApiProperty({
    example: 'provider=vodafone|errorCode=E1101',
    description: 'The key the grouping rules gave it, before splits and merges',
  })
  ruleKey: string;
  @ApiProperty({ example: ['provider', 'errorCode'], type: [String] }) keyFields: string[];
  @ApiProperty({ type: [WhyStepView] }) steps: WhyStepView[];
  @ApiProperty({ type: [OverrideStepView], description: 'Splits and merges that moved it, with who, when and why' })
  overrides: OverrideStepView[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Set when the rules changed since the last refresh: the key the next refresh gives it',
  })
  nextRefreshRuleKey: string | null;
  @ApiProperty({
    example: 'Key provider=vodafone|errorCode=E1101 (provider + errorCode). Provider "VODAFONE UK" normalized to "vodafone-uk". …',
  })
  summary: string;
}

/** A CRM case, member of an aggregated case. */
export class SupportCaseView {
  @ApiProperty({ example: 812 }) id: number;
  @ApiProperty({ enum: ['banana', 'strawberry'] }) source: string;
  @ApiProperty({ example: 'BAN-000123', description: 'The id in its CRM' }) externalId: string;
  @ApiProperty({ example: 'vodafone', description: 'Normalized (`unclassified` when the CRM sent none)' }) provider: string;
  @ApiProperty({ nullable: true, type: String, example: 'VODAFONE UK', description: 'As the CRM spelled it' }) providerRaw: string | null;
  @ApiProperty({ example: 'E1101' }) errorCode: string;
  @ApiProperty({ nullable: true, type: String, example: 'E-1101' }) errorCodeRaw: string | null;
  @ApiProperty({ enum: ['open', 'closed'] }) status: string;
  @ApiProperty({ example: 'pending', description: 'The CRM’s own status' }) sourceStatus: string;
  @ApiProperty({ example: 'SIM activation fails' }) title: string;
  @ApiProperty({ example: 'The new SIM stays inactive after the activation window.' }) description: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'maria.smith0@mail.example',
    description: 'The customer’s email, when the CRM names one',
  })
  customerRef: string | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 42,
    description: 'The customer whose preferred email `customerRef` is, when there is one the caller may see',
  })
  customerId: number | null;
  @ApiProperty({ example: '2026-11-20T07:00:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) updatedAt: string;
  @ApiProperty({ nullable: true, type: Number, example: 17 }) aggregatedCaseId: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'https://api.example.com/api/v1/support-hub/aggregated-cases/17' })
  aggregatedCaseHref: string | null;
  @ApiProperty({ type: WhyView }) why: WhyView;
}
