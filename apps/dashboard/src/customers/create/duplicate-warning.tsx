import { Alert, AlertTitle, Box, Button, Link as MuiLink, List, ListItem, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { customerPath } from '../customer-paths';
import { matchedKey } from './duplicate-check';
import type { PossibleDuplicate } from './duplicates-api';

const t = (key: string) => `contactly.customerCreate.${key}`;
const MATCHED = { email: 'same email', phone: 'same phone', emailAndPhone: 'same email and phone' } as const;

interface DuplicateWarningProps {
  duplicates: readonly PossibleDuplicate[];
  onCreateAnyway(): void;
  disabled: boolean;
}

/** The customers the new one may be, each a link to its page, and the explicit way past them. */
export function DuplicateWarning({ duplicates, onCreateAnyway, disabled }: DuplicateWarningProps) {
  const translate = useTranslate();
  return (
    <Alert
      severity="warning"
      role="alert"
      sx={{ mb: 2 }}
      aria-label={translate(t('duplicateTitle'), { _: 'This may be a customer who already exists' })}
    >
      <AlertTitle>{translate(t('duplicateTitle'), { _: 'This may be a customer who already exists' })}</AlertTitle>
      <List dense disablePadding>
        {duplicates.map((duplicate) => {
          const matched = matchedKey(duplicate.matched);
          return (
            <ListItem key={duplicate.id} disableGutters sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1 }}>
              <MuiLink component={Link} to={customerPath(duplicate.id)} sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
                {translate(t('duplicateOne'), { _: '%{name} (customer %{id})', name: duplicate.name, id: duplicate.id })}
              </MuiLink>
              <Typography component="span" variant="body2" color="text.secondary">
                {translate(t(`matched.${matched}`), { _: MATCHED[matched] })}
              </Typography>
            </ListItem>
          );
        })}
      </List>
      <Typography variant="body2" sx={{ mt: 1 }}>
        {translate(t('duplicateHint'), { _: 'Open the existing customer, or create this one anyway if they are different people.' })}
      </Typography>
      <Box sx={{ mt: 1 }}>
        <Button variant="outlined" color="warning" size="small" onClick={onCreateAnyway} disabled={disabled}>
          {translate(t('createAnyway'), { _: 'Create anyway' })}
        </Button>
      </Box>
    </Alert>
  );
}
