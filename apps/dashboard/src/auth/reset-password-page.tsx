import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslate } from 'ra-core';
import { Link, useLocation, useNavigate } from 'react-router';
import { AuthCard, BackToSignIn } from './auth-card';
import { newPasswordProblems, passwordRules, type NewPasswordInput, type NewPasswordProblems } from './new-password';
import { confirmPasswordReset } from './password-reset-api';
import { resetFailure, type ResetFailure } from './password-reset-failure';
import { FORGOT_PASSWORD_PATH, fragmentWithoutToken, tokenFromFragment } from './reset-link';
import { useSession } from './session-context';

/**
 * Where the reset email's link lands (signed out): takes the token from the fragment, clears it from
 * the address bar, and sets the new password typed twice. On success the user signs in afresh.
 */
export function ResetPasswordPage() {
  const translate = useTranslate();
  const location = useLocation();
  const navigate = useNavigate();
  const { signOut } = useSession();
  // Read once, on the first render: right after it the address bar no longer has it.
  const [token] = useState(() => tokenFromFragment(location.hash));
  const [input, setInput] = useState<NewPasswordInput>({ newPassword: '', repeat: '' });
  const [problems, setProblems] = useState<NewPasswordProblems>({});
  const [failure, setFailure] = useState<ResetFailure | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!tokenFromFragment(location.hash)) return;
    // Replaces the history entry (history.replaceState): Back, the history list and a glance at
    // the screen no longer show a token that can set the password.
    void navigate(
      { pathname: location.pathname, search: location.search, hash: fragmentWithoutToken(location.hash) },
      { replace: true, state: location.state },
    );
  }, [location, navigate]);

  const set = (field: keyof NewPasswordInput) => (event: ChangeEvent<HTMLInputElement>) => {
    setInput((current) => ({ ...current, [field]: event.target.value }));
    // An edited input no longer shows the objection to its old value.
    setProblems((current) => ({ ...current, [field]: undefined }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = newPasswordProblems(input);
    setProblems(found);
    setFailure(null);
    if (!token || Object.keys(found).length) return;
    setSaving(true);
    try {
      await confirmPasswordReset(token, input.newPassword);
      // A sign-in saved in this tab may hold the old password: the user signs in afresh, told why.
      signOut(translate('contactly.auth.password_changed', { _: 'Your password has been changed — sign in with the new one' }));
      void navigate('/login', { replace: true });
    } catch (error) {
      const failed = resetFailure(error);
      setFailure(failed);
      if (failed.kind === 'password') setProblems(failed.fields);
      setSaving(false);
    }
  }

  if (!token || failure?.kind === 'link') {
    return (
      <AuthCard
        title={translate('contactly.auth.reset_title', { _: 'Reset your password' })}
        links={
          <>
            <Link to={FORGOT_PASSWORD_PATH}>{translate('contactly.auth.ask_new_link', { _: 'Ask for a new link' })}</Link> ·{' '}
            <BackToSignIn />
          </>
        }
      >
        <p
          className={`login__message${failure ? ' login__message--error' : ''}`}
          role={failure ? 'alert' : 'status'}
          data-testid="reset-link-problem"
        >
          {failure
            ? failure.message
            : translate('contactly.auth.reset_needs_link', {
                _: 'This page needs the link from your password-reset email. Open that link again, or ask for a new one.',
              })}
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={translate('contactly.auth.choose_password_title', { _: 'Choose a new password' })}
      onSubmit={submit}
      noValidate
      links={<BackToSignIn />}
    >
      {failure && (
        <p className="login__message login__message--error" role="alert" data-testid="reset-error">
          {failure.message}
        </p>
      )}
      <NewPasswordField
        id="reset-new-password"
        label={translate('contactly.auth.new_password', { _: 'New password' })}
        value={input.newPassword}
        onChange={set('newPassword')}
        problem={problems.newPassword}
        describedBy="reset-rules"
        autoFocus
      />
      <ul id="reset-rules" className="login__rules" aria-label={translate('contactly.auth.password_needs', { _: 'The password needs' })}>
        {passwordRules(input.newPassword).map((rule) => (
          <li key={rule.text} className={`login__rule${rule.met ? ' login__rule--met' : ''}`}>
            {rule.text}
          </li>
        ))}
      </ul>
      <NewPasswordField
        id="reset-repeat"
        label={translate('contactly.auth.repeat_password', { _: 'Repeat the new password' })}
        value={input.repeat}
        onChange={set('repeat')}
        problem={problems.repeat}
      />
      <button className="login__submit" type="submit" disabled={saving}>
        {saving
          ? translate('contactly.auth.saving', { _: 'Saving…' })
          : translate('contactly.auth.set_password', { _: 'Set new password' })}
      </button>
    </AuthCard>
  );
}

interface NewPasswordFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  problem: string | undefined;
  /** Further text that describes the input (the rules). */
  describedBy?: string;
  autoFocus?: boolean;
}

/** A password input with its label and, when there is one, the problem with its value. */
function NewPasswordField({ id, label, value, onChange, problem, describedBy, autoFocus }: NewPasswordFieldProps) {
  const problemId = `${id}-problem`;
  const description = [problem ? problemId : undefined, describedBy].filter(Boolean).join(' ');
  return (
    <>
      <label className="login__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="login__input"
        type="password"
        autoComplete="new-password"
        autoFocus={autoFocus}
        required
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={description || undefined}
        onChange={onChange}
      />
      {problem && (
        <p id={problemId} className="login__field-error">
          {problem}
        </p>
      )}
    </>
  );
}
