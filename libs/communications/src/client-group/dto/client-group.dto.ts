import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TextField } from '@contactly/platform';
import { ArrayMaxSize, IsArray, IsInt, Min, ValidateIf } from 'class-validator';

/** A saved group holds up to as many clients as one send takes. */
export const CLIENT_GROUP_MAX_CLIENTS = 100_000;

const ClientIds = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [Number], example: [2, 5, 8], maxItems: CLIENT_GROUP_MAX_CLIENTS, description }),
    ValidateIf((_: object, value: unknown) => value !== undefined),
    IsArray(),
    ArrayMaxSize(CLIENT_GROUP_MAX_CLIENTS),
    IsInt({ each: true }),
    Min(1, { each: true }),
  );

export class CreateClientGroupDto {
  @TextField({ max: 200, example: 'VIP Москва' }) name: string;
  @TextField({ max: 1000, min: 0, optional: true, nullable: true }) description?: string | null;
  @ClientIds('The clients in the group (unknown ones: 422, nothing is written)') clientIds?: number[];
}

export class UpdateClientGroupDto {
  @TextField({ max: 200, optional: true }) name?: string;
  @TextField({ max: 1000, min: 0, optional: true, nullable: true }) description?: string | null;
  @ClientIds('Clients to add to the group') addClientIds?: number[];
  @ClientIds('Clients to take out of the group') removeClientIds?: number[];
}

export class ClientGroupView {
  @ApiProperty({ example: 7 }) groupId: number;
  @ApiProperty({ example: 'VIP Москва' }) name: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ example: 120 }) clientCount: number;
  @ApiProperty({ example: 1, description: 'Send it back as If-Match' }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) updateTime: string;
}
