// Who may see and change what: admins everything, managers the teams they belong to, trainees their own work.
// What a caller may not see answers 404 like what does not exist, so another team's ids reveal nothing.
import type { Context } from 'hono';
import { ApiError, forbidden, notFound } from '../http/ApiError';
import type { SessionUser, TeamDeps, TeamEnv } from '../teamDeps';

/** The signed-in person, or a 401. */
export function requireUser(c: Context<TeamEnv>): SessionUser {
  const user = c.var.user;
  if (!user) throw new ApiError(401, 'Sign in first.', 'unauthenticated');
  return user;
}

/** The signed-in person if their role is one of `roles`, else a 403 saying who may. */
export function requireRole(c: Context<TeamEnv>, roles: readonly SessionUser['role'][], action: string): SessionUser {
  const user = requireUser(c);
  if (!roles.includes(user.role)) throw forbidden(`Only ${roles.map((r) => `${r}s`).join(' and ')} can ${action}.`);
  return user;
}

/** Ids of the teams `user` belongs to. */
export async function teamIdsOf(deps: TeamDeps, userId: string): Promise<string[]> {
  const rows = await deps.db.selectFrom('team_members').select('team_id').where('user_id', '=', userId).execute();
  return rows.map((r) => r.team_id);
}

/** Throws 404 unless the team exists and `user` runs it (an admin, or a manager in it). */
export async function assertManagesTeam(deps: TeamDeps, user: SessionUser, teamId: string): Promise<void> {
  if (user.role === 'trainee') throw notFound('team');
  const team = await deps.db.selectFrom('teams').select('id').where('id', '=', teamId).executeTakeFirst();
  if (!team) throw notFound('team');
  if (user.role === 'admin') return;
  const member = await deps.db.selectFrom('team_members').select('team_id').where('team_id', '=', teamId).where('user_id', '=', user.id).executeTakeFirst();
  if (!member) throw notFound('team');
}

/** Throws 404 unless `user` may see `traineeId`'s work: themselves, an admin, or a manager of a team the trainee is in. */
export async function assertMaySeeTrainee(deps: TeamDeps, user: SessionUser, traineeId: string): Promise<void> {
  if (user.id === traineeId || user.role === 'admin') return;
  if (user.role === 'manager') {
    const shared = await deps.db
      .selectFrom('team_members as mine')
      .innerJoin('team_members as theirs', 'theirs.team_id', 'mine.team_id')
      .select('mine.team_id')
      .where('mine.user_id', '=', user.id)
      .where('theirs.user_id', '=', traineeId)
      .executeTakeFirst();
    if (shared) return;
  }
  throw notFound('trainee');
}

/** Throws 404 unless the trainee is a member of the team. */
export async function assertTraineeInTeam(deps: TeamDeps, teamId: string, traineeId: string): Promise<void> {
  const row = await deps.db
    .selectFrom('team_members')
    .innerJoin('users', 'users.id', 'team_members.user_id')
    .select('users.id')
    .where('team_members.team_id', '=', teamId)
    .where('team_members.user_id', '=', traineeId)
    .where('users.role', '=', 'trainee')
    .executeTakeFirst();
  if (!row) throw notFound('trainee in this team');
}
