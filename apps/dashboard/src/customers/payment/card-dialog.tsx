import CreditCardIcon from '@mui/icons-material/CreditCard';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  InputAdornment,
  TextField,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { ApiError } from '../../api/api-error';
import { fieldErrorMap } from '../../api/field-errors';
import type { CardInput } from '../customer-api';
import type { PaymentMethod } from '../customer-types';
import {
  brandLabel,
  brandOf,
  cardFormFieldOf,
  CARD_NUMBER_HINTS,
  cardNumberHint,
  digitsOf,
  formatCardNumber,
  isExpired,
  maskedCard,
  parseExpiry,
  type CardFormField,
} from './card';
import { type GatewayConfig, GatewayCardError, readGatewayConfig, tokenizeAtGateway } from './gateway-client';

interface CardDialogProps {
  /** The card being replaced; none to add one. */
  replacing?: PaymentMethod;
  /** Whether the "make it the default" choice is offered (adding a card). */
  offerDefault: boolean;
  /** Sends the card; rejects with the server's ApiError. */
  onSubmit(card: CardInput, makeDefault: boolean): Promise<void>;
  onClose(): void;
}

type Problem = { message: string; fields: Partial<Record<CardFormField, string>> };

/** Asked once per page load: where the gateway takes cards does not change while the page is open. */
let gatewayConfig: Promise<GatewayConfig> | null = null;
const gatewayConfigOnce = () => {
  gatewayConfig ??= readGatewayConfig().catch((error: unknown) => {
    gatewayConfig = null;
    throw error;
  });
  return gatewayConfig;
};

/**
 * The card form. The number and security code live only in this dialog's state and go to the
 * payment gateway's tokenisation endpoint, never to our server: `onSubmit` gets the gateway's
 * single-use token and the holder's name. The Luhn and expiry hints only help typing; the gateway decides.
 */
