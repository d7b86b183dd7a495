import type { StateCreator } from 'zustand';
import { attempt, failureOf } from '../failureOf';
import type { SessionSlice, TeamContext, TeamState } from '../teamState';

/** Team mode or not, who is signed in, and the ways in and out. */
export const createSessionSlice =
  (ctx: TeamContext): StateCreator<TeamState, [], [], SessionSlice> =>
  (set, get) => {
    const { api } = ctx.deps;
    /** After signing in or out: everything fetched for the last person is dropped. */
    const signedInAgain = async () => {
      set({ myAssignments: [], myCalls: [], mineLoaded: false, dashboards: {}, traineeCalls: {}, calls: {}, teams: [], people: undefined });
      await get().refreshSession();
      if (get().me?.user.role === 'trainee') await get().loadMine();
      void get().flushUploads();
    };
    return {
      mode: 'checking',
      setupNeeded: false,
      async refreshSession() {
        const me = await api.me();
        if (me === 'single-user') {
          if (get().mode === 'checking') set({ mode: 'single-user' });
          return;
        }
        const setupNeeded = me ? false : await api.setupNeeded().catch(() => false);
        set({ mode: 'team', me: me ?? undefined, setupNeeded, teams: me?.teams ?? [] });
      },
      setup: (body) => attempt(async () => (await api.setup(body), await signedInAgain())),
      signIn: (email, password) => attempt(async () => (await api.signIn(email, password), await signedInAgain())),
      readInvite: (token) => api.inviteInfo(token).catch(failureOf),
      acceptInvite: (token, body) => attempt(async () => (await api.acceptInvite(token, body), await signedInAgain())),
      async signOut() {
        await api.signOut().catch(() => undefined);
        await signedInAgain();
      },
    };
  };
