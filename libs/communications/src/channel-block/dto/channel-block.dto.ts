import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateTimeField, IntField, TextField } from '@contactly/platform';

export class BlockChannelDto {
  @IntField({ min: 1, example: 2 }) clientId: number;
  @DateTimeField({
    optional: true,
    nullable: true,
    example: '2026-12-31T00:00:00Z',
    description: 'Until when (in the future); null or left out: permanently',
  })
  until?: string | null;
  @TextField({ max: 500, example: 'Клиент попросил не присылать SMS' }) reason: string;
}

export class CreateChannelBlockDto extends BlockChannelDto {
  @IntField({ min: 1, example: 1 }) sendChannelTypeId: number;
}

export class UpdateChannelBlockDto {
  @DateTimeField({ optional: true, nullable: true, description: 'A new end (in the future), or null for permanent' }) until?: string | null;
  @TextField({ max: 500, optional: true }) reason?: string;
}

export class ChannelBlockView {
  @ApiProperty({ example: 3 }) channelBlockId: number;
  @ApiProperty({ example: 2 }) clientId: number;
  @ApiProperty({ example: 1 }) sendChannelTypeId: number;
  @ApiProperty({ example: 'SMS' }) channelName: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-12-31T00:00:00.000+00:00', description: 'Null: permanent' }) until:
    string | null;
  @ApiProperty({ example: false }) permanent: boolean;
  @ApiProperty({ example: true, description: 'In force now' }) active: boolean;
  @ApiProperty({ example: 'Клиент попросил не присылать SMS' }) reason: string;
  @ApiProperty({ example: 'anna.agent' }) blockedBy: string;
  @ApiProperty({ example: 1, description: 'Send it back as If-Match' }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) updateTime: string;
}
