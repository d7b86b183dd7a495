// The public face of src/core/judge: the model judge's prompt and output, and how it compares with the rules.
export { buildJudgePrompt } from './buildJudgePrompt';
export { compareWithRules } from './compareWithRules';
export type { Disagreement } from './compareWithRules';
export { judgeJsonSchema } from './judgeSchema';
export { readJudgeOutput } from './readJudgeOutput';
export type { JudgePrinciple, JudgeView } from './readJudgeOutput';
