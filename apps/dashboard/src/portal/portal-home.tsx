import { Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material';
import { createElement } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { PORTAL_SECTIONS } from './portal-sections';

/** The portal's first page: a card for each section of the registry. */
export function PortalHome() {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate('contactly.portal.home.title', { _: 'Your account' })}
      </Typography>
      <Stack spacing={2}>
        {PORTAL_SECTIONS.map((section) => (
          <Card key={section.path} variant="outlined">
            <CardActionArea component={Link} to={section.path}>
              <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
                {createElement(section.icon)}
                <div>
                  <Typography variant="h6" component="h2">
                    {translate(section.label.key, { _: section.label._ })}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {translate(section.summary.key, { _: section.summary._ })}
                  </Typography>
                </div>
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
      </Stack>
    </>
  );
}
