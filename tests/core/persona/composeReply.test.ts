import { describe, expect, it } from 'vitest';
import { composeReply } from '../../../src/core/persona/composeReply';
import type { LineRef } from '../../../src/core/persona/replyPlan';

const dialogue = (key: string) => ({ kind: 'dialogue', key }) as LineRef;

describe('composeReply', () => {
  it('drops "Yes, that’s the one" before the customer raises the problem, which says which order it is already', () => {
    const raise: LineRef = { kind: 'issue', issueId: 'short-delivery', field: 'raise' };
    expect(composeReply([dialogue('historyHeard')], raise, [])).toEqual([raise]);
  });

  it('keeps the recognition before an answer that does not raise anything', () => {
    const answer = dialogue('question');
    expect(composeReply([dialogue('historyHeard')], answer, [])).toEqual([dialogue('historyHeard'), answer]);
  });
});
