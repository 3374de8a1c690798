import { Alert, Box, LinearProgress, MenuItem, TextField, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDebouncedValue } from '../../customers/search/use-debounced-value';
import type { CommunicationDocument } from '../api-types';
import { previewDocument } from '../documents/document-api';
import { firstClientMatching, firstClientOfGroup, getSampleClient } from './compose-api';
import { clientFilterOf, type ComposeDraft, variablesOf } from './compose-draft';
import { type SampleClient, sampleValuesFor } from './sample-values';

const TYPING_PAUSE_MS = 400;

/** The recipient whose message is shown: one of the picked clients, or the first the filter or group selects. */
function useSampleClient(
  draft: ComposeDraft,
  pickedId: number | '',
): { client: SampleClient | null | undefined; loading: boolean; error?: Error } {
  const source =
    draft.recipientMode === 'clients'
      ? { kind: 'client' as const, clientId: pickedId === '' ? draft.clients[0]?.clientId : pickedId }
      : draft.recipientMode === 'group'
        ? { kind: 'group' as const, groupId: draft.groupId }
        : { kind: 'filter' as const, filter: clientFilterOf(draft.filter) };
  const settled = useDebouncedValue(JSON.stringify(source), TYPING_PAUSE_MS);
  const asked = JSON.parse(settled) as typeof source;
  const sample = useQuery({
    queryKey: ['sending', 'sample-client', asked],
    queryFn: ({ signal }) => {
      if (asked.kind === 'client') return asked.clientId === undefined ? null : getSampleClient(asked.clientId, signal);
      if (asked.kind === 'group') return asked.groupId === '' ? null : firstClientOfGroup(asked.groupId, signal);
      return firstClientMatching(asked.filter, signal);
    },
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return { client: sample.data, loading: sample.isFetching, error: sample.error ?? undefined };
}

const clientName = (client: SampleClient) => [client.firstName, client.lastName].filter(Boolean).join(' ') || `Client #${client.clientId}`;

/**
 * What a sample recipient would get: the template filled by the server's preview (POST
 * /api/v1/documents/{id}/preview) with that client's values and the page's variables; a text as
 * written; a file as the link a recipient gets. Nothing is sent.
 */
export function SamplePreview({
  document,
  draft,
  mailingName,
}: {
  document: CommunicationDocument | undefined;
  draft: ComposeDraft;
  mailingName: string;
}) {
  const [pickedId, setPickedId] = useState<number | ''>('');
  const picked = pickedId !== '' && draft.clients.some((client) => client.clientId === pickedId) ? pickedId : '';
  const sample = useSampleClient(draft, picked);
  const values = sample.client ? sampleValuesFor(sample.client, variablesOf(draft.variables)) : null;
  const valuesKey = useDebouncedValue(JSON.stringify(values), TYPING_PAUSE_MS);
  const isTemplate = document?.kind === 'template';
  const preview = useQuery({
    queryKey: ['sending', 'preview', document?.documentId, document?.version, valuesKey],
    queryFn: () => previewDocument(document!.documentId, JSON.parse(valuesKey) as Record<string, string>),
    enabled: isTemplate && valuesKey !== 'null',
    placeholderData: keepPreviousData,
  });

  return (
    <Box component="section" aria-labelledby="compose-preview-title" sx={{ p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Typography id="compose-preview-title" variant="h6" component="h2" gutterBottom>
        Preview
      </Typography>
      {draft.recipientMode === 'clients' && draft.clients.length > 1 && (
        <TextField
          select
          size="small"
          label="Sample recipient"
          value={picked === '' ? draft.clients[0].clientId : picked}
          onChange={(event) => setPickedId(Number(event.target.value))}
          sx={{ mb: 1, minWidth: 260 }}
        >
          {draft.clients.map((client) => (
            <MenuItem key={client.clientId} value={client.clientId}>
              {client.label}
            </MenuItem>
          ))}
        </TextField>
      )}
      {!document && <Typography color="text.secondary">Choose what to send to see it as a recipient would.</Typography>}
      {document && sample.client === null && !sample.loading && (
        <Typography color="text.secondary">Pick the recipients to see the message as one of them would get it.</Typography>
      )}
      {sample.error && <Alert severity="warning">The sample recipient could not be read: {sample.error.message}</Alert>}
      {(sample.loading || preview.isFetching) && <LinearProgress aria-label="Rendering the preview" sx={{ mb: 1 }} />}
      {document && sample.client && (
        <>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            As {clientName(sample.client)} (#{sample.client.clientId}) would get it:
          </Typography>
          <Box data-testid="compose-preview" sx={{ p: 2, bgcolor: 'action.hover', borderRadius: 1 }}>
            {isTemplate && preview.data && (
              <>
                <Typography sx={{ fontWeight: 500 }} gutterBottom>
                  {preview.data.subject ?? mailingName}
                </Typography>
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>{preview.data.body}</Typography>
              </>
            )}
            {document.kind === 'text' && (
              <>
                <Typography sx={{ fontWeight: 500 }} gutterBottom>
                  {document.subject ?? mailingName}
                </Typography>
                <Typography sx={{ whiteSpace: 'pre-wrap' }}>{document.body}</Typography>
              </>
            )}
            {(document.kind === 'audio' || document.kind === 'video') && (
              <Typography>
                A link to the {document.kind} file «{document.name}» ({document.file?.fileName ?? 'no file'}).
              </Typography>
            )}
          </Box>
          {isTemplate && preview.error && <Alert severity="error">The preview failed: {preview.error.message}</Alert>}
          {isTemplate && preview.data && preview.data.missingVariables.length > 0 && (
            <Alert severity="warning" sx={{ mt: 1 }}>
              No value for {preview.data.missingVariables.map((name) => `{{${name}}}`).join(', ')} for this client: a recipient without a
              value is skipped (MISSING_VARIABLE) while the others go.
            </Alert>
          )}
        </>
      )}
    </Box>
  );
}
