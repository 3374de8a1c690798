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
import { ApiError } from '../../api/api-error';
import { fieldErrorMap } from '../../api/field-errors';
import type { CardInput } from '../customer-api';
import type { PaymentMethod } from '../customer-types';
import {
  brandLabel,
  brandOf,
  cardFormFieldOf,
  cardNumberHint,
  digitsOf,
  formatCardNumber,
  isExpired,
  maskedCard,
  parseExpiry,
  type CardFormField,
} from './card';

interface CardDialogProps {
  /** The card being replaced; none to add one. */
  replacing?: PaymentMethod;
  /** Whether the "make it the default" choice is offered (adding a card). */
  offerDefault: boolean;
  /** Sends the card; rejects with the server's ApiError. */
  onSubmit(card: CardInput, makeDefault: boolean): Promise<void>;
  onClose(): void;
}

/**
 * The card form. The number and security code live only in this dialog's state: they go to the
 * server in a POST/PATCH body, never into a URL, a log, storage or a cache, and vanish when the
 * dialog closes. The Luhn and expiry hints only help typing; the server and the gateway decide.
 */
export function CardDialog({ replacing, offerDefault, onSubmit, onClose }: CardDialogProps) {
  const [number, setNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [cvc, setCvc] = useState('');
  const [holderName, setHolderName] = useState(replacing?.details.nameOnCard ?? '');
  const [makeDefault, setMakeDefault] = useState(false);
  const [problem, setProblem] = useState<{ message: string; fields: Partial<Record<CardFormField, string>> } | null>(null);
  const [sending, setSending] = useState(false);

  const numberHint = cardNumberHint(number);
  const digits = digitsOf(number);
  const brand = digits.length >= 2 ? brandOf(digits) : 'unknown';
  const parsedExpiry = parseExpiry(expiry);
  const expiryHint =
    expiry.length >= 4 && !parsedExpiry ? 'MM/YY' : parsedExpiry && isExpired(parsedExpiry, new Date()) ? 'This card has expired' : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!parsedExpiry) {
      setProblem({ message: 'Enter the expiry as MM/YY', fields: { expiry: 'must be MM/YY' } });
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      await onSubmit(
        { number: digits, expiryMonth: parsedExpiry.month, expiryYear: parsedExpiry.year, cvc, holderName: holderName.trim() },
        makeDefault,
      );
    } catch (error) {
      const fields =
        error instanceof ApiError ? (fieldErrorMap(error.details, cardFormFieldOf) as Partial<Record<CardFormField, string>>) : {};
      setProblem({ message: error instanceof Error ? error.message : String(error), fields });
      setSending(false);
    }
  };

  const fieldError = (field: CardFormField) => problem?.fields[field];

  return (
    <Dialog open onClose={onClose} aria-labelledby="card-dialog-title" fullWidth maxWidth="xs">
      {/* method="post" and inputs without names: even if the script failed, the card would never end up in a URL */}
      <form onSubmit={submit} method="post" autoComplete="on" noValidate>
        <DialogTitle id="card-dialog-title">{replacing ? `Replace ${maskedCard(replacing.details)}` : 'Add a card'}</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2">
            {replacing
              ? 'The new card takes the place of this one, with the same default setting.'
              : 'The card goes to the payment gateway; only its brand, last four digits and expiry are kept.'}
          </DialogContentText>
          {problem && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {problem.message}
            </Alert>
          )}
          <TextField
            label="Card number"
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
              label="Expiry (MM/YY)"
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
              label="CVC"
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
            label="Name on card"
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
              label="Make it the default payment method"
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={sending || !digits || !expiry || !cvc || !holderName.trim()}>
            {replacing ? 'Replace card' : 'Add card'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
