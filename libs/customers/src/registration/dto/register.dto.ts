import { EmailField, EnumField, PasswordField, TextField } from '@contactly/platform';
import { PhoneField } from '../../phone/phone.field.js';

export const OTP_CHANNELS = ['email', 'sms'] as const;
export type OtpChannel = (typeof OTP_CHANNELS)[number];

/** A person sends givenName and familyName; a business sends tradingName; never both. */
export class RegisterDto {
  @TextField({ max: 100, optional: true, example: 'Maria', description: 'A person (B2C): with familyName, without tradingName' })
  givenName?: string;

  @TextField({ max: 100, optional: true, example: 'Ivanova', description: 'A person (B2C): with givenName, without tradingName' })
  familyName?: string;

  @TextField({ max: 200, optional: true, example: 'Acme Telecom', description: 'A business (B2B): instead of givenName and familyName' })
  tradingName?: string;

  @EmailField({ description: 'Becomes the username; must not be registered yet' })
  email: string;

  @PhoneField()
  phone: string;

  @PasswordField({ description: 'At least 10 characters, not containing the email, not a common password', example: 'Correct-Horse-42' })
  password: string;

  @EnumField(OTP_CHANNELS, {
    optional: true,
    example: 'email',
    description: 'Where the one-time code goes: the email (default) or the phone by SMS',
  })
  otpChannel?: OtpChannel;
}
