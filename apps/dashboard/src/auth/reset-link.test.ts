import { describe, expect, it } from 'vitest';
import { fragmentWithoutToken, tokenFromFragment } from './reset-link';

const TOKEN = 'q3Vd1e8Xk0bW4r6S9tYzA2cF5hJ7mN1pQ3sU6vX8yZ0';

describe('tokenFromFragment', () => {
  it('reads the token of the link in the reset email', () => {
    expect(tokenFromFragment(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromFragment(`token=${TOKEN}`)).toBe(TOKEN);
  });

  it('finds it among other fragment parameters', () => {
    expect(tokenFromFragment(`#lang=en&token=${TOKEN}`)).toBe(TOKEN);
  });

  it('keeps the URL-safe characters of the token as they are', () => {
    expect(tokenFromFragment('#token=a-b_c')).toBe('a-b_c');
  });

  it('is null without a token', () => {
    expect(tokenFromFragment('')).toBeNull();
    expect(tokenFromFragment('#')).toBeNull();
    expect(tokenFromFragment('#token=')).toBeNull();
    expect(tokenFromFragment('#token=%20')).toBeNull();
    expect(tokenFromFragment('#section-2')).toBeNull();
  });
});

describe('fragmentWithoutToken', () => {
  it('drops the token and the # with it when nothing else is left', () => {
    expect(fragmentWithoutToken(`#token=${TOKEN}`)).toBe('');
    expect(fragmentWithoutToken('')).toBe('');
  });

  it('keeps what else the fragment said', () => {
    expect(fragmentWithoutToken(`#lang=en&token=${TOKEN}`)).toBe('#lang=en');
  });
});
