import { describe, expect, it } from 'vitest';
import { exportFileName, historyFileText, parseHistoryFile, unreadableFileText } from '../../../src/app/history/historyFile';
import { makeRecord } from './recordFixtures';

const when = new Date(Date.UTC(2025, 4, 6, 12));

describe('historyFile', () => {
  it('reads back the calls it exported', () => {
    const calls = [makeRecord(1), makeRecord(2)];
    const parsed = parseHistoryFile(historyFileText(calls, when));
    expect(parsed).toEqual({ ok: true, items: calls });
  });

  it('accepts a bare list of calls', () => {
    expect(parseHistoryFile(JSON.stringify([makeRecord(1)]))).toEqual({ ok: true, items: [makeRecord(1)] });
  });

  it('refuses text that is not JSON, with a message', () => {
    const parsed = parseHistoryFile('<html>not json');
    expect(parsed).toEqual({ ok: false, message: expect.stringMatching(/not valid JSON/) });
  });

  it('refuses JSON that is not a history export, with a message', () => {
    for (const text of ['{"hello": "world"}', '42', 'null', '{"app":"dialed-in","kind":"history","calls":"no"}']) {
      expect(parseHistoryFile(text)).toEqual({ ok: false, message: expect.stringMatching(/not a Dialed In history export/) });
    }
  });

  it('refuses an export that holds no calls', () => {
    expect(parseHistoryFile('[]')).toEqual({ ok: false, message: expect.stringMatching(/holds no calls/) });
  });

  it('exports unreadable items without throwing on values JSON cannot hold, and reads them back', () => {
    const cyclic: Record<string, unknown> = { id: 'c' };
    cyclic.self = cyclic;
    const items = [
      { raw: { id: 'big', n: 10n, when: new Map([['a', 1]]), bytes: new Uint8Array([1, 2]) }, reason: 'id: bad' },
      { raw: cyclic, reason: 'cyclic' },
      { raw: undefined, reason: 'not a saved call' },
    ];
    const text = unreadableFileText(items, when);
    const file = JSON.parse(text);
    expect(file.items[0].raw).toEqual({ id: 'big', n: '10n', when: { map: [['a', 1]] }, bytes: { bytes: [1, 2] } });
    expect(file.items[1].raw.self).toBe('[circular]');
    expect(parseHistoryFile(text)).toEqual({ ok: true, items: [file.items[0].raw, file.items[1].raw, null] });
  });

  it('names exported files by kind and day', () => {
    expect(exportFileName('history', when)).toBe('dialed-in-history-2025-05-06.json');
    expect(exportFileName('unreadable', when)).toBe('dialed-in-unreadable-2025-05-06.json');
  });
});
