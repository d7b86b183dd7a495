import type { PrincipleDefinition } from './definePrinciple';
import { bringValue } from './definitions/bringValue';
import { knowTheHistory } from './definitions/knowTheHistory';
import { nextStep } from './definitions/nextStep';
import { ownTheIssue } from './definitions/ownTheIssue';
import { persist } from './definitions/persist';
import { purposeFirst } from './definitions/purposeFirst';
import { referralTiming } from './definitions/referralTiming';
import { respectTime } from './definitions/respectTime';

/** The registry: every principle's definition, in teaching order (the order of reports and screens). */
const DEFINITIONS = [purposeFirst, bringValue, knowTheHistory, ownTheIssue, referralTiming, nextStep, persist, respectTime] as const;

/** One of the principle ids; stable, because scenario files, tests and saved history refer to them. */
export type PrincipleId = (typeof DEFINITIONS)[number]['id'];

/** A scoring principle as data: one definition file per principle under ./definitions. */
export type Principle = PrincipleDefinition<PrincipleId>;

/** The principles, in teaching order. */
export const PRINCIPLES: readonly Principle[] = DEFINITIONS;

/** The principle ids, in teaching order; typed non-empty because schemas build `z.enum` from them. */
export const PRINCIPLE_IDS: readonly [PrincipleId, ...PrincipleId[]] = [DEFINITIONS[0].id, ...DEFINITIONS.slice(1).map((principle) => principle.id)];

const byId = new Map<string, Principle>(PRINCIPLES.map((p) => [p.id, p]));

/** The principle with this id; throws on an unknown id because ids are a closed set. */
export function principleById(id: PrincipleId): Principle {
  const principle = byId.get(id);
  if (!principle) throw new Error(`Unknown principle id: ${id}`);
  return principle;
}

/** True when the string is one of the principle ids. */
export function isPrincipleId(value: string): value is PrincipleId {
  return byId.has(value);
}
