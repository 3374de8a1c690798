import { useQueryClient } from '@tanstack/react-query';
import { type Dispatch, type FormEvent, type SetStateAction, useRef, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router';
import { estimateSend, sendCommunication, sendingKeys } from '../sending/sending-api';
import { mailingPath } from '../sending/sending-paths';
import { type ComposeDraft, type DraftProblems, sendRequestOf } from './compose-draft';
import type { Confirmation } from './confirm-send-dialog';
import { clearDraft } from './draft-storage';
import { newIdempotencyKey, type SendFailure, sendFailureOf, sendIdempotently } from './send-attempt';

interface ComposeSendOptions {
  draft: ComposeDraft;
  departmentRequired: boolean;
  username: string;
  setProblems: Dispatch<SetStateAction<DraftProblems>>;
}

/**
 * Sending from the compose page: Send checks the draft, asks the server's dry run afresh and opens
 * the confirmation with its number; the confirmed send carries the page's one Idempotency-Key (a
 * double click or a retry sends once), clears the kept draft and opens the mailing.
 */
export function useComposeSend({ draft, departmentRequired, username, setProblems }: ComposeSendOptions) {
  const notify = useNotify();
  const translate = useTranslate();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [failure, setFailure] = useState<SendFailure | null>(null);
  const [sending, setSending] = useState(false);
  const [idempotencyKey, setIdempotencyKey] = useState(() => newIdempotencyKey());
  // A second click lands before React re-renders the disabled button: the ref stops it at once.
  const inFlight = useRef(false);

  /** Send pressed: check the draft here, then ask the server's dry run afresh and confirm with its number. */
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (inFlight.current) return;
    const built = sendRequestOf(draft, new Date(), { departmentRequired });
    if (built.problems) {
      setProblems(built.problems);
      setFailure({
        message: translate('contactly.compose.fixMarked', { _: 'Nothing was sent: fix what is marked.' }),
        fields: built.problems,
        retry: false,
        keyUsed: false,
      });
      return;
    }
    setFailure(null);
    setConfirmation({});
    try {
      setConfirmation({ estimate: await estimateSend(built.request) });
    } catch (error) {
      const failed = sendFailureOf(error);
      setConfirmation(null);
      setFailure(failed);
      setProblems(failed.fields);
    }
  };

  /** Confirmed: the send itself, with the page's Idempotency-Key. */
  const send = async () => {
    const built = sendRequestOf(draft, new Date(), { departmentRequired });
    if (inFlight.current || !built.request) return;
    inFlight.current = true;
    setSending(true);
    try {
      const mailing = await sendIdempotently(sendCommunication, built.request, idempotencyKey);
      clearDraft(localStorage, username);
      await queryClient.invalidateQueries({ queryKey: sendingKeys.all });
      notify(
        translate('contactly.compose.sent', {
          name: mailing.name,
          accepted: mailing.scheduledCount,
          smart_count: mailing.recipientCount,
          _: '«%{name}»: %{accepted} of %{smart_count} accepted',
        }),
        { type: 'success' },
      );
      void navigate(mailingPath(mailing.mailingId));
    } catch (error) {
      const failed = sendFailureOf(error);
      setConfirmation(null);
      setFailure(failed);
      setProblems(failed.fields);
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  const startOver = () => {
    setIdempotencyKey(newIdempotencyKey());
    setFailure(null);
  };

  return {
    submit,
    send,
    confirmation,
    closeConfirmation: () => setConfirmation(null),
    failure,
    setFailure,
    sending,
    startOver,
  };
}
