import { ApiProperty } from '@nestjs/swagger';
import { OTP_CHANNELS, type OtpChannel } from './register.dto.js';

/** A registration waiting for its code (never the code itself). */
export class RegistrationStartedDto {
  @ApiProperty({ example: '3f6c1e0a-7b9d-4c52-a1e8-2d4f6b8c0e13' }) registrationId: string;
  @ApiProperty({ example: '2026-11-23T07:10:00.000Z', description: 'When the code just sent stops working' }) expiresAt: string;
  @ApiProperty({ enum: OTP_CHANNELS, example: 'email', description: 'Where the code was sent' }) channel: OtpChannel;
}

/** What a verified registration created. */
export class RegistrationCompletedDto {
  @ApiProperty({ example: '42', description: 'The TMF629 customer (and TMF632 party) id; `Location` is its href' }) customerId: string;
  @ApiProperty({ example: 'maria.ivanova@example.com', description: 'Sign in with it and the chosen password (HTTP Basic)' })
  username: string;
  @ApiProperty({ example: '17', description: 'The default TMF666 billing account' }) billingAccountId: string;
}
