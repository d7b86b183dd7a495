import type { Evidence } from '../report';
import { evidenceOf, evidenceWhere, met, missed, notApplicable, type MistakeNote, type PrincipleRule } from '../rule';
import type { CallAnalysis } from '../analyzeCall';
import { NEW_FAULT_ISSUE, type IssueEpisode } from '../trackIssues';

interface EpisodeResult {
  score: number;
  evidence: Evidence[];
  mistake?: MistakeNote;
}

function turnAt(call: CallAnalysis, index: number | null) {
  return index === null ? undefined : call.byIndex.get(index);
}

function firstRepAfter(call: CallAnalysis, index: number) {
  return call.repTurns.find((turn) => turn.index > index);
}

function judge(call: CallAnalysis, episode: IssueEpisode): EpisodeResult | undefined {
  const raised = turnAt(call, episode.raisedAt);
  // Where the problem came up, quoted after the rep's own line that decided the verdict.
  const evidence = raised ? [evidenceOf(raised)] : [];
  const owned = turnAt(call, episode.ownedAt);
  if (episode.raisedAt === null) {
    if (!episode.onRecord) return undefined;
    const first = call.repTurns[0];
    if (!first) return { score: 0, evidence };
    return {
      score: 10,
      evidence: [evidenceOf(first)],
      mistake: {
        turn: first.index,
        note: 'A known problem on the account was never brought up; calling with an update on it would have been the best reason to call.',
      },
    };
  }
  const blamed = turnAt(call, episode.blamedAt);
  if (blamed) {
    return {
      score: owned ? 40 : 10,
      evidence: [evidenceOf(blamed), ...evidence],
      mistake: { turn: blamed.index, note: 'Blaming someone else, or waving the problem away, is not owning it, whatever is promised before or after.' },
    };
  }
  if (owned && (episode.movedOnAt === null || episode.movedOnAt > owned.index)) {
    const acknowledged = episode.acknowledgedAt !== null || episode.raisedBy === 'rep';
    return {
      score: acknowledged ? 100 : 85,
      evidence: [evidenceWhere(call, owned, (m) => (m.commitsAction && m.specificTime) || m.specificTime), ...evidence],
    };
  }
  const movedOn = turnAt(call, episode.movedOnAt);
  // The scenario's better line answers its own issues, not a fault the customer brought up in passing.
  const volunteered = episode.id === NEW_FAULT_ISSUE;
  if (movedOn) {
    const note = volunteered
      ? 'The customer told you about a new problem and you went straight on to your own agenda; it needed owning, with an action and a time, first.'
      : 'You moved on to your own agenda while the customer’s problem was still open; it should be owned, with an action and a time, first.';
    return {
      score: owned ? 40 : 0,
      evidence: [evidenceOf(movedOn), ...evidence],
      mistake: { turn: movedOn.index, note, ...(volunteered ? { genericBetterLine: true } : {}) },
    };
  }
  const vague = turnAt(call, episode.vagueAt);
  if (vague) {
    return {
      score: 20,
      evidence: [evidenceWhere(call, vague, (m) => m.vaguePromise), ...evidence],
      mistake: {
        turn: vague.index,
        note: 'A promise to look into it, with no specific action and no time, is what let the problem fester in the first place.',
        ...(volunteered ? { genericBetterLine: true } : {}),
      },
    };
  }
  const next = firstRepAfter(call, episode.raisedAt) ?? call.repTurns[call.repTurns.length - 1];
  if (!next) return { score: 0, evidence };
  return {
    score: 0,
    evidence: [evidenceOf(next), ...evidence],
    mistake: {
      turn: next.index,
      // An apology was made: say what was still missing, not that there was none.
      note:
        episode.acknowledgedAt !== null
          ? 'You apologised, but the customer’s problem was left without an owner: no action and no time to hear back.'
          : 'The customer’s problem was left without an owner: no apology, no action, no time to hear back.',
      ...(volunteered ? { genericBetterLine: true } : {}),
    },
  };
}

/** Own the issue: acknowledge, commit to a specific action and a time, before moving on to your own agenda. */
export const ownTheIssue: PrincipleRule = {
  id: 'own-the-issue',
  evaluate(call) {
    const results = call.issues.map((episode) => judge(call, episode)).filter((r): r is EpisodeResult => r !== undefined);
    if (results.length === 0) return notApplicable();
    const score = Math.round(results.reduce((sum, r) => sum + r.score, 0) / results.length);
    const evidence = results.flatMap((r) => r.evidence);
    const mistakes = results.flatMap((r) => (r.mistake ? [r.mistake] : []));
    return mistakes.length === 0 ? met(score, evidence) : missed(Math.min(score, 50), evidence, mistakes);
  },
};
