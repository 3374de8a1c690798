import type { DocumentKind } from '../api-types';

export const DOCUMENT_KIND_CHOICES: { id: DocumentKind; name: string }[] = [
  { id: 'text', name: 'Text (sent as written)' },
  { id: 'template', name: 'Template (with {{variables}} filled per client)' },
  { id: 'audio', name: 'Audio file' },
  { id: 'video', name: 'Video file' },
];

export const isTextKind = (kind: unknown): kind is 'text' | 'template' => kind === 'text' || kind === 'template';
