import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrors,
  ApiMessageLanguage,
  BaseUrl,
  Created,
  Idempotent,
  type MessageLanguage,
  Public,
  RequestLanguage,
} from '@contactly/platform';
import { RegisterDto } from './dto/register.dto.js';
import { ResendCodeDto, VerifyRegistrationDto } from './dto/registration-code.dto.js';
import { RegistrationCompletedDto, RegistrationStartedDto } from './dto/registration-views.dto.js';
import { RegistrationVerificationService } from './registration-verification.service.js';
import { RegistrationService } from './registration.service.js';

const REGISTER_EXAMPLES = {
  person: {
    summary: 'A person (B2C), code by email',
    value: {
      givenName: 'Maria',
      familyName: 'Ivanova',
      email: 'maria.ivanova@example.com',
      phone: '+447700900123',
      password: 'Correct-Horse-42',
      otpChannel: 'email',
    },
  },
  business: {
    summary: 'A business (B2B), code by SMS',
    value: {
      tradingName: 'Acme Telecom',
      email: 'billing@acme.example',
      phone: '+447700900456',
      password: 'Acme-Signup-2026',
      otpChannel: 'sms',
    },
  },
};

@ApiTags('self-service')
@Controller('api/v1/self-service/register')
export class RegistrationController {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly verification: RegistrationVerificationService,
  ) {}

  @Post()
  @HttpCode(202)
  @Public()
  @ApiOperation({
    summary: 'Start a self-registration (anonymous)',
    description:
      'Send `givenName` + `familyName` (a person) or `tradingName` (a business), never both. A 6-digit code goes to the email or, with `otpChannel: "sms"`, the phone; it works for 10 minutes. ' +
      'The message is written in the language of `Accept-Language` (English or Russian) and links to the portal’s registration page (PUBLIC_URL). ' +
      'An email that is already a login or a customer’s address is 409 `EMAIL_ALREADY_REGISTERED` and nothing is created. More than 5 registrations per email or phone in an hour are 429.',
  })
  @ApiBody({ type: RegisterDto, examples: REGISTER_EXAMPLES })
  @ApiMessageLanguage()
  @ApiAcceptedResponse({ type: RegistrationStartedDto, description: 'The code is on its way' })
  @ApiErrors(400, 409, 429)
  register(@Body() body: RegisterDto, @RequestLanguage() language: MessageLanguage): Promise<RegistrationStartedDto> {
    return this.registrations.register(body, language);
  }

  @Post('verify')
  @Idempotent({ secrets: ['code'] })
  @Public()
  @ApiOperation({
    summary: 'Complete a self-registration with its code (anonymous)',
    description:
      'The right code creates, in one transaction, the customer (status active) with its email and phone, the login (username = email) and the default billing account; `Location` is the customer. ' +
      'A wrong code is 422 `INVALID_CODE` with `attemptsLeft`; the 5th wrong code voids the registration, and every later try, even with the right code, is 422 `REGISTRATION_VOID`. ' +
      'An expired code is 422 `CODE_EXPIRED` (ask for a new one); a verified registration is 409 `REGISTRATION_ALREADY_VERIFIED`.',
  })
  @ApiCreatedResponse({
    type: RegistrationCompletedDto,
    headers: { Location: { description: 'The TMF629 customer', schema: { type: 'string' } } },
  })
  @ApiErrors(400, 404, 409, 422)
  verify(@Body() body: VerifyRegistrationDto, @BaseUrl() baseUrl: string): Promise<Created<RegistrationCompletedDto>> {
    return this.verification.verify(body.registrationId, body.code, baseUrl);
  }

  @Post('resend')
  @HttpCode(202)
  @Public()
  @ApiOperation({
    summary: 'Send a new code for a registration (anonymous)',
    description:
      'The previous code stops working. At most once a minute and 5 times per registration: otherwise 429 with `Retry-After` (seconds).',
  })
  @ApiMessageLanguage()
  @ApiAcceptedResponse({ type: RegistrationStartedDto, description: 'A new code is on its way' })
  @ApiErrors(400, 404, 409, 422, 429)
  resend(@Body() body: ResendCodeDto, @RequestLanguage() language: MessageLanguage): Promise<RegistrationStartedDto> {
    return this.registrations.resend(body.registrationId, language);
  }
}
