import { useState, type FormEvent } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { AuthCard, BackToSignIn } from '../../auth/auth-card';
import { useSession } from '../../auth/session-context';
import { registrationFailure, type RegistrationFailure } from './registration-failure';
import { resendCode, startRegistration, verifyCode, type RegisterRequest } from './register-api';
import { RegistrationForm } from './registration-form';
import './registration.css';

export const REGISTER_PATH = '/register';

/** What this tab remembers between the two steps: where the code went, and the password to sign in with. */
interface Started {
  destination: string;
  email: string;
  password: string;
}

/**
 * Self-registration for subscribers: who they are and a password, then the one-time code from the
 * message (its link reopens this page at the code step: `?registration=<id>`), then signed in to
 * the portal. An expired code says so and offers a new one.
 */
export function RegisterPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const registrationId = params.get('registration');
  const [started, setStarted] = useState<Started | null>(null);
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<RegistrationFailure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const t = (key: string, english: string, values?: Record<string, unknown>) =>
    translate(`contactly.portal.register.${key}`, { _: english, ...values });
  const failureText = failure && translate(failure.words.key, { _: failure.words._, ...failure.words.values });

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    try {
      await work();
    } catch (error) {
      setFailure(registrationFailure(error));
    } finally {
      setBusy(false);
    }
  };

  const start = (request: RegisterRequest) =>
    run(async () => {
      const result = await startRegistration(request, locale);
      setStarted({
        destination: result.channel === 'sms' ? request.phone : request.email,
        email: request.email,
        password: request.password,
      });
      setParams({ registration: result.registrationId });
    });

  const verify = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!registrationId) return;
    void run(async () => {
      const done = await verifyCode(registrationId, code.trim());
      if (started) {
        await signIn(done.username, started.password);
        void navigate('/', { replace: true });
      } else {
        void navigate('/login', { replace: true, state: { registered: done.username } });
      }
    });
  };

  const resend = () =>
    registrationId &&
    run(async () => {
      await resendCode(registrationId, locale);
      setCode('');
      setNotice(t('resent', 'A new code is on its way. The previous one no longer works.'));
    });

  const restart = () => {
    setFailure(null);
    setStarted(null);
    setCode('');
    setParams({});
  };

  if (!registrationId) {
    return <RegistrationForm busy={busy} failure={failure} failureText={failureText} onSubmit={start} />;
  }

  return (
    <AuthCard
      title={t('codeTitle', 'Enter your code')}
      onSubmit={verify}
      noValidate
      links={
        <>
          <button type="button" className="login__link-button" onClick={restart}>
            {t('startAgain', 'Start again')}
          </button>
          {' · '}
          <BackToSignIn />
        </>
      }
    >
      <p className="login__intro" data-testid="code-sent">
        {started
          ? t('codeSentTo', 'We have sent a 6-digit code to %{destination}. It works for 10 minutes.', { destination: started.destination })
          : t('codeSent', 'Enter the 6-digit code from the message we sent you. It works for 10 minutes.')}
      </p>
      {notice && (
        <p className="login__message" role="status">
          {notice}
        </p>
      )}
      {failure && (
        <p className="login__message login__message--error" role="alert" data-testid="registration-error">
          {failureText}
          {failure.next === 'signIn' && (
            <>
              {' '}
              <Link to="/login">{t('signIn', 'Sign in')}</Link>
            </>
          )}
        </p>
      )}
      <label className="login__label" htmlFor="register-code">
        {t('code', 'Code')}
      </label>
      <input
        id="register-code"
        className="login__input"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        autoFocus
        value={code}
        aria-invalid={failure?.field === 'code' ? true : undefined}
        onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
      />
      {failure?.next === 'restart' ? (
        <button className="login__submit" type="button" onClick={restart}>
          {t('registerAgain', 'Register again')}
        </button>
      ) : (
        <>
          <button className="login__submit" type="submit" disabled={busy || code.trim().length !== 6}>
            {busy ? t('checking', 'Checking…') : t('verify', 'Confirm and sign in')}
          </button>
          <button
            className={`login__secondary${failure?.next === 'resend' ? ' login__secondary--strong' : ''}`}
            type="button"
            disabled={busy}
            onClick={resend}
          >
            {t('resend', 'Send a new code')}
          </button>
        </>
      )}
    </AuthCard>
  );
}
