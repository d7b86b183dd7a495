import { beforeAll, describe, expect, it } from 'vitest';
import { SERIES_IDS } from '../persona/personaFixtures';
import { loadLabelledSeries } from './labelledSeries';
import { measureSeriesAgreement, seriesSummary, type SeriesAgreementReport } from './seriesAgreement';

/**
 * Where the engine reads a labelled series path differently from the manager who labelled it. The label stays; each
 * entry says why they differ. The list must match exactly, so a fix shows up as an entry to delete and a regression as
 * a new one. Key: "<file> <call id | series> <principle>: labelled <label>, scored <verdict>".
 */
const KNOWN: Record<string, string> = {
  // Principles a series call's own weights leave out: the engine never judges them there (n/a), the manager does.
  'demo-series/booked-but-chatty.yaml kim bring-value: labelled met, scored n/a':
    'The Kim call lists no bring-value weight; giving Kim two real slots is the update she needs.',
  'demo-series/booked-but-chatty.yaml confirm bring-value: labelled met, scored n/a':
    'The confirmation call lists no bring-value weight; confirming the booked demo is the update Wendy is owed.',
  'demo-series/two-minutes-kim-confirm.yaml kim bring-value: labelled met, scored n/a':
    'The Kim call lists no bring-value weight; giving Kim two real slots is the update she needs.',
  'demo-series/two-minutes-kim-confirm.yaml confirm bring-value: labelled met, scored n/a':
    'The confirmation call lists no bring-value weight; confirming the booked demo is the update Wendy is owed.',
  'demo-series/new-guy-pitches-everyone.yaml kim bring-value: labelled missed, scored n/a':
    'The Kim call lists no bring-value weight; a brochure pitch to the assistant gives her nothing she can use.',
  'demo-series/new-guy-pitches-everyone.yaml confirm bring-value: labelled missed, scored n/a':
    'The confirmation call lists no bring-value weight; "I think it\'s all in hand" tells Wendy nothing.',
  'not-now-series/blue-one-as-promised.yaml voicemail respect-time: labelled met, scored n/a':
    'The series voicemail lists no respect-time weight; LABELLING judges it on every call, and a short message is met.',
  'not-now-series/right-news-loose-ends.yaml voicemail respect-time: labelled met, scored n/a':
    'The series voicemail lists no respect-time weight; LABELLING judges it on every call, and a short message is met.',
  'not-now-series/you-know-where-to-find-me.yaml voicemail respect-time: labelled met, scored n/a':
    'The series voicemail lists no respect-time weight; LABELLING judges it on every call, and a short message is met.',

  // A topic named in the second turn read as a purpose, the history, or a pick-up of the last call.
  'lease-series/just-checking-twice.yaml promised-call respect-time: labelled missed, scored met':
    'Engine gap: Art says "Last time you promised me an answer on my plates" and Sam answers "OK cool, talk soon": talking past him.',
  'lease-series/just-checking-twice.yaml series know-the-history: labelled missed, scored met':
    'Engine gap: "the plates" in the second line counts as picking up the last call; Sam had forgotten his promise until Art reminded him.',
  'demo-series/new-guy-pitches-everyone.yaml confirm purpose-first: labelled missed, scored met':
    'Engine gap: "Oh, the demo, yeah, I think it\'s all in hand" after "checking in" counts as a reason; no update, no booking.',
  'demo-series/new-guy-pitches-everyone.yaml confirm know-the-history: labelled missed, scored met':
    'Engine gap: naming the demo counts, though Jordan does not know whether it was booked (it was not).',
  'demo-series/new-guy-pitches-everyone.yaml series know-the-history: labelled missed, scored met':
    'Engine gap: "Oh, the demo" in the second line counts as picking up the last call; Kim was never given a date and Jordan does not know it.',
  'not-now-series/you-know-where-to-find-me.yaml series know-the-history: labelled missed, scored met':
    'Engine gap: naming the Aria in the first line counts as picking up the last call; neither call back says what was promised about the blue one.',

  // Respect-time.
  'demo-series/new-guy-pitches-everyone.yaml confirm respect-time: labelled missed, scored met':
    'Engine gap: Wendy asks "Is it actually booked?" and Jordan answers "Anyway, you know where I am": talking past her.',

  // Persist: what counts as a put-off.
  'lease-series/small-talk-then-the-plates.yaml promised-call persist: labelled n/a, scored missed':
    'Engine gap: "I haven\'t really thought about it" (to small talk) is read as a put-off; Art never put Sam off. The miss is next-step.',

  // Value.
  'demo-series/booked-but-chatty.yaml wendy bring-value: labelled met, scored missed':
    "Arguable: a demo tailored to her team's own reports is useful news, but it came inside a monologue she cut off; the engine may be right.",

  // Follow-through across calls.
  'lease-series/small-talk-then-the-plates.yaml promised-call own-the-issue: labelled missed, scored met':
    'Labelling reading: "your plates came through, swing by and grab them whenever suits" answers the wait, which the engine counts as settled; the labeller wants the rep to take the job on with a time, not hand it back to Art.',
  'lease-series/small-talk-then-the-plates.yaml series persist: labelled met, scored missed':
    'Labelling reading: the reason (the plates) comes in the second turn, which LABELLING accepts; the engine wants it in the first words.',
  'not-now-series/right-news-loose-ends.yaml it-arrived respect-time: labelled missed, scored met':
    'Engine gap: Dana offers "Saturdays are my day off" and the rep answers "pop in whenever you fancy", talking past what she offered; the engine only catches a proposal on another named day.',
  'not-now-series/right-news-loose-ends.yaml series persist: labelled missed, scored met':
    'Engine gap: the voicemail "lands Thursday. Give me a ring whenever suits" has no contact time, and "pop in whenever you fancy" retreats; only part is caught.',
  'not-now-series/you-know-where-to-find-me.yaml series own-the-issue: labelled missed, scored n/a':
    'Engine gap: "someone\'ll let you know if one turns up" is not taken as a promise, so its never being kept is not judged.',
};

