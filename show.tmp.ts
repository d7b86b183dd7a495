import { readFileSync } from 'node:fs';
import { describeRepTurn } from './src/core/language/classifyRepTurn';
import { describeCustomerTurn } from './src/core/language/classifyCustomerTurn';
import { loadShippedScenarios } from './tests/core/scoring/loadLabelledCalls';
const scenarios = new Map(loadShippedScenarios().map((s) => [s.id, s]));
for (const f of process.argv.slice(2)) {
  const call = JSON.parse(readFileSync('tests/fixtures/calls/' + f, 'utf8'));
  const s = scenarios.get(call.scenarioId)!;
  console.log('=====', f, call.quality, '|', call.note);
  console.log('labels', JSON.stringify(call.labels));
  call.turns.forEach((t: any, i: number) => {
    const d: any = t.speaker === 'rep' ? describeRepTurn(t.text, s) : describeCustomerTurn(t.text, s);
    const flags = Object.entries(d).filter(([k, v]) => k !== 'words' && (v === true || (Array.isArray(v) && v.length))).map(([k, v]) => (Array.isArray(v) ? `${k}=${v}` : k));
    console.log(`${i} ${t.speaker.toUpperCase()}: ${t.text}\n      [${flags.join(' ')}]${t.speaker === 'rep' ? ' w=' + d.words : ''}`);
  });
}
