import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { validateScenario } from './src/core/scenario/validateScenario';
import { createScriptedPersona } from './src/core/persona/createScriptedPersona';
import { playLines } from './src/core/persona/playLines';
import { scoreTranscript } from './src/core/scoring/scoreTranscript';
const id = process.argv[2] ?? 'lease-follow-up';
const kind = (process.argv[3] ?? 'good') as 'good' | 'bad';
const sc = validateScenario(parse(readFileSync(`/work/main/scenarios/${id}.yaml`, 'utf8')));
if (!sc.ok) throw new Error('bad');
const lines = JSON.parse(readFileSync(`/work/main/tests/fixtures/persona/lines/${id}.json`, 'utf8'))[kind];
const scores: number[] = [];
for (let seed = 0; seed < 40; seed++) {
  const p = createScriptedPersona(sc.value, { seed, difficulty: sc.value.difficulty });
  const { transcript } = await playLines(sc.value, p, lines, { seed, difficulty: sc.value.difficulty });
  const r = scoreTranscript(sc.value, transcript);
  scores.push(r.overall);
  if (process.argv[4] && String(seed) === process.argv[4]) { console.log(JSON.stringify(transcript.turns, null, 1)); console.log(r.principles.map(p=>`${p.id} ${p.verdict} ${p.score}`).join('\n')); }
}
console.log(id, kind, scores.join(' '));
