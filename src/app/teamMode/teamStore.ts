import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { fetchTeamApi } from './fetchTeamApi';
import { localOutboxStorage } from './outboxStorage';
import { createInviteSlice } from './slices/inviteSlice';
import { createManagerSlice } from './slices/managerSlice';
import { createReviewSlice } from './slices/reviewSlice';
import { createSessionSlice } from './slices/sessionSlice';
import { createTraineeSlice } from './slices/traineeSlice';
import { createUploadSlice } from './slices/uploadSlice';
import type { TeamContext, TeamDeps, TeamState } from './teamState';

export type TeamStoreHook = UseBoundStore<StoreApi<TeamState>>;

/** Builds the team-mode store from its slices, with the API and the outbox handed in. */
export function createTeamStore(deps: TeamDeps): TeamStoreHook {
  const ctx: TeamContext = { deps };
  return create<TeamState>()((...a) => ({
    ...createSessionSlice(ctx)(...a),
    ...createUploadSlice(ctx)(...a),
    ...createTraineeSlice(ctx)(...a),
    ...createManagerSlice(ctx)(...a),
    ...createInviteSlice(ctx)(...a),
    ...createReviewSlice(ctx)(...a),
  }));
}

/** The app's team store: the API of the server that served the page, the outbox in localStorage. */
export const useTeamStore: TeamStoreHook = createTeamStore({ api: fetchTeamApi(), outbox: localOutboxStorage });
