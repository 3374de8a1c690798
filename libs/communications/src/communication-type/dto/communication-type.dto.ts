import { ApiProperty } from '@nestjs/swagger';
import { EnumField, TextField } from '@contactly/platform';
import { COMMUNICATION_PURPOSES, type CommunicationPurpose } from '../communication-purpose.js';

const PURPOSE_DOC = {
  example: 'service',
  description:
    '`marketing` (the default) reaches only active customers; `service` also suspended and closed ones (a send skips a suspended or closed customer for a marketing type with the reason CUSTOMER_NOT_ACTIVE)',
};

export class CreateCommunicationTypeDto {
  @TextField({ max: 200, example: 'Опрос' }) name: string;
  @TextField({ max: 1000, min: 0, optional: true, example: 'Используется для опроса настроений клиента' }) description?: string;
  @EnumField(COMMUNICATION_PURPOSES, { optional: true, ...PURPOSE_DOC }) purpose?: CommunicationPurpose;
}

export class UpdateCommunicationTypeDto {
  @TextField({ max: 200, optional: true, example: 'Опрос' }) name?: string;
  @TextField({ max: 1000, min: 0, optional: true }) description?: string;
  @EnumField(COMMUNICATION_PURPOSES, { optional: true, ...PURPOSE_DOC }) purpose?: CommunicationPurpose;
}

export class CommunicationTypeView {
  @ApiProperty({ example: 1 }) communicationTypeId: number;
  @ApiProperty({ example: 'Массовая коммуникация' }) name: string;
  @ApiProperty({ example: 'Используется для массовой коммуникации с клиентами' }) description: string;
  @ApiProperty({ enum: COMMUNICATION_PURPOSES, ...PURPOSE_DOC }) purpose: CommunicationPurpose;
  @ApiProperty({ example: 1, description: 'Send it back as If-Match' }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) updateTime: string;
}
