import { register } from 'node:module';

// Which modules to swap follows the variant's settings, read once here and handed to the hook thread.
const swaps = [];
if (process.env.NLP_KEYWORDS) swaps.push(['/src/core/language/matchKeywords.ts', 'matchKeywords.variant.ts']);
if (process.env.NLP_TIME) swaps.push(['/src/core/language/timeExpressions.ts', 'timeExpressions.variant.ts']);
register('./hooks.mjs', import.meta.url, { data: { swaps } });
