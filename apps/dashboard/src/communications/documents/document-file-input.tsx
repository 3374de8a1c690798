import { FileField, FileInput, required } from 'react-admin';
import { type FileKind, limitsText, uploadProblem } from './upload-limits';

type Picked = { rawFile?: File } | null | undefined;

/** Says before the upload what the server would refuse (413 too large, 415 another type). */
const acceptable = (picked: Picked, values: { kind?: FileKind }) =>
  picked?.rawFile && values.kind ? uploadProblem(values.kind, picked.rawFile) : undefined;

/** The audio or video file of a new document, with the server's limits for its kind. */
export function DocumentFileInput({ kind }: { kind: FileKind }) {
  return (
    <FileInput
      source="file"
      label={kind === 'audio' ? 'Audio file' : 'Video file'}
      validate={[required('Choose the file to upload'), acceptable]}
      helperText={limitsText(kind)}
    >
      <FileField source="src" title="title" />
    </FileInput>
  );
}
