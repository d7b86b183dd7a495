import { describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/scoring/report';
import type { Turn } from '../../../src/core/transcript';
import { goodMovesByTurn, lostPointsByTurn, partialMovesByTurn } from '../../../src/app/replay/goodMovesByTurn';

const turns: Turn[] = [
  { speaker: 'customer', text: 'Hello, this is Art.', at: 0 },
  { speaker: 'rep', text: 'Hey Art! How’s it going?', at: 1 },
  { speaker: 'customer', text: 'Fine. What is this about?', at: 2 },
  { speaker: 'rep', text: 'Your plates arrive Thursday; I’ll drop them off by 5pm.', at: 3 },
  { speaker: 'customer', text: 'Great, see you then.', at: 4 },
];

function report(principles: Report['principles'], mistakes: Report['mistakes'] = []): Report {
  return { scenarioId: 'lease-follow-up', overall: 50, principles, mistakes };
}

describe('what worked on a replay turn', () => {
  it('does not show a default pass (met for want of a slip, so without evidence) as something that worked', () => {
    const moves = goodMovesByTurn(
      report([
        { id: 'know-the-history', verdict: 'met', score: 70, evidence: [] },
        { id: 'respect-time', verdict: 'met', score: 85, evidence: [] },
      ]),
      { turns },
    );
    expect(moves.size).toBe(0);
  });

  it('shows a principle met with positive evidence on the turn its evidence points at', () => {
    const moves = goodMovesByTurn(
      report([
        { id: 'own-the-issue', verdict: 'met', score: 100, evidence: [{ turn: 3, quote: 'Your plates arrive Thursday' }] },
        { id: 'know-the-history', verdict: 'met', score: 100, evidence: [{ turn: 3, quote: 'Your plates' }] },
      ]),
      { turns },
    );
    expect([...moves.keys()]).toEqual([3]);
    expect(moves.get(3)).toHaveLength(2);
  });

  it('does not praise a purposeless opener that a late purpose only partly made up for', () => {
    const moves = goodMovesByTurn(
      report([
        {
          id: 'purpose-first',
          verdict: 'met',
          score: 55,
          evidence: [
            { turn: 1, quote: 'Hey Art!' },
            { turn: 3, quote: 'Your plates' },
          ],
        },
      ]),
      { turns },
    );
    expect(moves.size).toBe(0);
  });

  it('never praises a turn that carries a mistake', () => {
    const moves = goodMovesByTurn(
      report(
        [{ id: 'bring-value', verdict: 'met', score: 75, evidence: [{ turn: 1, quote: 'Hey Art!' }] }],
        [{ turn: 1, principle: 'purpose-first', commentary: 'No reason given.', betterLine: 'Hi Art, I am calling about your plates.' }],
      ),
      { turns },
    );
    expect(moves.has(1)).toBe(false);
  });

  it('praises only the rep’s own lines, not the customer’s agreement, and ignores missed verdicts', () => {
    const moves = goodMovesByTurn(
      report([
        {
          id: 'next-step',
          verdict: 'met',
          score: 100,
          evidence: [
            { turn: 3, quote: 'Thursday' },
            { turn: 4, quote: 'Great' },
          ],
        },
        { id: 'persist', verdict: 'missed', score: 30, evidence: [{ turn: 3, quote: 'Thursday' }] },
        { id: 'referral-timing', verdict: 'n/a', score: 0, evidence: [] },
      ]),
      { turns },
    );
    expect([...moves.entries()]).toEqual([[3, [expect.any(String)]]]);
  });

  it('names the principle a mistake-free line still cost points on, so the replay never calls it clean', () => {
    const partial = partialMovesByTurn(
      report(
        [
          {
            id: 'purpose-first',
            verdict: 'met',
            score: 55,
            evidence: [
              { turn: 1, quote: 'How’s it going?' },
              { turn: 3, quote: 'Your plates' },
            ],
          },
          { id: 'own-the-issue', verdict: 'met', score: 100, evidence: [{ turn: 3, quote: 'Your plates arrive Thursday' }] },
        ],
        [{ turn: 3, principle: 'respect-time', commentary: 'x', betterLine: 'y' }],
      ),
      { turns },
    );
    expect([...partial.keys()]).toEqual([1]);
    expect(partial.get(1)).toEqual([{ title: 'Lead with a purpose', score: 55 }]);
  });
});

describe('why a clean replay line still cost points', () => {
  it('gives the reason from the call’s explanation on the line it was lost on, and leaves lines with a mistake to their cards', () => {
    const r = report(
      [{ id: 'respect-time', verdict: 'met', score: 90, evidence: [{ turn: 3, quote: 'Your plates arrive Thursday' }] }],
      [{ turn: 1, principle: 'purpose-first', commentary: 'Filler.', betterLine: 'x' }],
    );
    const lost = lostPointsByTurn(
      [
        { id: 'respect-time', verdict: 'met', score: 90, lost: 10, lostOn: [{ turn: 3, reason: 'No line asked whether now was a good time.' }] },
        { id: 'purpose-first', verdict: 'missed', score: 25, lost: 75, lostOn: [{ turn: 1, reason: 'Filler.' }] },
      ],
      r,
      { turns },
    );
    expect([...lost.keys()]).toEqual([3]);
    expect(lost.get(3)).toEqual([{ title: 'Respect their time', score: 90, reason: 'No line asked whether now was a good time.' }]);
  });
});
