import { describe, expect, it } from 'vitest';
import { formatBytes, limitsText, uploadProblem, uploadRefusal } from './upload-limits';

const MiB = 1024 * 1024;

describe('formatBytes', () => {
  it('reads like people write sizes', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(300 * 1024)).toBe('300 KiB');
    expect(formatBytes(20 * MiB)).toBe('20 MiB');
    expect(formatBytes(1.5 * MiB)).toBe('1.5 MiB');
  });
});

describe('uploadProblem', () => {
  it('accepts a file of an allowed type within the size', () => {
    expect(uploadProblem('audio', { size: 1000, type: 'audio/mpeg' })).toBeUndefined();
    expect(uploadProblem('video', { size: 50 * MiB, type: 'video/mp4' })).toBeUndefined();
  });

  it('refuses a file too large for its kind, naming both sizes', () => {
    expect(uploadProblem('audio', { size: 21 * MiB, type: 'audio/mpeg' })).toBe('An audio file may be at most 20 MiB (this one is 21 MiB)');
  });

  it('refuses another type, and leaves an unknown one to the server', () => {
    expect(uploadProblem('audio', { size: 10, type: 'video/mp4' })).toMatch(/must be mp3, m4a/);
    expect(uploadProblem('audio', { size: 10, type: '' })).toBeUndefined();
    expect(uploadProblem('video', { size: 0, type: 'video/mp4' })).toBe('The file is empty');
  });
});

describe('uploadRefusal', () => {
  it('explains a 413 with the limit the server gave', () => {
    expect(uploadRefusal(413, { code: 'FILE_TOO_LARGE', maxBytes: 2 * MiB }, 'audio', { size: 3 * MiB, type: 'audio/mpeg' })).toBe(
      'The file is too large: the server takes audio files up to 2 MiB, and this one is 3 MiB. Nothing was stored.',
    );
    expect(uploadRefusal(413, undefined, 'video')).toBe(
      'The file is too large: the server takes video files up to 50 MiB. Nothing was stored.',
    );
  });

  it('explains a 415 with the types the server takes', () => {
    expect(uploadRefusal(415, { allowed: ['audio/mpeg', 'audio/ogg'] }, 'audio', { size: 3, type: 'text/plain' })).toBe(
      'The server does not take files of type text/plain as audio: it takes audio/mpeg, audio/ogg. Nothing was stored.',
    );
  });

  it('leaves other answers alone', () => {
    expect(uploadRefusal(400, {}, 'audio')).toBeUndefined();
  });

  it('states the limits for the form', () => {
    expect(limitsText('video')).toBe('Video: mp4, webm, ogg, mov, mpeg, up to 50 MiB');
  });
});
