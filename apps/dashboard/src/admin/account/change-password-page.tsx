import { Alert, Card, CardContent } from '@mui/material';
import { useState } from 'react';
import { Form, PasswordInput, required, SaveButton, Title, useNotify, useRedirect } from 'react-admin';
import { api, unwrap } from '../../api/client';
import { useSession, useSignedInPrincipal } from '../../auth/session-context';

type PasswordChange = {
  currentPassword: string;
  newPassword: string;
  repeatedPassword: string;
};

const matchesNewPassword = (value: string, values: PasswordChange) =>
  value === values.newPassword ? undefined : 'contactly.admin.account.passwords_differ';

/** The signed-in user changes their own password (PUT /api/v1/users/me/password). */
export function ChangePasswordPage() {
  const principal = useSignedInPrincipal();
  const { signIn } = useSession();
  const notify = useNotify();
  const redirect = useRedirect();
  const [problem, setProblem] = useState<string | null>(null);

  const change = async ({ currentPassword, newPassword }: PasswordChange) => {
    setProblem(null);
    try {
      await unwrap(api.PUT('/api/v1/users/me/password', { body: { currentPassword, newPassword } }));
      // The stored credentials hold the old password: sign in again with the new one.
      await signIn(principal.username, newPassword);
      notify('contactly.admin.account.changed', { type: 'success' });
      redirect('/');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 480 }}>
      <Title title="contactly.admin.account.title" />
      <CardContent>
        {problem && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {problem}
          </Alert>
        )}
        <Form onSubmit={(values: Record<string, unknown>) => change(values as PasswordChange)}>
          <PasswordInput
            source="currentPassword"
            label="contactly.admin.account.current_password"
            validate={required()}
            autoComplete="current-password"
            fullWidth
          />
          <PasswordInput
            source="newPassword"
            label="contactly.admin.users.new_password"
            validate={required()}
            autoComplete="new-password"
            helperText="contactly.admin.account.password_rules"
            fullWidth
          />
          <PasswordInput
            source="repeatedPassword"
            label="contactly.admin.account.repeat_password"
            validate={[required(), matchesNewPassword]}
            autoComplete="new-password"
            fullWidth
          />
          <SaveButton label="contactly.layout.change_password" />
        </Form>
      </CardContent>
    </Card>
  );
}
