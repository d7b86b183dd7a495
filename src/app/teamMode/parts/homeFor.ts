import type { Route } from '../../navigation/route';
import type { Me } from '../teamApiTypes';

/** Where a person starts after signing in: admins at Admin, managers at their first team, trainees at Home. */
export function homeFor(me: Me | undefined): Route {
  if (me?.user.role === 'admin') return { name: 'admin' };
  if (me?.user.role === 'manager' && me.teams[0]) return { name: 'coach', teamId: me.teams[0].id };
  return { name: 'home' };
}
