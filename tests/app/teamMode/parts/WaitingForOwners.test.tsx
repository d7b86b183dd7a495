// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryOutboxStorage, type OutboxEntry } from '../../../../src/app/teamMode/outboxStorage';
import { WaitingForOwners } from '../../../../src/app/teamMode/parts/WaitingForOwners';
import type { TeamApi } from '../../../../src/app/teamMode/teamApi';
import type { CallUpload } from '../../../../src/app/teamMode/teamApiTypes';
import { createTeamStore } from '../../../../src/app/teamMode/teamStore';
import { TeamStoreProvider } from '../../../../src/app/teamMode/useTeam';

const waiting = (id: string, userName: string, refused?: string): OutboxEntry => ({
  userId: `u-${userName}`,
  userName,
  upload: { id } as CallUpload,
  ...(refused ? { refused } : {}),
});

function renderWaiting(outbox: OutboxEntry[]) {
  const store = createTeamStore({ api: {} as TeamApi, outbox: memoryOutboxStorage() });
  store.setState({ mode: 'team', outbox });
  return render(
    <TeamStoreProvider store={store}>
      <WaitingForOwners />
    </TeamStoreProvider>,
  );
}

afterEach(cleanup);

describe('calls waiting for their trainees, on the sign-in screen', () => {
  it('counts the calls waiting for each trainee by name', () => {
    renderWaiting([waiting('c1', 'Tara'), waiting('c2', 'Tara'), waiting('c3', 'Tom')]);
    expect(screen.getByText(/2 calls finished in this browser are waiting for Tara to sign in/)).toBeTruthy();
    expect(screen.getByText(/1 call finished in this browser is waiting for Tom to sign in/)).toBeTruthy();
  });

  it('shows nothing when the only kept calls were refused by the server', () => {
    renderWaiting([waiting('c1', 'Tara', 'Not under the rules.')]);
    expect(screen.queryByTestId('waiting-for-owners')).toBeNull();
  });

  it('says calls played while nobody was signed in are kept, not uploaded, until a trainee says they are theirs', () => {
    const store = createTeamStore({ api: {} as TeamApi, outbox: memoryOutboxStorage() });
    const played = (id: string) => ({ upload: { id } as CallUpload, leftBy: [] });
    store.setState({ mode: 'team', unclaimed: [played('c1'), played('c2')] });
    render(
      <TeamStoreProvider store={store}>
        <WaitingForOwners />
      </TeamStoreProvider>,
    );
    expect(screen.getByTestId('waiting-for-owners').textContent).toBe(
      '2 calls were played here while nobody was signed in. They are kept, not uploaded: a trainee who signs in is asked whether they are theirs.',
    );
  });
});
