import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { CommunicationDocument } from '../api-types';
import { previewDocument } from './document-api';
import { useTranslate } from 'react-admin';

/**
 * The saved template filled with sample values by the server (POST …/preview): what a client
 * would get. Variables left empty stay as written and are listed.
 */
export function TemplatePreview({ document }: { document: CommunicationDocument }) {
  const translate = useTranslate();
  const [values, setValues] = useState<Record<string, string>>({});
  const preview = useMutation({ mutationFn: (variables: Record<string, string>) => previewDocument(document.documentId, variables) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Only the variables given a value: the others are reported missing, as for a client without them.
    preview.mutate(Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')));
  };

  return (
    <Box component="section" aria-labelledby="template-preview-title" sx={{ p: 2 }}>
      <Typography id="template-preview-title" variant="h6" component="h2" gutterBottom>
        {translate('Preview')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        Fills the saved template with sample values; nothing is sent or stored.
      </Typography>
      <form onSubmit={submit}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', my: 1 }}>
          {document.variables.map((name) => (
            <TextField
              key={name}
              size="small"
              label={name}
              value={values[name] ?? ''}
              onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
            />
          ))}
          <Button type="submit" variant="outlined" disabled={preview.isPending}>
            {translate('Preview')}
          </Button>
        </Stack>
      </form>
      {preview.error && <Alert severity="error">{preview.error.message}</Alert>}
      {preview.data && (
        <Box data-testid="template-preview" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, mt: 1 }}>
          {preview.data.subject !== null && (
            <Typography sx={{ fontWeight: 500 }} gutterBottom>
              {preview.data.subject}
            </Typography>
          )}
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{preview.data.body}</Typography>
          {preview.data.missingVariables.length > 0 && (
            <Alert severity="warning" sx={{ mt: 1 }}>
              No value for {preview.data.missingVariables.map((name) => `{{${name}}}`).join(', ')}: a client without it would get the
              placeholder as written.
            </Alert>
          )}
        </Box>
      )}
    </Box>
  );
}
