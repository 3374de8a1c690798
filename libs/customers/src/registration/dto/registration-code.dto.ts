import { TextField } from '@contactly/platform';

const REGISTRATION_ID = /^[0-9a-fA-F-]{1,36}$/;

export class VerifyRegistrationDto {
  @TextField({
    max: 36,
    pattern: REGISTRATION_ID,
    patternMessage: 'registrationId must be the id the registration answered',
    example: '3f6c1e0a-7b9d-4c52-a1e8-2d4f6b8c0e13',
  })
  registrationId: string;

  @TextField({ min: 6, max: 6, pattern: /^\d{6}$/, patternMessage: 'code must be the 6 digits that were sent', example: '482913' })
  code: string;
}

export class ResendCodeDto {
  @TextField({
    max: 36,
    pattern: REGISTRATION_ID,
    patternMessage: 'registrationId must be the id the registration answered',
    example: '3f6c1e0a-7b9d-4c52-a1e8-2d4f6b8c0e13',
  })
  registrationId: string;
}
