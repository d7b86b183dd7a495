import { answersOpenIssue } from '../facts/ownsIssue';
import type { HeardMoves } from './classifyCached';
import { openIssueId, type PersonaState } from './personaState';

/**
 * The issue a rep turn speaks to: one it names, or else the open one, which is the topic under discussion, when the turn
 * answers it in other words. Whether it owns it is the shared rule in facts/ownsIssue.
 */
export function issueSpokenTo(state: PersonaState, moves: HeardMoves, text: string): string | undefined {
  // A fault they told is named by its own words ("that light"), as the scorer reads it.
  const named = [...moves.issueIds, ...moves.factIds].find((id) => id in state.issues && state.issues[id] !== 'owned');
  if (named) return named;
  const open = openIssueId(state);
  return open && answersOpenIssue(moves, text) ? open : undefined;
}
