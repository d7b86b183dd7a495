// Web storage in memory, in Node: these stores need localStorage, not a DOM.
import '../../support/installWebStorage';
import '../../support/loadedScenarios';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { useAssignmentsStore } from '../../../src/app/assignments/assignmentsStore';
import { CUSTOM_SCENARIOS_KEY, useCustomScenarios } from '../../../src/app/authoring/customScenariosStore';
import { loadCustomScenarios } from '../../../src/app/loadCustomScenarios';
import { SCENARIO_TEMPLATE } from '../../../src/app/authoring/scenarioTemplate';
import { scenarioById, useScenarioCatalog } from '../../../src/app/scenarios/scenarioCatalog';
import { parseScenarioText } from '../../../src/core/scenario/parseScenarioText';
import { useStorageNotices } from '../../../src/app/storage/storageNotices';
import { loadAssignment } from '../../fixtures/assignments/fakeCalls';
import { resetStorageState } from '../../support/storageState';

function template() {
  const result = parseScenarioText(SCENARIO_TEMPLATE);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('custom scenarios', () => {
  beforeEach(() => {
    localStorage.clear();
    resetStorageState();
    useCustomScenarios.setState({ loaded: false, scenarios: [], setAside: [] });
    useAssignmentsStore.setState({ loaded: false, received: [], created: [], setAside: [], traineeName: '', saveError: undefined });
  });

  it('starts the editor from a template that is itself a valid scenario', () => {
    expect(template().id).toBe('my-first-scenario');
  });

  it('saves a scenario, keeps it across a reload, and replaces it when saved again with the same id', () => {
    expect(useCustomScenarios.getState().save(template())).toBeUndefined();
    expect(useCustomScenarios.getState().save({ ...template(), title: 'Renamed' })).toBeUndefined();
    useCustomScenarios.setState({ loaded: false, scenarios: [] });
    useCustomScenarios.getState().load();
    expect(useCustomScenarios.getState().scenarios.map((s) => s.title)).toEqual(['Renamed']);
  });

  it('refuses a custom scenario that reuses a built-in id', () => {
    const builtIn = useScenarioCatalog.getState().builtIn[0]!;
    expect(useCustomScenarios.getState().save({ ...template(), id: builtIn.id })).toMatch(/is the id of a built-in scenario/);
  });

  it('keeps saved scenarios that no longer validate aside', () => {
    localStorage.setItem(CUSTOM_SCENARIOS_KEY, JSON.stringify({ version: 1, scenarios: [template(), { id: 'broken' }] }));
    useCustomScenarios.getState().load();
    expect(useCustomScenarios.getState().scenarios).toHaveLength(1);
    useCustomScenarios.getState().remove('my-first-scenario');
    expect(JSON.parse(localStorage.getItem(CUSTOM_SCENARIOS_KEY)!).setAside).toEqual([{ id: 'broken' }]);
  });

  it('sets scenarios saved by a newer version aside with a notice, and never writes over them unread', () => {
    const text = JSON.stringify({ version: 3, library: [template()] });
    localStorage.setItem(CUSTOM_SCENARIOS_KEY, text);
    useCustomScenarios.getState().load();
    expect(useStorageNotices.getState().setAside).toMatchObject([
      { key: CUSTOM_SCENARIOS_KEY, reason: 'it was saved by a newer version of Dialed In (format 3)' },
    ]);
    expect(useCustomScenarios.getState().save(template())).toBeUndefined();
    expect(localStorage.getItem(`${CUSTOM_SCENARIOS_KEY}.unreadable`)).toBe(text);
  });

  it('loads a version 1 scenario saved before version 2, through the migrations to the current version, and keeps it playable', () => {
    const v1 = parse(readFileSync('tests/fixtures/scenarios/minimal-v1.yaml', 'utf8'));
    localStorage.setItem(CUSTOM_SCENARIOS_KEY, JSON.stringify({ version: 1, scenarios: [v1], setAside: [] }));
    loadCustomScenarios();
    const loaded = useCustomScenarios.getState().scenarios;
    expect(loaded.map((s) => [s.id, s.schemaVersion, s.migratedFrom])).toEqual([['minimal-call-v1', 4, 1]]);
    expect(loaded[0]!.persona.openIssues[0]).toMatchObject({ meaning: 'The flour delivery is late.', examples: [], keywords: ['flour', 'delivery', 'late'] });
    expect(useCustomScenarios.getState().setAside).toEqual([]);
    expect(scenarioById('minimal-call-v1')?.title).toBe('A minimal call');
  });

  it('saves a migrated version 1 scenario in a form that loads again after a reload', () => {
    const migrated = parseScenarioText(readFileSync('tests/fixtures/scenarios/minimal-v1.yaml', 'utf8'));
    if (!migrated.ok) throw new Error(JSON.stringify(migrated.errors));
    expect(useCustomScenarios.getState().save(migrated.value)).toBeUndefined();
    useCustomScenarios.setState({ loaded: false, scenarios: [], setAside: [] });
    useCustomScenarios.getState().load();
    expect(useCustomScenarios.getState().scenarios).toEqual([migrated.value]);
    expect(useCustomScenarios.getState().setAside).toEqual([]);
  });

  it('makes editor scenarios and assignment scenarios playable through the catalog', () => {
    useCustomScenarios.getState().save(template());
    loadCustomScenarios();
    expect(scenarioById('my-first-scenario')?.title).toBe('The late flour delivery');
    useAssignmentsStore.getState().receive(loadAssignment('valid-assignment-custom.json'));
    expect(scenarioById('bakery-flour-call')?.title).toBe('The late flour (custom)');
    expect(useScenarioCatalog.getState().customLoaded).toBe(true);
  });
});
