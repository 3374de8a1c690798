import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl } from 'class-validator';
import { CodePointLength } from '../../http/validation/code-point-length.js';

export class HubRegistrationDto {
  @ApiProperty({ example: 'https://partner.example.com/tmf-events', description: 'Where events are POSTed', minLength: 8, maxLength: 2000 })
  @IsString()
  @CodePointLength(8, 2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'callback must be an http(s) URL' })
  callback: string;

  @ApiPropertyOptional({ example: 'eventType=CustomerCreateEvent', nullable: true, maxLength: 1000 })
  @IsOptional()
  @IsString()
  @CodePointLength(0, 1000)
  query?: string | null;
}

export class HubDto {
  @ApiProperty({ example: '12' }) id: string;
  @ApiProperty({ example: 'https://partner.example.com/tmf-events' }) callback: string;
  @ApiProperty({ example: 'eventType=CustomerCreateEvent', nullable: true, type: String }) query: string | null;
}
