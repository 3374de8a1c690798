import { ApiProperty } from '@nestjs/swagger';
import { ChannelBlockView } from './channel-block.dto.js';

/** A channel as a subscriber sees it: whether they have blocked it. */
export class MyChannelView {
  @ApiProperty({ example: 1 }) sendChannelTypeId: number;
  @ApiProperty({ example: 'SMS' }) name: string;
  @ApiProperty({ example: 'Короткие сообщения на телефон' }) description: string;
  @ApiProperty({ example: 'sms', description: 'email, sms, messenger, push or social' }) kind: string;
  @ApiProperty({
    type: ChannelBlockView,
    nullable: true,
    description: 'The block in force (lift it with DELETE /api/v1/channel_blocks/{id}); null: communications may come on it',
  })
  block: ChannelBlockView | null;
}
