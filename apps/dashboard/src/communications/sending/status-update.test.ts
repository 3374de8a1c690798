import { describe, expect, it } from 'vitest';
import { answerRows, EMPTY_STATUS_UPDATE, statusUpdateOf } from './status-update';

describe('statusUpdateOf', () => {
  it('needs a status', () => {
    expect(statusUpdateOf(EMPTY_STATUS_UPDATE)).toEqual({ problem: 'Choose the new status' });
  });

  it('sends a plain status, and a failure with its reason', () => {
    expect(statusUpdateOf({ ...EMPTY_STATUS_UPDATE, status: 'delivered', reason: 'ignored here' })).toEqual({
      update: { status: 'delivered' },
    });
    expect(statusUpdateOf({ ...EMPTY_STATUS_UPDATE, status: 'failed', reason: ' Номер не обслуживается ' })).toEqual({
      update: { status: 'failed', reason: 'Номер не обслуживается' },
    });
    expect(statusUpdateOf({ ...EMPTY_STATUS_UPDATE, status: 'failed' })).toEqual({ update: { status: 'failed' } });
  });

  it('keeps survey answers with a response, ratings as numbers', () => {
    const answers = [
      { question: 'q1', answer: '5' },
      { question: 'q2', answer: 'Быстрый интернет' },
      { question: '', answer: '' },
    ];
    expect(statusUpdateOf({ ...EMPTY_STATUS_UPDATE, status: 'responded', answers })).toEqual({
      update: { status: 'responded', answers: { q1: 5, q2: 'Быстрый интернет' } },
    });
    expect(statusUpdateOf({ ...EMPTY_STATUS_UPDATE, status: 'responded' })).toEqual({ update: { status: 'responded' } });
  });

  it('refuses an answer without its question, or a question answered twice', () => {
    expect(statusUpdateOf({ ...EMPTY_STATUS_UPDATE, status: 'responded', answers: [{ question: '', answer: '5' }] })).toEqual({
      problem: 'Each answer needs its question',
    });
    expect(
      statusUpdateOf({
        ...EMPTY_STATUS_UPDATE,
        status: 'responded',
        answers: [
          { question: 'q1', answer: '5' },
          { question: 'q1', answer: '4' },
        ],
      }),
    ).toEqual({ problem: '«q1» is answered twice' });
  });
});

describe('answerRows', () => {
  it('shows stored answers as text', () => {
    expect(answerRows({ q1: 5, q2: 'Да', q3: ['a', 'b'] })).toEqual([
      { question: 'q1', answer: '5' },
      { question: 'q2', answer: 'Да' },
      { question: 'q3', answer: '["a","b"]' },
    ]);
    expect(answerRows(null)).toEqual([]);
  });
});
