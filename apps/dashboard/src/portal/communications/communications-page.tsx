import { Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { answerSurvey, listMyCommunications, listMyChannels, type Communication } from '../portal-api';
import { LoadState, PortalPage } from '../portal-page';
import { AnswerDialog } from './answer-dialog';
import { ChannelPreferences, MY_CHANNELS_KEY } from './channel-preferences';

const PAGE = 20;
const KEY = ['portal', 'communications'];
/** The statuses from which the communication process takes an answer (see the server's communication-status). */
const ANSWERABLE = ['sent', 'delivered', 'read', 'ignored', 'responded'];

/** My messages (newest first) with their answers, and the channels I accept. */
export function CommunicationsPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const channels = useQuery({ queryKey: MY_CHANNELS_KEY, queryFn: ({ signal }) => listMyChannels(signal) });
  const list = useInfiniteQuery({
    queryKey: KEY,
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) => listMyCommunications(pageParam, PAGE, signal),
    getNextPageParam: (last, pages) => (pages.length * PAGE < last.total ? pages.length * PAGE : undefined),
  });
  const [answering, setAnswering] = useState<Communication | null>(null);
  const t = (key: string, english: string, values?: Record<string, unknown>) =>
    translate(`contactly.portal.communications.${key}`, { _: english, ...values });
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  const channelName = (id: number | null) => channels.data?.find((c) => c.sendChannelTypeId === id)?.name;
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const answer = async (answers: Record<string, unknown>) => {
    if (!answering) return;
    await answerSurvey(answering.communicationId, answers);
    setAnswering(null);
    notify(t('answered', 'Thank you — your answer is saved'), { type: 'success' });
    await queryClient.invalidateQueries({ queryKey: KEY });
  };

  return (
    <PortalPage title={t('title', 'Messages')}>
      <Stack spacing={3}>
        <ChannelPreferences />
        <section aria-labelledby="messages-title">
          <Typography id="messages-title" variant="h6" component="h2" sx={{ mb: 1 }}>
            {t('received', 'Messages we sent you')}
          </Typography>
          <LoadState pending={list.isPending} error={list.error} retry={() => list.refetch()} />
          {list.data && items.length === 0 && (
            <Typography color="text.secondary">{t('none', 'We have not sent you anything yet.')}</Typography>
          )}
          <Stack spacing={1.5}>
            {items.map((c) => (
              <Card key={c.communicationId} variant="outlined" data-testid="communication">
                <CardContent sx={{ pb: '16px !important' }}>
                  <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center', mb: 0.5 }}>
                    <Typography sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
                      {c.transactional ? t('transactional', 'A code or link you asked for') : c.name}
                    </Typography>
                    <Chip size="small" label={translate(`contactly.portal.status.${c.status}`, { _: c.status })} />
                  </Stack>
                  <Typography variant="body2" color="text.secondary">
                    {[channelName(c.sendChannelTypeId), when(c.sentTime ?? c.scheduledTime)].filter(Boolean).join(' · ')}
                  </Typography>
                  {c.subject && <Typography sx={{ mt: 1, fontWeight: 500, overflowWrap: 'anywhere' }}>{c.subject}</Typography>}
                  {c.body && <Typography sx={{ mt: 0.5, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{c.body}</Typography>}
                  {!c.transactional && ANSWERABLE.includes(c.status) && (
                    <Button size="small" sx={{ mt: 1 }} onClick={() => setAnswering(c)}>
                      {c.status === 'responded' ? t('changeAnswer', 'Change my answer') : t('answer', 'Answer')}
                    </Button>
                  )}
                </CardContent>
              </Card>
            ))}
          </Stack>
          {list.hasNextPage && (
            <Button sx={{ mt: 2 }} disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
              {t('more', 'Show earlier messages')}
            </Button>
          )}
        </section>
      </Stack>
      {answering && <AnswerDialog communication={answering} onSubmit={answer} onClose={() => setAnswering(null)} />}
    </PortalPage>
  );
}
