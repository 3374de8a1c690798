import { ApiProperty } from '@nestjs/swagger';
import { BooleanField, EnumField, TextField } from '@contactly/platform';
import { CHANNEL_KINDS, type ChannelKind } from '../send-channel-type.entity.js';

const KIND = 'How it reaches a client: the address it needs and the provider that delivers it';

export class CreateSendChannelTypeDto {
  @TextField({ max: 100, example: 'Telegram' }) name: string;
  @TextField({ max: 1000, min: 0, optional: true, example: 'Отправка сообщения в Telegram клиента' }) description?: string;
  @EnumField(CHANNEL_KINDS, { example: 'messenger', description: KIND }) kind: ChannelKind;
  @BooleanField({ optional: true, example: true, description: 'Default true' }) enabled?: boolean;
}

export class UpdateSendChannelTypeDto {
  @TextField({ max: 100, optional: true, example: 'Telegram' }) name?: string;
  @TextField({ max: 1000, min: 0, optional: true }) description?: string;
  @EnumField(CHANNEL_KINDS, { optional: true, description: KIND }) kind?: ChannelKind;
  @BooleanField({ optional: true }) enabled?: boolean;
}

export class SendChannelTypeView {
  @ApiProperty({ example: 1 }) sendChannelTypeId: number;
  @ApiProperty({ example: 'SMS' }) name: string;
  @ApiProperty({ example: 'Отправка короткого текстового сообщения на телефон клиента' }) description: string;
  @ApiProperty({ enum: CHANNEL_KINDS, description: KIND }) kind: ChannelKind;
  @ApiProperty({ example: true, description: 'Nothing new is sent on a disabled channel' }) enabled: boolean;
  @ApiProperty({ example: 1, description: 'Send it back as If-Match' }) version: number;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) createTime: string;
  @ApiProperty({ example: '2026-11-23T07:00:00.000+00:00' }) updateTime: string;
}
