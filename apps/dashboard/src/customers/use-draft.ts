import { useState } from 'react';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface DraftState<S, D> {
  /** The ETag of the read being edited: the If-Match of the save. */
  etag: string | null;
  /** What was read. */
  source: S;
  /** What the user has typed. */
  draft: D;
}

/**
 * An edit of a versioned record. While nothing is typed it follows new reads; once the user types,
 * their draft and the version they started from stay until they save, discard or reload, so a
 * concurrent change is found by the server (412) and never silently overwrites or drops their input.
 */
export function useDraft<S, D>(etag: string | null, source: S, toDraft: (source: S) => D, same: (a: D, b: D) => boolean = sameJson) {
  const [state, setState] = useState<DraftState<S, D>>(() => ({ etag, source, draft: toDraft(source) }));
  const dirty = !same(toDraft(state.source), state.draft);
  if (!dirty && (state.etag !== etag || !sameJson(state.source, source))) setState({ etag, source, draft: toDraft(source) });

  return {
    etag: state.etag,
    source: state.source,
    draft: state.draft,
    dirty,
    edit: (change: (draft: D) => D) => setState((current) => ({ ...current, draft: change(current.draft) })),
    /** Start again from a read (after saving, or when the user reloads). */
    reset: (nextEtag: string | null, nextSource: S) => setState({ etag: nextEtag, source: nextSource, draft: toDraft(nextSource) }),
    /** Our own write moved the version on without touching what is being edited. */
    rebase: (nextEtag: string | null) => setState((current) => ({ ...current, etag: nextEtag })),
    discard: () => setState((current) => ({ ...current, draft: toDraft(current.source) })),
  };
}
