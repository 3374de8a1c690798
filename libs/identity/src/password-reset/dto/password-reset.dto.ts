import { ApiProperty } from '@nestjs/swagger';
import { EmailField, PasswordField, TextField } from '@contactly/platform';

export class RequestPasswordResetDto {
  @EmailField({
    description: 'The address of the account: a subscriber’s username, or the email of a user',
    example: 'maria.ivanova@example.com',
  })
  email: string;
}

export class ConfirmPasswordResetDto {
  @TextField({
    max: 200,
    description: 'The token from the reset message (43 URL-safe characters)',
    example: 'q3Vd1e8Xk0bW4r6S9tYzA2cF5hJ7mN1pQ3sU6vX8yZ0',
  })
  token: string;

  @PasswordField({ description: 'At least 10 characters, not the username, not a common password', example: 'Correct-Horse-42' })
  newPassword: string;
}

/** The one answer to a reset request, whether or not the address belongs to an account. */
export class PasswordResetAcceptedDto {
  @ApiProperty({ example: 'If an account uses this address, a reset link is on its way. It works once, for 30 minutes.' })
  message: string;
}