export function CardDialog({ replacing, offerDefault, onSubmit, onClose }: CardDialogProps) {
  const translate = useTranslate();
  const [number, setNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [cvc, setCvc] = useState('');
  const [holderName, setHolderName] = useState(replacing?.details.nameOnCard ?? '');
  const [makeDefault, setMakeDefault] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sending, setSending] = useState(false);

  const hint = cardNumberHint(number);
  const numberHint = hint && translate(`contactly.card.hint.${hint}`, { _: CARD_NUMBER_HINTS[hint] });
  const digits = digitsOf(number);
  const brand = digits.length >= 2 ? brandOf(digits) : 'unknown';
  const parsedExpiry = parseExpiry(expiry);
  const expiryHint =
    expiry.length >= 4 && !parsedExpiry
      ? 'MM/YY'
      : parsedExpiry && isExpired(parsedExpiry, new Date())
        ? translate('contactly.card.expired', { _: 'This card has expired' })
        : null;

  /** The gateway's or our server's refusal, in the user's language where its code is known. */
  const problemOf = (error: unknown): Problem => {
    const words = (code: string | undefined, fallback: string) =>
      code ? translate(`contactly.card.error.${code}`, { _: fallback }) : fallback;
    if (error instanceof GatewayCardError) {
      const message = words(error.code, error.message);
      return { message, fields: error.field ? { [error.field]: message } : {} };
    }
    if (error instanceof ApiError)
      return {
        message: words(error.code, error.message),
        fields: fieldErrorMap(error.details, cardFormFieldOf) as Partial<Record<CardFormField, string>>,
      };
    return { message: error instanceof Error ? error.message : String(error), fields: {} };
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!parsedExpiry) {
      setProblem({
        message: translate('contactly.card.expiryFormat', { _: 'Enter the expiry as MM/YY' }),
        fields: { expiry: translate('contactly.card.expiryFormatShort', { _: 'must be MM/YY' }) },
      });
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      const holder = holderName.trim();
      // Straight to the gateway (another origin): our server only ever sees the token it answers.
      const card = { number: digits, expiryMonth: parsedExpiry.month, expiryYear: parsedExpiry.year, cvc, holderName: holder };
      const { token } = await tokenizeAtGateway(await gatewayConfigOnce(), card);
      await onSubmit({ token, holderName: holder }, makeDefault);
    } catch (error) {
      setProblem(problemOf(error));
      setSending(false);
    }
  };

  const fieldError = (field: CardFormField) => problem?.fields[field];

  return (
    <Dialog open onClose={onClose} aria-labelledby="card-dialog-title" fullWidth maxWidth="xs">
      {/* method="post" and inputs without names: even if the script failed, the card would never end up in a URL */}
      <form onSubmit={submit} method="post" autoComplete="on" noValidate>
        <DialogTitle id="card-dialog-title">
          {replacing
            ? translate('contactly.card.replaceTitle', { card: maskedCard(replacing.details), _: 'Replace %{card}' })
            : translate('contactly.card.addTitle', { _: 'Add a card' })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2">
            {replacing
              ? translate('contactly.card.replaceIntro', { _: 'The new card takes the place of this one, with the same default setting.' })
              : translate('contactly.card.addIntro', {
                  _: 'The card goes straight to the payment gateway; only its brand, last four digits and expiry are kept.',
                })}
          </DialogContentText>
          {problem && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {problem.message}
            </Alert>
          )}
          <TextField
            label={translate('contactly.card.number', { _: 'Card number' })}
            autoComplete="cc-number"
            required
            fullWidth
            autoFocus
            margin="normal"
            value={number}
            onChange={(event) => setNumber(formatCardNumber(event.target.value))}
            error={Boolean(fieldError('number') ?? numberHint)}
            helperText={fieldError('number') ?? numberHint ?? (brand !== 'unknown' ? brandLabel(brand) : ' ')}
            slotProps={{
              htmlInput: { inputMode: 'numeric', maxLength: 23, spellCheck: false },
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <CreditCardIcon fontSize="small" />
                  </InputAdornment>
                ),
              },
            }}
          />
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 2 }}>
            <TextField
              label={translate('contactly.card.expiry', { _: 'Expiry (MM/YY)' })}
              autoComplete="cc-exp"
              required
              margin="dense"
              value={expiry}
              onChange={(event) => setExpiry(event.target.value)}
              error={Boolean(fieldError('expiry') ?? expiryHint)}
              helperText={fieldError('expiry') ?? expiryHint ?? ' '}
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 7, placeholder: 'MM/YY' } }}
            />
            <TextField
              label={translate('contactly.card.cvc', { _: 'CVC' })}
              type="password"
              autoComplete="cc-csc"
              required
              margin="dense"
              value={cvc}
              onChange={(event) => setCvc(event.target.value.replace(/\D/g, '').slice(0, 4))}
              error={Boolean(fieldError('cvc'))}
              helperText={fieldError('cvc') ?? ' '}
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
            />
          </Box>
          <TextField
            label={translate('contactly.card.holderName', { _: 'Name on card' })}
            autoComplete="cc-name"
            required
            fullWidth
            margin="dense"
            value={holderName}
            onChange={(event) => setHolderName(event.target.value)}
            error={Boolean(fieldError('holderName'))}
            helperText={fieldError('holderName') ?? ' '}
            slotProps={{ htmlInput: { maxLength: 100 } }}
          />
          {offerDefault && (
            <FormControlLabel
              control={<Checkbox checked={makeDefault} onChange={(event) => setMakeDefault(event.target.checked)} />}
              label={translate('contactly.card.makeDefault', { _: 'Make it the default payment method' })}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('contactly.card.cancel', { _: 'Cancel' })}</Button>
          <Button type="submit" variant="contained" disabled={sending || !digits || !expiry || !cvc || !holderName.trim()}>
            {replacing ? translate('contactly.card.replace', { _: 'Replace card' }) : translate('contactly.card.add', { _: 'Add card' })}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
