import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl, Length } from 'class-validator';

export class HubRegistrationDto {
  @ApiProperty({ example: 'https://partner.example.com/tmf-events', description: 'Where events are POSTed' })
  @IsString()
  @Length(8, 2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'callback must be an http(s) URL' })
  callback: string;

  @ApiPropertyOptional({ example: 'eventType=CustomerCreateEvent', nullable: true })
  @IsOptional()
  @IsString()
  @Length(0, 1000)
  query?: string | null;
}

export class HubDto {
  @ApiProperty({ example: '12' }) id: string;
  @ApiProperty({ example: 'https://partner.example.com/tmf-events' }) callback: string;
  @ApiProperty({ example: 'eventType=CustomerCreateEvent', nullable: true, type: String }) query: string | null;
}
