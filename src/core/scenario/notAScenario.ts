import { asArray } from './validationError';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What another of the app's own files is, in words, when one is opened as a scenario: an assignment, a results
 * file, a history export or a call transcript. Undefined for anything else, which is then checked field by field.
 */
export function notAScenario(root: Record<string, unknown>): string | undefined {
  if ('persona' in root || 'dialogue' in root) return undefined;
  switch (root.kind) {
    case 'assignment': {
      const customs = asArray(root.customScenarios).length;
      const inside =
        customs > 0
          ? `; the ${plural(customs, 'custom scenario', 'custom scenarios')} it carries ${customs === 1 ? 'is' : 'are'} inside it, under customScenarios`
          : '';
      return `this is an assignment, not a scenario. Open it with “Open an assignment file” under Assigned to me${inside}`;
    }
    case 'results':
      return 'this is a results file, not a scenario. A manager opens it with “Import results files” under Team results';
    case 'history':
      return 'this is a history export, not a scenario. Import it on the History screen';
  }
  if (typeof root.scenarioId === 'string' && Array.isArray(root.turns)) return `this is a call transcript (of "${root.scenarioId}"), not a scenario`;
  return undefined;
}
