import type { HeardMoves } from '../../../src/core/persona/classifyCached';

/**
 * A rep turn as the customer hears it, built by hand so persona tests hold whatever the language detectors do. A time
 * is specific ("Thursday by 5") and a named value item is told as a benefit unless the step says otherwise.
 */
export function heardMoves(partial: Partial<HeardMoves> = {}): HeardMoves {
  return {
    words: 12,
    purposeless: false,
    statesPurpose: false,
    refersToHistory: false,
    asksForKnownInfo: false,
    valueItemIds: [],
    issueIds: [],
    acknowledges: false,
    commitsAction: false,
    callbackOnly: false,
    namesTime: false,
    vaguePromise: false,
    asksReferral: false,
    proposesNextStep: false,
    leavesItOpen: false,
    checksTime: false,
    asksQuestion: false,
    factIds: [],
    closes: false,
    nextStepTopic: false,
    pressure: false,
    upsell: false,
    promisesBrevity: false,
    announcesOnly: false,
    dismisses: false,
    resolvesNow: false,
    channels: [],
    estimatesWhen: false,
    ...partial,
    specificTime: partial.specificTime ?? partial.namesTime ?? false,
    stepTimed: partial.stepTimed ?? partial.namesTime ?? false,
    surprised: partial.surprised ?? false,
    presses: partial.presses ?? partial.pressure ?? false,
    valueNews: partial.valueNews ?? partial.valueItemIds ?? [],
  };
}
