import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router';

/**
 * Any address the portal does not have, and any record that is not the subscriber's (another
 * customer's page): the same page, so it tells nothing about whether that record exists.
 */
export function PortalNotFound() {
  const translate = useTranslate();
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start', py: 4 }} data-testid="portal-not-found">
      <Typography variant="h5" component="h1">
        {translate('contactly.portal.notFound.title', { _: 'Page not found' })}
      </Typography>
      <Typography color="text.secondary">
        {translate('contactly.portal.notFound.text', {
          _: 'There is nothing here for your account. Check the address, or go back to your account.',
        })}
      </Typography>
      <Button variant="contained" component={Link} to="/">
        {translate('contactly.portal.notFound.home', { _: 'Go to my account' })}
      </Button>
    </Stack>
  );
}
