import { describeRepTurn } from './src/core/language/classifyRepTurn';
import { normalizeText } from './src/core/language/normalizeText';
import { SPECIFIC_ACTION } from './src/core/language/issuePhrases';
const t = "The DMV has finally finished them and they're sitting at the county office. I'll collect them Friday morning and call you by five on Friday to arrange dropping them round.";
console.log(normalizeText(t));
SPECIFIC_ACTION.lastIndex = 0; console.log(SPECIFIC_ACTION.exec(normalizeText(t)));
console.log(describeRepTurn(t));
