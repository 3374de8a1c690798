import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type ChangeEvent } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { useNotifyError } from '../../admin/use-notify-error';
import type { CommunicationDocument } from '../api-types';
import { downloadDocument, replaceDocumentFile } from './document-api';
import { type FileKind, formatBytes, limitsText, uploadProblem } from './upload-limits';

/** An audio or video document's file: what it is, download it, replace it (at the version read). */
export function DocumentFilePanel({ document, writable }: { document: CommunicationDocument & { kind: FileKind }; writable: boolean }) {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const picker = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const replace = useMutation({
    mutationFn: (file: File) => replaceDocumentFile(document, file),
    onSuccess: (saved) => {
      setProblem(null);
      notify('%{file} replaced the file', { type: 'success', messageArgs: { file: saved.file?.fileName ?? translate('The file') } });
      refresh();
    },
    onError: (error) => setProblem(error.message),
  });
  const download = useMutation({ mutationFn: () => downloadDocument(document), onError: notifyError });

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const refusal = uploadProblem(document.kind, file);
    if (refusal) setProblem(refusal);
    else replace.mutate(file);
  };

  return (
    <Box component="section" aria-labelledby="document-file-title" sx={{ p: 2 }}>
      <Typography id="document-file-title" variant="h6" component="h2" gutterBottom>
        {translate('File')}
      </Typography>
      {document.file ? (
        <Typography data-testid="document-file">
          {document.file.fileName} · {document.file.contentType} · {formatBytes(document.file.sizeBytes)}
        </Typography>
      ) : (
        <Typography color="text.secondary">{translate('No file.')}</Typography>
      )}
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {limitsText(document.kind)}
      </Typography>
      {problem && (
        <Alert severity="error" role="alert" sx={{ my: 1 }}>
          {problem}
        </Alert>
      )}
      <Stack direction="row" spacing={1}>
        <Button startIcon={<DownloadIcon />} onClick={() => download.mutate()} disabled={download.isPending || !document.file}>
          {translate('Download')}
        </Button>
        {writable && (
          <>
            <Button startIcon={<UploadFileIcon />} onClick={() => picker.current?.click()} disabled={replace.isPending}>
              {translate('Replace file')}
            </Button>
            <input ref={picker} type="file" hidden aria-label={translate('New file')} onChange={picked} />
          </>
        )}
      </Stack>
    </Box>
  );
}
