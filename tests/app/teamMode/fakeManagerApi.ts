// A team's assignments as the manager's API answers them, and a fake API that keeps them and can refuse an edit.
import type { Assignment } from '../../../src/core/assignments';
import { type TeamApi, TeamApiError } from '../../../src/app/teamMode/teamApi';
import type { AssignmentChanges, ManagedAssignment, Member, PendingInvite, Roster } from '../../../src/app/teamMode/teamApiTypes';

export const week1: Assignment = {
  kind: 'assignment',
  schemaVersion: 1,
  id: 'a-week-1',
  title: 'Week 1',
  note: 'Open with the reason for the call.',
  scenarioIds: ['lease-follow-up', 'busy-executive'],
  customScenarios: [],
  passMark: 70,
  dueDate: '2026-03-10T17:00:00.000Z',
  attemptsAllowed: 3,
  personaKind: 'scripted',
  mode: 'free',
  createdAt: '2026-03-01T09:00:00.000Z',
};

export const managed = (assignment: Assignment = week1, callCount = 0): ManagedAssignment => ({
  id: assignment.id,
  teamId: 't1',
  createdAt: assignment.createdAt,
  archivedAt: null,
  updatedAt: null,
  callCount,
  assignment,
});

export const member = (name: string, role: Member['role'] = 'trainee'): Member => ({
  id: `u-${name.toLowerCase()}`,
  email: `${name.toLowerCase()}@example.com`,
  displayName: name,
  role,
  addedAt: '2026-03-01T09:00:00.000Z',
});

export const pendingInvite = (id: string): PendingInvite => ({
  id,
  role: 'trainee',
  createdBy: 'u-mia',
  createdByName: 'Mia',
  createdAt: '2026-03-01T09:00:00.000Z',
  expiresAt: '2099-03-08T09:00:00.000Z',
});

/**
 * A fake manager's API: edits apply to its one assignment unless `refuse` says otherwise; `hold` keeps a PATCH waiting.
 * Members and pending invites are answered as they were when asked; `lists` holds those answers back until it settles.
 */
export function fakeManagerApi(row: ManagedAssignment = managed()) {
  const server = {
    row,
    edits: [] as { id: string; changes: AssignmentChanges }[],
    refuse: undefined as TeamApiError | undefined,
    hold: undefined as Promise<void> | undefined,
    loads: 0,
    members: [member('Mia', 'manager')],
    invites: [pendingInvite('i-tara')],
    lists: undefined as Promise<void> | undefined,
    /** An invite used: its trainee joins the members and the invite is no longer pending. */
    accept(inviteId: string, name: string) {
      server.invites = server.invites.filter((i) => i.id !== inviteId);
      server.members = [...server.members, member(name)];
    },
  };
  const answer = async <T>(value: T) => (await server.lists, value);
  const roster = { team: { id: 't1', name: 'Team A' }, assignments: [], trainees: [] } as Roster;
  const api: Partial<TeamApi> = {
    async roster() {
      server.loads++;
      return roster;
    },
    grid: async () => ({ team: roster.team, principles: [], assignments: [], trainees: [] }),
    weakSpots: async () => [],
    teamAssignments: async () => [server.row],
    members: () => answer([...server.members]),
    teamInvites: () => answer([...server.invites]),
    usage: async () => ({ today: '2026-03-02', people: [] }),
    async editAssignment(id, changes) {
      server.edits.push({ id, changes });
      await server.hold;
      if (server.refuse) throw server.refuse;
      const next: Record<string, unknown> = { ...server.row.assignment };
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) delete next[key];
        else next[key] = value;
      }
      server.row = { ...server.row, updatedAt: '2026-03-02T09:30:00.000Z', assignment: next as unknown as Assignment };
      return server.row;
    },
  };
  return { api: api as TeamApi, server };
}

export { TeamApiError };
