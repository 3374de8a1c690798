import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslate } from 'ra-core';
import { Link } from 'react-router';
import { LanguageSelect } from './language-select';
import './login-page.css';

interface AuthCardProps {
  title: string;
  /** Given, the card is a form that this sends. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  /** The form checks its inputs itself instead of the browser's bubbles. */
  noValidate?: boolean;
  children: ReactNode;
  /** Under the content, e.g. the way back to sign in. */
  links: ReactNode;
}

/** The card of the signed-out pages beside the login page (forgot password, reset password), in its look. */
export function AuthCard({ title, onSubmit, noValidate, children, links }: AuthCardProps) {
  const titleId = useId();
  const content = (
    <>
      <LanguageSelect />
      <h1 id={titleId} className="login__title">
        {title}
      </h1>
      {children}
      <p className="login__links">{links}</p>
    </>
  );
  return (
    <main className="login">
      {onSubmit ? (
        <form className="login__card" onSubmit={onSubmit} noValidate={noValidate} aria-labelledby={titleId}>
          {content}
        </form>
      ) : (
        <section className="login__card" aria-labelledby={titleId}>
          {content}
        </section>
      )}
    </main>
  );
}

export function BackToSignIn() {
  const translate = useTranslate();
  return <Link to="/login">{translate('contactly.auth.back_to_sign_in', { _: 'Back to sign in' })}</Link>;
}
