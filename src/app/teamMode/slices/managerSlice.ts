import type { StateCreator } from 'zustand';
import { attempt, failureOf } from '../failureOf';
import { latestAnswers } from '../latestAnswers';
import type { Dashboard, ManagerSlice, TeamContext, TeamState } from '../teamState';

/** Admins' teams and people; a manager's live view of a team (roster, grid, weak spots, assignments, people, usage). */
export const createManagerSlice =
  (ctx: TeamContext): StateCreator<TeamState, [], [], ManagerSlice> =>
  (set, get) => {
    const { api } = ctx.deps;
    const dashboardAsked = latestAnswers();
    const patch = (teamId: string, change: Dashboard) => set((s) => ({ dashboards: { ...s.dashboards, [teamId]: { ...s.dashboards[teamId], ...change } } }));
    return {
      teams: [],
      dashboards: {},
      traineeCalls: {},
      async loadAdmin() {
        try {
          const admin = get().me?.user.role === 'admin';
          const [teams, people] = await Promise.all([api.teams(), admin ? api.people() : Promise.resolve(undefined)]);
          set({ teams, people, adminError: undefined });
        } catch (error) {
          set({ adminError: failureOf(error).message });
        }
      },
      createTeam: (name) => attempt(async () => (await api.createTeam(name), await get().loadAdmin())),
      setBudget: (userId, dailyTokens) => attempt(async () => (await api.setBudget(userId, dailyTokens), await get().loadAdmin())),
      async loadDashboard(teamId) {
        const fresh = dashboardAsked(teamId);
        try {
          const [roster, grid, weakSpots, assignments, members, usage] = await Promise.all([
            api.roster(teamId),
            api.grid(teamId),
            api.weakSpots(teamId),
            api.teamAssignments(teamId),
            api.members(teamId),
            api.usage(teamId),
          ]);
          if (fresh()) patch(teamId, { roster, grid, weakSpots, assignments, members, usage, error: undefined });
        } catch (error) {
          if (fresh()) patch(teamId, { error: failureOf(error).message });
        }
      },
      createAssignment: (teamId, draft) => attempt(async () => (await api.createAssignment(teamId, draft), await get().loadDashboard(teamId))),
      editAssignment: (teamId, id, changes) => attempt(async () => (await api.editAssignment(id, changes), await get().loadDashboard(teamId))),
      archiveAssignment: (teamId, id) => attempt(async () => (await api.archiveAssignment(id), await get().loadDashboard(teamId))),
      grantAttempts: (teamId, id, body) => attempt(async () => (await api.grantAttempts(id, body), await get().loadDashboard(teamId))),
      async loadTraineeCalls(traineeId) {
        const calls = await api.traineeCalls(traineeId).catch(() => undefined);
        if (calls) set((s) => ({ traineeCalls: { ...s.traineeCalls, [traineeId]: calls } }));
      },
    };
  };
