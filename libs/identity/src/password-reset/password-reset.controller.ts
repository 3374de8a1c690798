import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiMessageLanguage, type MessageLanguage, Public, RequestLanguage } from '@contactly/platform';
import { ConfirmPasswordResetDto, PasswordResetAcceptedDto, RequestPasswordResetDto } from './dto/password-reset.dto.js';
import { PasswordResetService } from './password-reset.service.js';

const ACCEPTED: PasswordResetAcceptedDto = {
  message: 'If an account uses this address, a reset link is on its way. It works once, for 30 minutes.',
};

@ApiTags('auth')
@Controller('api/v1/auth/password-reset')
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Post()
  @HttpCode(202)
  @Public()
  @ApiOperation({
    summary: 'Ask for a password-reset link (anonymous)',
    description:
      'Always 202 with the same body, whether or not an account uses the address; the link is sent after the response. It works once, for 30 minutes, and replaces any earlier link. ' +
      'The email is written in the language of `Accept-Language` (English or Russian; English otherwise) and links to the dashboard’s reset page (PUBLIC_URL).',
  })
  @ApiMessageLanguage()
  @ApiAcceptedResponse({ type: PasswordResetAcceptedDto })
  @ApiErrors(400)
  request(@Body() body: RequestPasswordResetDto, @RequestLanguage() language: MessageLanguage): PasswordResetAcceptedDto {
    this.resets.request(body.email, language);
    return ACCEPTED;
  }

  @Post('confirm')
  @HttpCode(204)
  @Public()
  @ApiOperation({
    summary: 'Set a new password with a reset token (anonymous)',
    description:
      'An unknown, used or expired token is 400 `INVALID_RESET_TOKEN`; a weak password is 400 `WEAK_PASSWORD` and leaves the token usable. Every signed-in session of the user must sign in again.',
  })
  @ApiNoContentResponse({ description: 'The password is changed' })
  @ApiErrors(400)
  async confirm(@Body() body: ConfirmPasswordResetDto): Promise<void> {
    await this.resets.confirm(body.token, body.newPassword);
  }
}
