import { answersOpenIssue, ownsIssue } from '../facts/ownsIssue';
import { worksTowardsFix } from '../facts/stepResolvesIssue';
import { speaksToFault } from '../facts/speaksToFault';
import type { Scenario } from '../scenario/scenarioSchema';
import type { HeardMoves } from './classifyCached';
import { openIssueId, type PersonaState } from './personaState';

/**
 * The issue a rep turn speaks to: one it names, or else the open one, which is the topic under discussion, when the turn
 * answers it in other words. Whether it owns it is the shared rule in facts/ownsIssue.
 */
export function issueSpokenTo(scenario: Scenario, state: PersonaState, moves: HeardMoves, text: string): string | undefined {
  // A fault they told is named by the scenario's words or their own ("that light"), as the scorer reads it.
  const told = (id: string) => {
    const fact = scenario.persona.hiddenFacts.find((f) => f.id === id);
    return fact !== undefined && speaksToFault(fact.text, text);
  };
  const waiting = Object.keys(state.issues).filter((id) => state.issues[id] !== 'owned');
  const named = waiting.find((id) => moves.issueIds.includes(id) || moves.factIds.includes(id)) ?? waiting.find(told);
  if (named) return named;
  const open = openIssueId(state);
  // Booking the step that puts the problem right, with a time, owns it (the scorer's trackIssues reads it the same way).
  if (open && worksTowardsFix(scenario, open, moves) && ownsIssue(moves, text)) return open;
  return open && answersOpenIssue(moves, text, open) ? open : undefined;
}
