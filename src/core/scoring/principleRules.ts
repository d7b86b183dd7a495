import type { PrincipleId } from '../principles/principles';
import { bringValueRule } from '../principles/definitions/bringValue';
import { knowTheHistoryRule } from '../principles/definitions/knowTheHistory';
import { nextStepRule } from '../principles/definitions/nextStep';
import { ownTheIssueRule } from '../principles/definitions/ownTheIssue';
import { persistRule } from '../principles/definitions/persist';
import { purposeFirstRule } from '../principles/definitions/purposeFirst';
import { referralTimingRule } from '../principles/definitions/referralTiming';
import { respectTimeRule } from '../principles/definitions/respectTime';
import type { PrincipleRule } from './rule';

/** Each principle's scoring rule, as its definition file exports it; the type makes a missing one a compile error. */
export const PRINCIPLE_RULES: Readonly<Record<PrincipleId, PrincipleRule>> = {
  'purpose-first': purposeFirstRule,
  'bring-value': bringValueRule,
  'know-the-history': knowTheHistoryRule,
  'own-the-issue': ownTheIssueRule,
  'referral-timing': referralTimingRule,
  'next-step': nextStepRule,
  persist: persistRule,
  'respect-time': respectTimeRule,
};
