// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryOutboxStorage, type OutboxEntry } from '../../../../src/app/teamMode/outboxStorage';
import { UploadState } from '../../../../src/app/teamMode/parts/UploadState';
import type { TeamApi } from '../../../../src/app/teamMode/teamApi';
import type { CallUpload, Me } from '../../../../src/app/teamMode/teamApiTypes';
import { createTeamStore } from '../../../../src/app/teamMode/teamStore';
import { TeamStoreProvider } from '../../../../src/app/teamMode/useTeam';

const tom: Me = { user: { id: 'u-tom', email: 'tom@example.com', displayName: 'Tom', role: 'trainee' }, csrfToken: 'x', teams: [] };
const taraWaits: OutboxEntry = { userId: 'u-tara', userName: 'Tara', upload: { id: 'call-1' } as CallUpload };

function renderState(me: Me | undefined, entry: OutboxEntry) {
  const store = createTeamStore({ api: {} as TeamApi, outbox: memoryOutboxStorage() });
  store.setState({ mode: 'team', me, outbox: [entry] });
  return render(
    <TeamStoreProvider store={store}>
      <UploadState callId={entry.upload.id} />
    </TeamStoreProvider>,
  );
}

afterEach(cleanup);

describe('the upload state of a finished call', () => {
  it('says the call waits for its trainee to sign in when nobody is signed in', () => {
    renderState(undefined, taraWaits);
    expect(screen.getByText('Waiting for Tara to sign in')).toBeTruthy();
  });

  it('says the call waits for its trainee when someone else is signed in', () => {
    renderState(tom, taraWaits);
    expect(screen.getByText('Waiting for Tara to sign in')).toBeTruthy();
  });

  it('shows a refusal whole, since the server’s reason says what to do', () => {
    const reason = 'This is call 2 of the series “Art’s plates”, and the server has no call 1 of its run from you. Play the series again from call 1.';
    renderState(tom, { ...taraWaits, userId: 'u-tom', userName: 'Tom', refused: reason });
    expect(screen.getByRole('status').textContent).toBe(`Not accepted by your team’s server. ${reason}`);
  });

  it('says only that it waits to upload when its own trainee is signed in', () => {
    renderState(tom, { ...taraWaits, userId: 'u-tom', userName: 'Tom' });
    expect(screen.getByText('Waiting to upload')).toBeTruthy();
  });

  it('says a call played while nobody was signed in is not uploaded until someone claims it', async () => {
    const store = createTeamStore({ api: {} as TeamApi, outbox: memoryOutboxStorage() });
    store.setState({ mode: 'team', unclaimed: [{ upload: { id: 'call-2' } as CallUpload, leftBy: [] }] });
    render(
      <TeamStoreProvider store={store}>
        <UploadState callId="call-2" />
      </TeamStoreProvider>,
    );
    expect(screen.getByText('Not uploaded: played while signed out. Sign in to claim it')).toBeTruthy();
    store.setState({ me: tom });
    expect(await screen.findByText('Not uploaded: say on Home whether it is yours')).toBeTruthy();
  });
});
