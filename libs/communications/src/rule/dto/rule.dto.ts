import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BooleanField, EnumField, IntField, NestedField, TextField } from '@contactly/platform';
import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsInt, Min, ValidateIf } from 'class-validator';
import { TypeChannelDto, TypeChannelView } from '../../role-permission/dto/role-communication-permission.dto.js';
import { DepartmentRefView } from '../../employee/dto/employee.dto.js';
import { HH_MM } from '../quiet-hours.js';
import { CAP_PERIODS, type CapPeriod } from '../rule-lines.entity.js';

export class QuietHoursDto {
  @TextField({ max: 5, pattern: HH_MM, patternMessage: 'start must be a local time HH:MM', example: '21:00' }) start: string;
  @TextField({ max: 5, pattern: HH_MM, patternMessage: 'end must be a local time HH:MM', example: '09:00' }) end: string;
}

export class FrequencyCapDto {
  @IntField({ min: 1, example: 1 }) sendChannelTypeId: number;
  @EnumField(CAP_PERIODS, { example: 'week' }) period: CapPeriod;
  @IntField({ min: 1, max: 10000, example: 2, description: 'Communications to one client on the channel within the period' })
  maxCount: number;
}

/** An optional list of channel ids, most preferred first, each once. */
const ChannelIdList = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [Number], example: [3, 1, 2], description: 'Channel ids, most preferred first (replaces the list)' }),
    ValidateIf((_, value) => value !== undefined),
    IsArray(),
    ArrayMaxSize(50),
    IsInt({ each: true }),
    Min(1, { each: true }),
  );

class RuleFields {
  @TextField({ max: 1000, min: 0, optional: true, nullable: true }) description?: string | null;
  @BooleanField({ optional: true, description: 'Only active rules allow sending; default true' }) active?: boolean;
  @NestedField(() => QuietHoursDto, { optional: true, nullable: true, description: 'Local time of the client; null for none' })
  quietHours?: QuietHoursDto | null;
  @TextField({
    max: 64,
    optional: true,
    example: 'Europe/Moscow',
    description: 'IANA zone of the quiet hours for clients without their own (default UTC)',
  })
  timeZone?: string;
  @NestedField(() => TypeChannelDto, {
    optional: true,
    isArray: true,
    maxItems: 500,
    description: 'Type × channel pairs the rule allows (replaces the list)',
  })
  allowed?: TypeChannelDto[];
  @NestedField(() => FrequencyCapDto, {
    optional: true,
    isArray: true,
    maxItems: 100,
    description: 'One per channel and period (replaces the list)',
  })
  frequencyCaps?: FrequencyCapDto[];
  @ChannelIdList() channelPreference?: number[];
}

export class CreateRuleDto extends RuleFields {
  @IntField({ min: 1, example: 3 }) departmentId: number;
  @TextField({ max: 200, example: 'Основное правило' }) name: string;
}

export class UpdateRuleDto extends RuleFields {
  @TextField({ max: 200, optional: true }) name?: string;
}

export class FrequencyCapView {
  @ApiProperty({ example: 1 }) sendChannelTypeId: number;
  @ApiProperty({ enum: CAP_PERIODS }) period: string;
  @ApiProperty({ example: 2 }) maxCount: number;
}

export class QuietHoursView {
  @ApiProperty({ example: '21:00' }) start: string;
  @ApiProperty({ example: '09:00' }) end: string;
}

export class RuleView {
  @ApiProperty({ example: 2 }) ruleId: number;
  @ApiProperty({ example: 'Основное правило' }) name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ type: DepartmentRefView }) department: DepartmentRefView;
  @ApiProperty() active: boolean;
  @ApiPropertyOptional({ type: QuietHoursView, nullable: true }) quietHours: QuietHoursView | null;
  @ApiProperty({ example: 'Europe/Moscow' }) timeZone: string;
  @ApiProperty({ type: [TypeChannelView] }) allowed: TypeChannelView[];
  @ApiProperty({ type: [FrequencyCapView] }) frequencyCaps: FrequencyCapView[];
  @ApiProperty({ type: [Number], example: [3, 1, 2] }) channelPreference: number[];
  @ApiProperty({ example: 1, description: 'Send it back as If-Match' }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) updateTime: string;
}
