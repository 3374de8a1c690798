import type { ReportedStatus, StatusUpdate } from './sending-types';

export interface AnswerRow {
  question: string;
  answer: string;
}

/** The status update dialog's inputs, as typed. */
export interface StatusUpdateForm {
  status: ReportedStatus | '';
  /** Why it failed (with `failed`). */
  reason: string;
  /** Survey answers (with `responded`). */
  answers: AnswerRow[];
}

export const EMPTY_STATUS_UPDATE: StatusUpdateForm = { status: '', reason: '', answers: [] };

/** An answer as typed: a number stays a number (a rating), anything else is text. */
const answerValue = (text: string): string | number => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : text);

/** The PATCH …/status body the form describes, or what to fix first. */
export function statusUpdateOf(
  form: StatusUpdateForm,
): { update: StatusUpdate; problem?: undefined } | { update?: undefined; problem: string } {
  if (!form.status) return { problem: 'Choose the new status' };
  if (form.status === 'failed') return { update: { status: 'failed', ...(form.reason.trim() ? { reason: form.reason.trim() } : {}) } };
  if (form.status !== 'responded') return { update: { status: form.status } };
  const rows = form.answers.filter((row) => row.question.trim() || row.answer.trim());
  if (rows.some((row) => !row.question.trim())) return { problem: 'Each answer needs its question' };
  const questions = rows.map((row) => row.question.trim());
  const repeated = questions.find((question, index) => questions.indexOf(question) !== index);
  if (repeated) return { problem: `«${repeated}» is answered twice` };
  return {
    update: {
      status: 'responded',
      ...(rows.length ? { answers: Object.fromEntries(rows.map((row) => [row.question.trim(), answerValue(row.answer)])) } : {}),
    },
  };
}

/** Stored survey answers as rows to show (objects and lists as compact JSON). */
export const answerRows = (answers: Record<string, unknown> | null): { question: string; answer: string }[] =>
  Object.entries(answers ?? {}).map(([question, answer]) => ({
    question,
    answer: typeof answer === 'string' ? answer : JSON.stringify(answer),
  }));
