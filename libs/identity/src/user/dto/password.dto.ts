import { PasswordField } from '@contactly/platform';

export class ChangeOwnPasswordDto {
  @PasswordField({ example: 'my-old-password' })
  currentPassword: string;

  @PasswordField({ description: 'At least 10 characters, not the username, not a common password', example: 'Correct-Horse-42' })
  newPassword: string;
}

export class ResetPasswordDto {
  @PasswordField({ description: 'At least 10 characters, not the username, not a common password', example: 'Temporary-Pass-7' })
  newPassword: string;
}
