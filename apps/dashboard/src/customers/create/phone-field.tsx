import { TextField } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { checkPhone, formatAsTyped } from '../phone/phone-number';

interface PhoneFieldProps {
  value: string;
  onChange(value: string): void;
  /** Where a number without a country code belongs (DEFAULT_PHONE_REGION). */
  region: string;
  /** The server's objection, which wins over the field's own. */
  serverError?: string;
  readOnly?: boolean;
}

const t = (key: string) => `contactly.customerCreate.${key}`;

/** A phone input that groups the digits as they are typed and says, as soon as it can, what will be saved or what is wrong. */
export function PhoneField({ value, onChange, region, serverError, readOnly }: PhoneFieldProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const countryName = (code: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  const check = checkPhone(value, region);
  // Too short to judge yet: no red while the agent is still typing the first digits.
  const judged = value.replace(/\D/g, '').length >= 7;
  const problem =
    check.kind === 'invalid' && (judged || check.reason === 'not-a-number')
      ? check.reason === 'invalid-for-region' && check.region
        ? translate(t('phoneInvalidRegion'), { _: 'Not a valid phone number in %{country}', country: countryName(check.region) })
        : translate(t('phoneInvalid'), { _: 'Not a phone number: write it with the country code, e.g. +44 7700 900123' })
      : undefined;
  const help =
    check.kind === 'valid'
      ? translate(t('phoneWillSave'), { _: 'Will be saved as %{number}', number: check.international })
      : translate(t('phoneHelp'), { _: 'With the country code, or as dialled in %{country}', country: countryName(region) });
  return (
    <TextField
      label={translate(t('phone'), { _: 'Phone' })}
      name="phone"
      type="tel"
      autoComplete="tel"
      value={value}
      onChange={(event) => onChange(formatAsTyped(event.target.value, region))}
      error={Boolean(serverError ?? problem)}
      helperText={serverError ?? problem ?? help}
      slotProps={{ htmlInput: { maxLength: 30, readOnly, inputMode: 'tel' } }}
      margin="dense"
      fullWidth
    />
  );
}
