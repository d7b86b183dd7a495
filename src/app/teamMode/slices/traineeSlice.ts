import type { StateCreator } from 'zustand';
import { failureOf } from '../failureOf';
import type { TeamContext, TeamState, TraineeSlice } from '../teamState';

/** A trainee's own assignments (with progress counted by the server) and uploaded calls. */
export const createTraineeSlice =
  (ctx: TeamContext): StateCreator<TeamState, [], [], TraineeSlice> =>
  (set, get) => ({
    myAssignments: [],
    myCalls: [],
    mineLoaded: false,
    async loadMine() {
      if (!get().me) return;
      try {
        const [myAssignments, myCalls] = await Promise.all([ctx.deps.api.myAssignments(), ctx.deps.api.myCalls()]);
        set({ myAssignments, myCalls, mineLoaded: true, mineError: undefined });
      } catch (error) {
        set({ mineLoaded: true, mineError: failureOf(error).message });
      }
    },
  });
