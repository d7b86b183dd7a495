// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryOutboxStorage, type UnclaimedCall } from '../../../../src/app/teamMode/outboxStorage';
import { UnclaimedCalls } from '../../../../src/app/teamMode/parts/UnclaimedCalls';
import type { TeamApi } from '../../../../src/app/teamMode/teamApi';
import type { CallUpload, Me } from '../../../../src/app/teamMode/teamApiTypes';
import { createTeamStore } from '../../../../src/app/teamMode/teamStore';
import { TeamStoreProvider } from '../../../../src/app/teamMode/useTeam';

const tara: Me = { user: { id: 'u-tara', email: 'tara@example.com', displayName: 'Tara Trainee', role: 'trainee' }, csrfToken: 'x', teams: [] };

const played = (id: string, scenarioTitle: string, overall: number, leftBy: string[] = []): UnclaimedCall => ({
  upload: { id, scenarioTitle, endedAt: '2026-03-02T09:30:00.000Z', assignmentId: 'a-1', report: { overall } } as CallUpload,
  leftBy,
});

/** Renders the question over a fake server that takes every upload. */
function renderClaims(unclaimed: UnclaimedCall[], me: Me | null = tara) {
  const sent: string[] = [];
  const api: Partial<TeamApi> = {
    uploadCall: async (call) => (sent.push(call.id), { stored: 'created' }),
    myAssignments: async () => [],
    myCalls: async () => [],
  };
  const store = createTeamStore({ api: api as TeamApi, outbox: memoryOutboxStorage() });
  store.setState({ mode: 'team', me: me ?? undefined, unclaimed });
  render(
    <TeamStoreProvider store={store}>
      <UnclaimedCalls />
    </TeamStoreProvider>,
  );
  return { store, sent };
}

const row = (title: RegExp) => screen.getByRole('group', { name: title });

afterEach(cleanup);

describe('the question about calls played while signed out', () => {
  it('asks the trainee by name whether the calls are theirs, with each call’s scenario, date and score', () => {
    renderClaims([played('c1', 'The overdue plates', 82.4), played('c2', 'Wendy on a deadline', 40)]);
    expect(screen.getByRole('heading').textContent).toBe('2 calls were played here while signed out. Are they yours, Tara?');
    expect(row(/^The overdue plates/).textContent).toMatch(/The overdue plates.*assignment · score 82/);
    expect(row(/^Wendy on a deadline/).textContent).toMatch(/score 40/);
    expect(screen.getByText(/Only the calls you say are yours upload to your team/)).toBeTruthy();
  });

  it('uploads one call the trainee says is theirs and keeps asking about the other', async () => {
    const { store, sent } = renderClaims([played('c1', 'The overdue plates', 82), played('c2', 'Wendy on a deadline', 40)]);
    fireEvent.click(within(row(/^The overdue plates/)).getByRole('button', { name: 'Mine: upload it' }));
    await expect.poll(() => sent).toEqual(['c1']);
    expect(store.getState().uploaded).toEqual(['c1']);
    expect(screen.getByRole('heading').textContent).toBe('A call was played here while signed out. Is it yours, Tara?');
    expect(screen.queryByRole('group', { name: /^The overdue plates/ })).toBeNull();
  });

  it('uploads them all with one answer', async () => {
    const { sent } = renderClaims([played('c1', 'The overdue plates', 82), played('c2', 'Wendy on a deadline', 40)]);
    fireEvent.click(screen.getByRole('button', { name: 'All 2 are mine: upload them' }));
    await expect.poll(() => sent).toEqual(['c1', 'c2']);
    expect(screen.queryByTestId('unclaimed-calls')).toBeNull();
  });

  it('stops asking about calls the trainee says are not theirs, sends nothing, and can show them again to claim one after all', async () => {
    const { store, sent } = renderClaims([played('c1', 'The overdue plates', 82), played('c2', 'Wendy on a deadline', 40)]);
    fireEvent.click(screen.getByRole('button', { name: 'None are mine' }));
    expect(screen.getByRole('heading').textContent).toBe('Calls played here while signed out: 2 you said are not yours');
    expect(screen.getByText(/2 calls you said are not yours are kept in this browser, not uploaded/)).toBeTruthy();
    expect(screen.queryByRole('group')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show them' }));
    fireEvent.click(within(row(/^Wendy on a deadline/)).getByRole('button', { name: 'Mine after all: upload it' }));
    await expect.poll(() => sent).toEqual(['c2']);
    expect(store.getState().unclaimed.map((u) => u.upload.id)).toEqual(['c1']);
  });

  it('discards a call only after the trainee confirms', () => {
    const { store } = renderClaims([played('c1', 'The overdue plates', 82)]);
    fireEvent.click(screen.getByRole('button', { name: 'Discard…' }));
    expect(screen.getByText(/Discard it\? It will never upload/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(store.getState().unclaimed).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Discard…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, discard' }));
    expect(store.getState().unclaimed).toEqual([]);
    expect(screen.queryByTestId('unclaimed-calls')).toBeNull();
  });

  it('shows nothing when there is nothing to claim, nobody is signed in, or a manager is', () => {
    renderClaims([]);
    expect(screen.queryByTestId('unclaimed-calls')).toBeNull();
    cleanup();
    renderClaims([played('c1', 'The overdue plates', 82)], null);
    expect(screen.queryByTestId('unclaimed-calls')).toBeNull();
    cleanup();
    renderClaims([played('c1', 'The overdue plates', 82)], { ...tara, user: { ...tara.user, role: 'manager' } });
    expect(screen.queryByTestId('unclaimed-calls')).toBeNull();
  });
});
