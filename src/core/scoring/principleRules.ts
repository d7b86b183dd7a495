import type { PrincipleId } from '../principles/principles';
import type { PrincipleRule } from './rule';
import { bringValue } from './rules/bringValue';
import { knowTheHistory } from './rules/knowTheHistory';
import { nextStep } from './rules/nextStep';
import { ownTheIssue } from './rules/ownTheIssue';
import { persist } from './rules/persist';
import { purposeFirst } from './rules/purposeFirst';
import { referralTiming } from './rules/referralTiming';
import { respectTime } from './rules/respectTime';

/** One scoring rule per principle, by id. */
export const PRINCIPLE_RULES: Readonly<Record<PrincipleId, PrincipleRule>> = {
  'purpose-first': purposeFirst,
  'bring-value': bringValue,
  'know-the-history': knowTheHistory,
  'own-the-issue': ownTheIssue,
  'referral-timing': referralTiming,
  'next-step': nextStep,
  persist,
  'respect-time': respectTime,
};
