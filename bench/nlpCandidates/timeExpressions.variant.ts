// Stands in for src/core/language/timeExpressions.ts when NLP_TIME is set: the library's dates and times, alone or with the regexes.
import * as regexTimes from '../../src/core/language/timeExpressions';
import { engine } from './selectedEngine';

export { TIME_EXPRESSION, VAGUE_TIME, namedDays } from '../../src/core/language/timeExpressions';

const MODE = process.env.NLP_TIME;
if (MODE !== 'library' && MODE !== 'union') throw new Error(`NLP_TIME must be library or union, not ${MODE}`);

export function namesTime(normalized: string): boolean {
  if (engine.findsTime(normalized)) return true;
  return MODE === 'union' && regexTimes.namesTime(normalized);
}

export function namesSpecificTime(normalized: string): boolean {
  if (!namesTime(normalized)) return false;
  return namesTime(normalized.replace(regexTimes.VAGUE_TIME, ' '));
}