/** Held to the figure measured when the paths were first scored (186 of 219), not above it. */
const FLOOR = { callVerdicts: 167, seriesVerdicts: 19 };

const paths = loadLabelledSeries();
let report: SeriesAgreementReport;

beforeAll(async () => {
  report = await measureSeriesAgreement(paths);
  const s = seriesSummary(report);
  console.info(
    `labelled series paths: ${s.paths} paths, ${s.calls} calls; verdicts ${s.verdicts} (${s.verdictAgreementPct}%), calls ${s.callVerdicts}, series ${s.seriesVerdicts}; per principle ${JSON.stringify(s.perPrinciplePct)}; mean score good/mixed/poor ${JSON.stringify(s.meanScoreByBand)}`,
  );
}, 60_000);

describe('the labelled series paths', () => {
  it('cover every shipped series with at least a good and a poor path', () => {
    for (const id of SERIES_IDS) {
      const bands = paths.filter((p) => p.seriesId === id).map((p) => p.quality);
      expect(bands, id).toContain('good');
      expect(bands, id).toContain('poor');
    }
  });

  it('are played as labelled: the scripted customer never ends a call before the rep has said every line', () => {
    expect(report.paths.filter((p) => p.unsaid > 0).map((p) => p.file)).toEqual([]);
  });

  it('score every good path above every mixed and poor path of its series, and every mixed above every poor', () => {
    expect(report.rankingInversions).toEqual([]);
  });

  it('score every poor path under 40', () => {
    expect(report.poorAtOrAbove40).toEqual([]);
    for (const p of report.paths.filter((path) => path.quality === 'poor')) expect(p.overall, p.file).toBeLessThan(40);
  });

  it('disagree with the labels only where the known list says so, with a reason', () => {
    const keys = report.disagreements.map((d) => `${d.file} ${d.call} ${d.principle}: labelled ${d.label}, scored ${d.scored}`).sort();
    expect(keys).toEqual(Object.keys(KNOWN).sort());
    for (const reason of Object.values(KNOWN)) expect(reason.length).toBeGreaterThan(10);
  });

  it('agree with the labels on at least as many verdicts as when first measured', () => {
    expect(report.callVerdicts.total).toBe(paths.reduce((sum, p) => sum + p.calls.length * 8, 0));
    expect(report.seriesVerdicts.total).toBe(paths.length * 3);
    expect(report.callVerdicts.agreed).toBeGreaterThanOrEqual(FLOOR.callVerdicts);
    expect(report.seriesVerdicts.agreed).toBeGreaterThanOrEqual(FLOOR.seriesVerdicts);
  });
});
