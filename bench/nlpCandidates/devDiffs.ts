// Where a library and the regex matchers read the development calls differently, turn by turn (never the held-out set).
import * as regexKeywords from '../../src/core/language/matchKeywords';
import { normalizeText } from '../../src/core/language/normalizeText';
import * as regexTimes from '../../src/core/language/timeExpressions';
import { loadCorpus, loadShippedScenarios } from '../../tests/core/scoring/loadLabelledCalls';

const USAGE = `usage: NLP_ENGINE=wink|compromise npx tsx bench/nlpCandidates/devDiffs.ts [--keywords] [--times]

Lists, for the development calls only, the turns where the library's lemmas match a scenario keyword list and
inflect does not (or the reverse), and the sentences where the library finds a date or time and the regexes do not
(or the reverse). Run without the module swap: it compares the two side by side.`;

const argv = process.argv.slice(2);
if (argv.includes('-h') || argv.includes('--help') || !process.env.NLP_ENGINE) {
  console.log(USAGE);
  process.exit(0);
}
const both = !argv.includes('--keywords') && !argv.includes('--times');
const { engine } = await import('./selectedEngine');
process.env.NLP_KEYWORDS = 'lemma';
const lemmaKeywords = await import('./matchKeywords.variant');
const calls = loadCorpus('dev');
const scenarios = new Map(loadShippedScenarios().map((s) => [s.id, s]));

if (both || argv.includes('--keywords')) {
  const onlyRegex: string[] = [];
  const onlyLemma: string[] = [];
  for (const call of calls) {
    const scenario = scenarios.get(call.transcript.scenarioId)!;
    const lists: [string, readonly string[]][] = [];
    for (const item of scenario.persona.openIssues ?? []) lists.push([`issue:${item.id}`, item.keywords ?? []]);
    for (const item of scenario.facts?.valueItems ?? []) lists.push([`value:${item.id}`, item.keywords ?? []]);
    for (const item of scenario.persona.hiddenFacts ?? []) lists.push([`fact:${item.id}`, item.keywords ?? []]);
    if (scenario.facts?.historyKeywords) lists.push(['history', scenario.facts.historyKeywords]);
    if (scenario.facts?.nextStep?.keywords) lists.push(['nextStep', scenario.facts.nextStep.keywords]);
    for (const turn of call.transcript.turns) {
      const norm = normalizeText(turn.text);
      for (const [name, keywords] of lists) {
        const byRegex = regexKeywords.matchKeywords(norm, keywords);
        if (byRegex === lemmaKeywords.matchKeywords(norm, keywords)) continue;
        const which = keywords.filter((k) => regexKeywords.matchKeywords(norm, [k]) !== lemmaKeywords.matchKeywords(norm, [k]));
        (byRegex ? onlyRegex : onlyLemma).push(`${call.file} [${name}: ${which.join(', ')}] ${turn.speaker}: ${norm}\n    lemmas: ${engine.lemmaText(norm)}`);
      }
    }
  }
  console.log(`## keywords: ${onlyLemma.length} matched only by ${engine.name} lemmas, ${onlyRegex.length} only by inflect\n`);
  console.log(`### only lemmas\n${onlyLemma.join('\n')}\n\n### only inflect\n${onlyRegex.join('\n')}\n`);
}

if (both || argv.includes('--times')) {
  const onlyRegex: string[] = [];
  const onlyLibrary: string[] = [];
  let sentences = 0;
  for (const call of calls) {
    for (const turn of call.transcript.turns) {
      for (const sentence of normalizeText(turn.text).split(/(?<=[.!?;])\s+/)) {
        sentences++;
        const byRegex = regexTimes.namesTime(sentence);
        if (byRegex !== engine.findsTime(sentence)) (byRegex ? onlyRegex : onlyLibrary).push(`${call.file} ${turn.speaker}: ${sentence}`);
      }
    }
  }
  console.log(`## times: of ${sentences} sentences, ${onlyLibrary.length} have a time only for ${engine.name}, ${onlyRegex.length} only for the regexes\n`);
  console.log(`### only ${engine.name}\n${onlyLibrary.join('\n')}\n\n### only the regexes\n${onlyRegex.join('\n')}`);
}
