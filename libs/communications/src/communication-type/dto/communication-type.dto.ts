import { ApiProperty } from '@nestjs/swagger';
import { TextField } from '@contactly/platform';

export class CreateCommunicationTypeDto {
  @TextField({ max: 200, example: 'Опрос' }) name: string;
  @TextField({ max: 1000, min: 0, optional: true, example: 'Используется для опроса настроений клиента' }) description?: string;
}

export class UpdateCommunicationTypeDto {
  @TextField({ max: 200, optional: true, example: 'Опрос' }) name?: string;
  @TextField({ max: 1000, min: 0, optional: true }) description?: string;
}

export class CommunicationTypeView {
  @ApiProperty({ example: 1 }) communicationTypeId: number;
  @ApiProperty({ example: 'Массовая коммуникация' }) name: string;
  @ApiProperty({ example: 'Используется для массовой коммуникации с клиентами' }) description: string;
  @ApiProperty({ example: 1, description: 'Send it back as If-Match' }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) updateTime: string;
}
