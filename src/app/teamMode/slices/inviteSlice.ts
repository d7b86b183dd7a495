import type { StateCreator } from 'zustand';
import { failureOf } from '../failureOf';
import { latestAnswers } from '../latestAnswers';
import { TeamApiError } from '../teamApi';
import type { PendingInvite } from '../teamApiTypes';
import type { InviteSlice, TeamContext, TeamInvites, TeamState } from '../teamState';

/** Invite links: making them, and each team's pending ones, which managers and admins can withdraw. */
export const createInviteSlice =
  (ctx: TeamContext): StateCreator<TeamState, [], [], InviteSlice> =>
  (set, get) => {
    const { api } = ctx.deps;
    // Changes per team, so a list fetched before a create or a withdrawal cannot undo it on screen.
    const changes = new Map<string, number>();
    const listAsked = latestAnswers();
    const changed = (teamId: string) => changes.set(teamId, (changes.get(teamId) ?? 0) + 1);
    const patch = (teamId: string, change: (list: TeamInvites) => TeamInvites) =>
      set((s) => ({ teamInvites: { ...s.teamInvites, [teamId]: change(s.teamInvites[teamId] ?? {}) } }));
    const edit = (teamId: string, change: (invites: PendingInvite[]) => PendingInvite[]) => {
      changed(teamId);
      patch(teamId, (list) => (list.invites ? { ...list, invites: change(list.invites) } : list));
    };
    return {
      teamInvites: {},
      async invite(role, teamId) {
        try {
          const made = await api.createInvite(role, teamId);
          const { teamId: _team, ...pending } = made.invite;
          if (teamId) edit(teamId, (invites) => [...invites.filter((i) => i.id !== pending.id), pending]);
          return made;
        } catch (error) {
          return failureOf(error);
        }
      },
      async loadInvites(teamId) {
        const before = changes.get(teamId);
        const fresh = listAsked(teamId);
        try {
          const invites = await api.teamInvites(teamId);
          // Asked for before a change here: it may miss the change, so ask again.
          if (changes.get(teamId) !== before) return get().loadInvites(teamId);
          if (fresh()) patch(teamId, () => ({ invites }));
        } catch (error) {
          if (fresh()) patch(teamId, (list) => ({ ...list, error: failureOf(error).message }));
        }
      },
      async withdrawInvite(teamId, inviteId) {
        try {
          await api.withdrawInvite(inviteId);
        } catch (error) {
          // Used, withdrawn or expired meanwhile: it is not pending any more, so it leaves the list too.
          const gone = error instanceof TeamApiError && error.code === 'invite_not_pending';
          if (gone) edit(teamId, (invites) => invites.filter((i) => i.id !== inviteId));
          return { ...failureOf(error), gone };
        }
        edit(teamId, (invites) => invites.filter((i) => i.id !== inviteId));
        return undefined;
      },
    };
  };
