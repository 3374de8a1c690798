import { useState, type FormEvent } from 'react';
import { useTranslate } from 'ra-core';
import { Link, Navigate, useLocation } from 'react-router';
import { Splash } from '../layout/splash';
import { LanguageSelect } from './language-select';
import { FORGOT_PASSWORD_PATH } from './reset-link';
import type { LoginLocationState } from './require-session';
import { useSession } from './session-context';
import { signInErrorMessage } from './sign-in-error';
import './login-page.css';

/** The one sign-in page of the dashboard; it stays free of the admin console's libraries. */
export function LoginPage() {
  const translate = useTranslate();
  const { state, signIn } = useSession();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (state.status === 'restoring') return <Splash>{translate('contactly.auth.signing_in', { _: 'Signing you in…' })}</Splash>;
  if (state.status === 'signed-in') return <Navigate to={(location.state as LoginLocationState | null)?.from ?? '/'} replace />;
  const notice = state.status === 'ended' ? state.notice : undefined;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      await signIn(username, password);
    } catch (failure) {
      setError(signInErrorMessage(failure));
      setSubmitting(false);
    }
  }

  return (
    <main className="login">
      <form className="login__card" onSubmit={submit} aria-labelledby="login-title">
        <LanguageSelect />
        <h1 id="login-title" className="login__title">
          {translate('contactly.auth.sign_in_title', { _: 'Sign in to Contactly' })}
        </h1>
        {error ? (
          <p className="login__message login__message--error" role="alert" data-testid="login-error">
            {error}
          </p>
        ) : (
          notice && (
            <p className="login__message" role="status">
              {notice}
            </p>
          )
        )}
        <label className="login__label" htmlFor="login-username">
          {translate('contactly.auth.username', { _: 'Username' })}
        </label>
        <input
          id="login-username"
          className="login__input"
          name="username"
          autoComplete="username"
          autoFocus
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <label className="login__label" htmlFor="login-password">
          {translate('contactly.auth.password', { _: 'Password' })}
        </label>
        <input
          id="login-password"
          className="login__input"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button className="login__submit" type="submit" disabled={submitting}>
          {submitting
            ? translate('contactly.auth.signing_in_short', { _: 'Signing in…' })
            : translate('contactly.auth.sign_in', { _: 'Sign in' })}
        </button>
        <p className="login__links">
          <Link to={FORGOT_PASSWORD_PATH}>{translate('contactly.auth.forgot_link', { _: 'Forgot password?' })}</Link>
        </p>
        <p className="login__links">
          New customer? <Link to="/register">Create your account</Link>
        </p>
      </form>
    </main>
  );
}
