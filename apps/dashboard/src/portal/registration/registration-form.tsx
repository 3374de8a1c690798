import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { AuthCard, BackToSignIn } from '../../auth/auth-card';
import type { RegisterRequest } from './register-api';
import type { RegistrationFailure } from './registration-failure';
import './registration.css';

interface RegistrationFormProps {
  busy: boolean;
  failure: RegistrationFailure | null;
  failureText: string | null;
  onSubmit(request: RegisterRequest): void;
}

type Kind = 'person' | 'business';

/** The first step of registering: who you are, how to reach you, a password, and where the code goes. */
export function RegistrationForm({ busy, failure, failureText, onSubmit }: RegistrationFormProps) {
  const translate = useTranslate();
  const t = (key: string, english: string) => translate(`contactly.portal.register.${key}`, { _: english });
  const [kind, setKind] = useState<Kind>('person');
  const [values, setValues] = useState({ givenName: '', familyName: '', tradingName: '', email: '', phone: '', password: '' });
  const [otpChannel, setOtpChannel] = useState<'email' | 'sms'>('email');
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });
  const invalid = (field: string) => (failure?.field === field ? true : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const names =
      kind === 'person'
        ? { givenName: values.givenName.trim(), familyName: values.familyName.trim() }
        : { tradingName: values.tradingName.trim() };
    onSubmit({ ...names, email: values.email.trim(), phone: values.phone.trim(), password: values.password, otpChannel });
  };

  const input = (field: keyof typeof values, label: string, props: Record<string, unknown> = {}) => (
    <>
      <label className="login__label" htmlFor={`register-${field}`}>
        {label}
      </label>
      <input
        id={`register-${field}`}
        className="login__input"
        required
        value={values[field]}
        aria-invalid={invalid(field)}
        onChange={set(field)}
        {...props}
      />
    </>
  );

  return (
    <AuthCard title={t('title', 'Create your account')} onSubmit={submit} links={<BackToSignIn />}>
      <p className="login__intro">
        {t('intro', 'See and manage your details, payment methods and messages. We send you a code to confirm it is you.')}
      </p>
      {failure && (
        <p className="login__message login__message--error" role="alert" data-testid="registration-error">
          {failureText}
        </p>
      )}
      <fieldset className="register__choice">
        <legend className="login__label">{t('kind', 'I register as')}</legend>
        <label>
          <input type="radio" name="kind" checked={kind === 'person'} onChange={() => setKind('person')} /> {t('person', 'A person')}
        </label>
        <label>
          <input type="radio" name="kind" checked={kind === 'business'} onChange={() => setKind('business')} />{' '}
          {t('business', 'A business')}
        </label>
      </fieldset>
      {kind === 'person' ? (
        <>
          {input('givenName', t('givenName', 'First name'), { autoComplete: 'given-name', maxLength: 100 })}
          {input('familyName', t('familyName', 'Last name'), { autoComplete: 'family-name', maxLength: 100 })}
        </>
      ) : (
        input('tradingName', t('tradingName', 'Business name'), { autoComplete: 'organization', maxLength: 200 })
      )}
      {input('email', t('email', 'Email'), { type: 'email', autoComplete: 'email' })}
      {input('phone', t('phone', 'Mobile phone (international, e.g. +44 7700 900123)'), { type: 'tel', autoComplete: 'tel' })}
      {input('password', t('password', 'Password (at least 10 characters)'), {
        type: 'password',
        autoComplete: 'new-password',
        minLength: 10,
      })}
      <fieldset className="register__choice">
        <legend className="login__label">{t('sendCodeBy', 'Where to send the code')}</legend>
        <label>
          <input type="radio" name="otpChannel" checked={otpChannel === 'email'} onChange={() => setOtpChannel('email')} />{' '}
          {t('byEmail', 'By email')}
        </label>
        <label>
          <input type="radio" name="otpChannel" checked={otpChannel === 'sms'} onChange={() => setOtpChannel('sms')} />{' '}
          {t('bySms', 'By SMS')}
        </label>
      </fieldset>
      <button className="login__submit" type="submit" disabled={busy}>
        {busy ? t('sending', 'Sending the code…') : t('submit', 'Send me a code')}
      </button>
    </AuthCard>
  );
}
