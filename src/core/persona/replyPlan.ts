import { pick, randomFor } from '../random';
import { thanks } from '../language/closingPhrases';
import type { Scenario } from '../scenario/scenarioSchema';
import type { EndReason } from '../transcript';
import type { GatekeeperLineKey } from '../scenario/gatekeeperSchema';

/** Which of the scenario's dialogue lists a reply draws from. */
export type DialogueKey = keyof Scenario['dialogue'];

/** A reference to one piece of scenario text; the words are chosen later, with the call's seed. */
export type LineRef =
  | { kind: 'dialogue'; key: DialogueKey }
  | { kind: 'issue'; issueId: string; field: 'raise' | 'ownedReply' | 'vagueReply' | 'ignoredReply' }
  | { kind: 'referral'; field: 'give' | 'decline' }
  | { kind: 'fact'; factId: string }
  | { kind: 'gatekeeper'; key: GatekeeperLineKey };

/** What the customer will say (as references) and whether the call ends. */
export interface ReplyPlan {
  parts: LineRef[];
  end?: EndReason;
  /** Set when the second person on the line (the assistant) says it, not the customer. */
  party?: 'gatekeeper';
}

/** The variants a reference points at; empty when it points at nothing (a stale id). */
function variantsOf(scenario: Scenario, ref: LineRef): readonly string[] {
  switch (ref.kind) {
    case 'dialogue':
      return scenario.dialogue[ref.key] ?? [];
    case 'issue': {
      const issue = scenario.persona.openIssues.find((item) => item.id === ref.issueId);
      if (issue) return issue[ref.field];
      // A fault the customer told in passing: its own replies, or the plain ones a scenario always has.
      const fact = scenario.persona.hiddenFacts.find((item) => item.id === ref.issueId);
      const own = ref.field === 'raise' ? undefined : fact?.[ref.field];
      return own ?? (fact ? scenario.dialogue[ref.field === 'ownedReply' ? 'nextStepAccepted' : 'question'] : []);
    }
    case 'referral':
      return scenario.persona.referral?.[ref.field] ?? scenario.dialogue.referralEarly;
    case 'fact': {
      const fact = scenario.persona.hiddenFacts.find((item) => item.id === ref.factId);
      return fact ? [fact.text] : [];
    }
    case 'gatekeeper':
      return scenario.gatekeeper?.[ref.key] ?? [];
  }
}

function refKey(ref: LineRef): string {
  switch (ref.kind) {
    case 'dialogue':
      return `d:${ref.key}`;
    case 'issue':
      return `i:${ref.issueId}:${ref.field}`;
    case 'referral':
      return `r:${ref.field}`;
    case 'fact':
      return `f:${ref.factId}`;
    case 'gatekeeper':
      return `g:${ref.key}`;
  }
}

/**
 * Turns references into words: one variant each, chosen by seed, scenario, turn and reference so choices stay
 * independent. A variant the customer just said (in `previous`) gives way to the next one, so nobody repeats themselves word for word.
 */
export function renderReply(scenario: Scenario, seed: number, turnIndex: number, parts: readonly LineRef[], previous = ''): string {
  const texts: string[] = [];
  for (const ref of parts) {
    const variants = variantsOf(scenario, ref);
    if (variants.length === 0) continue;
    const chosen = pick(randomFor(seed, scenario.id, turnIndex, refKey(ref)), variants);
    // Not word for word what was just said, and no second thanks ("Set it up. Thanks, Chris." is not followed by "Thanks, bye!").
    const thanked = texts.some(thanks);
    texts.push(nextUnless(variants, chosen, (variant) => previous.includes(variant) || (thanked && thanks(variant))));
  }
  return texts.join(' ');
}

/** The chosen variant, or failing `avoid`, the next one round the list that passes it (the chosen one if none does). */
function nextUnless(variants: readonly string[], chosen: string, avoid: (variant: string) => boolean): string {
  const at = variants.indexOf(chosen);
  for (let step = 0; step < variants.length; step++) {
    const variant = variants[(at + step) % variants.length]!;
    if (!avoid(variant)) return variant;
  }
  return chosen;
}
