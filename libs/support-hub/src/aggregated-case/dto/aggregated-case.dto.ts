import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Min } from 'class-validator';
import { IntField, TextField } from '@contactly/platform';
import { SupportCaseView } from '../../case/dto/support-case.dto.js';

export class AggregatedCaseView {
  @ApiProperty({ example: 17 }) id: number;
  @ApiProperty({ example: 'https://api.example.com/api/v1/support-hub/aggregated-cases/17' }) href: string;
  @ApiProperty({ example: 'vodafone' }) provider: string;
  @ApiProperty({ example: 'E1101' }) errorCode: string;
  @ApiProperty({ enum: ['open', 'closed'], description: 'Open while any member is open' }) status: string;
  @ApiProperty({ example: 42 }) caseCount: number;
  @ApiProperty({ example: 12 }) openCount: number;
  @ApiProperty({ example: ['banana', 'strawberry'], type: [String] }) sources: string[];
  @ApiProperty({ example: '2026-10-01T07:00:00.000Z', description: 'Earliest creation of a member' }) firstSeen: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z', description: 'Latest update of a member' }) lastSeen: string;
  @ApiProperty({ example: 'SIM activation fails', description: 'Title of the most recently updated member' }) title: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'eSIM activation outage',
    description: 'The name people gave it (PATCH); null until then: show provider · error code',
  })
  name: string | null;
  @ApiProperty({ example: 'provider=vodafone|errorCode=E1101', description: 'The grouping key (`split:…` for cases split out by hand)' })
  groupKey: string;
  @ApiProperty({ example: 3 }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z', description: 'When the hub last changed it' }) updatedAt: string;
}

export class MergedGroupView {
  @ApiProperty({ example: 'provider=vodafone|errorCode=E1204' }) fromKey: string;
  @ApiProperty({ example: 23, description: 'The aggregated case it was (gone since)' }) fromAggregatedCaseId: number;
  @ApiProperty({ example: 'Same root cause' }) reason: string;
  @ApiProperty({ example: 'sergei.support' }) by: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) at: string;
}

export class SplitOriginView {
  @ApiProperty({ example: 17, description: 'The aggregated case the cases were split from' }) fromAggregatedCaseId: number;
  @ApiProperty({ example: 'A different fault: only eSIMs are affected' }) reason: string;
  @ApiProperty({ example: 'sergei.support' }) by: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000Z' }) at: string;
}

export class AggregatedCaseDetailView extends AggregatedCaseView {
  @ApiProperty({
    type: [SupportCaseView],
    description: 'The most recently updated members (at most `memberLimit`), each with why it is here',
  })
  members: SupportCaseView[];
  @ApiProperty({ example: 100 }) memberLimit: number;
  @ApiProperty({
    example: 'https://api.example.com/api/v1/support-hub/cases?aggregatedCaseId=17',
    description: 'Every member, with the list conventions',
  })
  membersHref: string;
  @ApiProperty({ type: [MergedGroupView], description: 'Groups merged into this one' }) merges: MergedGroupView[];
  @ApiProperty({
    type: SplitOriginView,
    nullable: true,
    description: 'Set when this aggregated case was made by splitting cases out of another',
  })
  splitFrom: SplitOriginView | null;
}

export class MergeAggregatedCasesDto {
  @IntField({ min: 1, example: 17, description: 'The aggregated case that stays' }) targetId: number;
  @IntField({ min: 1, example: 23, description: 'The aggregated case merged into it (it disappears)' }) sourceId: number;
  @TextField({ max: 500, example: 'Same root cause: the activation platform outage' }) reason: string;
}

export class SplitAggregatedCaseDto {
  @ApiProperty({
    type: [Number],
    example: [812, 813],
    minItems: 1,
    maxItems: 1000,
    description: 'Ids of member cases to split out, together, into a new aggregated case',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsInt({ each: true })
  @Min(1, { each: true })
  caseIds: number[];

  @TextField({ max: 500, example: 'A different fault: only eSIMs are affected' }) reason: string;
}

export class RenameAggregatedCaseDto {
  @TextField({
    max: 200,
    nullable: true,
    example: 'eSIM activation outage',
    description: 'The new name; null gives it back its provider · error code',
  })
  name?: string | null;
}
