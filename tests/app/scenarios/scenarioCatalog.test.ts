import '../../support/loadedScenarios';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/app/scenarios/bundledScenarios';
import { scenarioById, useScenarioCatalog } from '../../../src/app/scenarios/scenarioCatalog';

describe('the scenario catalog', () => {
  // Custom scenarios another test file saved stay in this shared store, so each test starts from the bundled ones.
  beforeEach(() => useScenarioCatalog.getState().setCustomScenarios([]));

  it('bundles the nine single calls and the three series, easiest first', () => {
    const { scenarios, problems } = useScenarioCatalog.getState();
    expect(problems).toEqual([]);
    expect(scenarios.map((s) => s.id).sort()).toEqual([
      'busy-executive',
      'demo-series',
      'happy-renewal',
      'industry-news',
      'late-delivery',
      'lease-follow-up',
      'lease-series',
      'not-now-series',
      'not-now-shopper',
      'not-now-voicemail',
      'quote-follow-up',
      'third-call',
    ]);
    const order = { easy: 0, medium: 1, hard: 2 };
    const difficulties = scenarios.map((s) => order[s.difficulty]);
    expect(difficulties).toEqual([...difficulties].sort());
  });

  it('reports a file that does not validate, with paths, and keeps the others', () => {
    const good = scenarioById('lease-follow-up');
    const { scenarios, problems } = buildCatalog({ '/scenarios/a.yaml': good, '/scenarios/b.yaml': { schemaVersion: 1, id: 'x' }, '/scenarios/c.yaml': good });
    expect(scenarios).toHaveLength(1);
    expect(problems.map((p) => p.file)).toEqual(['b.yaml', 'c.yaml']);
    expect(problems[0]!.messages[0]).toMatch(/^At /);
    expect(problems[1]!.messages[0]).toMatch(/duplicate scenario id/);
  });

  it('adds custom scenarios after the built-in ones, and a built-in wins an id clash', () => {
    const lease = scenarioById('lease-follow-up')!;
    const custom = { ...lease, id: 'my-own', title: 'Mine' };
    useScenarioCatalog.getState().setCustomScenarios([custom, { ...lease, title: 'Impostor' }]);
    const state = useScenarioCatalog.getState();
    expect(state.custom.map((s) => s.id)).toEqual(['my-own']);
    expect(scenarioById('lease-follow-up')!.title).toBe(lease.title);
    expect(scenarioById('my-own')!.title).toBe('Mine');
    expect(state.customLoaded).toBe(true);
    useScenarioCatalog.getState().setCustomScenarios([]);
  });
});
