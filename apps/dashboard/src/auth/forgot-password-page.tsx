import { useState, type FormEvent } from 'react';
import { useTranslate } from 'ra-core';
import { AuthCard, BackToSignIn } from './auth-card';
import { requestPasswordReset } from './password-reset-api';
import { resetRequestFailure } from './password-reset-failure';

/**
 * Asks for a password-reset link (signed out). It answers the same whether or not an account uses
 * the address, as the server does, so the page tells nobody who has an account.
 */
export function ForgotPasswordPage() {
  const translate = useTranslate();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ message: string; email?: string } | null>(null);
  const [sending, setSending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    setSending(true);
    setFailure(null);
    try {
      await requestPasswordReset(address);
      setSentTo(address);
    } catch (error) {
      setFailure(resetRequestFailure(error));
    } finally {
      setSending(false);
    }
  }

  if (sentTo !== null) {
    return (
      <AuthCard title={translate('contactly.auth.check_email_title', { _: 'Check your email' })} links={<BackToSignIn />}>
        <p className="login__message" role="status" data-testid="reset-requested">
          {translate('contactly.auth.reset_requested', {
            email: sentTo,
            _: 'If an account exists for %{email}, we have sent a link to it to choose a new password. The link works once, for a short time. Nothing within a few minutes? Look in the spam folder, or ask again.',
          })}
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={translate('contactly.auth.forgot_title', { _: 'Forgot your password?' })} onSubmit={submit} links={<BackToSignIn />}>
      <p className="login__intro">
        {translate('contactly.auth.forgot_intro', {
          _: 'Enter the email address of your account, and we will send you a link to choose a new password.',
        })}
      </p>
      {failure && (
        <p className="login__message login__message--error" role="alert">
          {failure.message}
        </p>
      )}
      <label className="login__label" htmlFor="forgot-email">
        {translate('contactly.auth.email', { _: 'Email' })}
      </label>
      <input
        id="forgot-email"
        className="login__input"
        name="email"
        type="email"
        autoComplete="email"
        autoFocus
        required
        value={email}
        aria-invalid={failure?.email ? true : undefined}
        aria-describedby={failure?.email ? 'forgot-email-error' : undefined}
        onChange={(event) => setEmail(event.target.value)}
      />
      {failure?.email && (
        <p id="forgot-email-error" className="login__field-error">
          {failure.email}
        </p>
      )}
      <button className="login__submit" type="submit" disabled={sending}>
        {sending
          ? translate('contactly.auth.sending', { _: 'Sending…' })
          : translate('contactly.auth.send_reset_link', { _: 'Send reset link' })}
      </button>
    </AuthCard>
  );
}
