// @vitest-environment jsdom
import '../../support/loadedScenarios';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import AuthoringScreen from '../../../src/app/authoring/AuthoringScreen';
import { useCustomScenarios } from '../../../src/app/authoring/customScenariosStore';
import { SCENARIO_TEMPLATE } from '../../../src/app/authoring/scenarioTemplate';
import { useCallStore } from '../../../src/app/call/callStore';
import { useNavigationStore } from '../../../src/app/navigation/navigationStore';

const editor = () => screen.getByTestId('scenario-editor') as HTMLTextAreaElement;
const check = () => screen.getByTestId('scenario-check');

describe('AuthoringScreen', () => {
  beforeEach(() => {
    localStorage.clear();
    useCustomScenarios.setState({ loaded: false, scenarios: [], setAside: [] });
  });
  afterEach(cleanup);

  it('checks the template as valid', async () => {
    render(<AuthoringScreen />);
    await waitFor(() => expect(check().textContent).toContain('Valid scenario: The late flour delivery'));
  });

  it('checks a series call by call, with paths, and says what a valid one holds', async () => {
    render(<AuthoringScreen />);
    const series = readFileSync('scenarios/lease-series.yaml', 'utf8').replace('id: lease-series', 'id: my-series');
    fireEvent.change(editor(), { target: { value: series } });
    await waitFor(() => expect(check().textContent).toContain('Valid scenario'));
    expect(screen.getByTestId('scenario-series').textContent).toContain('A series of 2 calls (Monday 13 April, Thursday 16 April)');
    fireEvent.change(editor(), { target: { value: series.replace('      daysLater: 3\n', '') } });
    await waitFor(() => expect(check().textContent).toContain('series.calls.1.daysLater'));
  });

  it('accepts a version 1 scenario and says how to move it to version 2', async () => {
    render(<AuthoringScreen />);
    expect(screen.queryByTestId('scenario-version-1')).toBeNull();
    fireEvent.change(editor(), { target: { value: readFileSync('tests/fixtures/scenarios/minimal-v1.yaml', 'utf8') } });
    await waitFor(() => expect(check().textContent).toContain('Valid scenario: A minimal call'));
    expect(screen.getByTestId('scenario-version-1').textContent).toContain(
      'set schemaVersion: 2 and give each fact, issue, value item and next step a meaning and 2 to 6 examples',
    );
  });

  it('shows path-precise problems as the author types', async () => {
    render(<AuthoringScreen />);
    fireEvent.change(editor(), {
      target: { value: SCENARIO_TEMPLATE.replace('patience: 60', 'patience: lots').replace('  busy: false\n', '  busy: false\n  mood: grumpy\n') },
    });
    await waitFor(() => expect(check().textContent).toContain('2 problems to fix'));
    expect(check().textContent).toContain('persona.patience');
    expect(check().textContent).toContain('expected a number, got a string');
    expect(check().textContent).toContain('persona.mood');
  });

  it('says what range a number must be in, on which line, as the CLI does', async () => {
    render(<AuthoringScreen />);
    const text = SCENARIO_TEMPLATE.replace('patience: 60', 'patience: 0');
    const line = text.split('\n').findIndex((l) => l.includes('patience: 0')) + 1;
    fireEvent.change(editor(), { target: { value: text } });
    await waitFor(() => expect(check().textContent).toContain('1 problem to fix'));
    expect(check().textContent).toContain(`Line ${line}: persona.patience expected a number of at least 1, got 0`);
  });

  it('says in plain words what is wrong with text that is not YAML, on which line', async () => {
    render(<AuthoringScreen />);
    fireEvent.change(editor(), { target: { value: 'id: [unclosed' } });
    await waitFor(() => expect(check().textContent).toContain('Line 1: The text cannot be read as YAML: a list that starts with [ is never closed with ].'));
    fireEvent.change(editor(), { target: { value: 'id: x\ntitle: "Half a quote\nchannel: call' } });
    await waitFor(() => expect(check().textContent).toContain('a quote mark is opened but never closed'));
    expect(check().textContent).not.toMatch(/column|\(file\)/);
  });

  it('says an assignment opened in the editor is an assignment, not twenty missing fields', async () => {
    const { container } = render(<AuthoringScreen />);
    const assignment = readFileSync('tests/fixtures/assignments/valid-assignment.json', 'utf8');
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([assignment], 'week-1.json', { type: 'application/json' })] } });
    await waitFor(() => expect(editor().value).toBe(assignment));
    await waitFor(() => expect(check().textContent).toContain('1 problem to fix'));
    expect(check().textContent).toContain('this is an assignment, not a scenario. Open it with “Open an assignment file” under Assigned to me');
    expect(check().textContent).not.toMatch(/missing/);
  });

  it('says a deeply nested text is nested too deeply, not that the stack overflowed', async () => {
    render(<AuthoringScreen />);
    fireEvent.change(editor(), { target: { value: `schemaVersion: 1\nwants: ${'['.repeat(3_000)}${']'.repeat(3_000)}\n` } });
    await waitFor(() => expect(check().textContent).toContain('nested too deeply'));
    expect(check().textContent).not.toMatch(/call stack/i);
  });

  it('lists the problems top to bottom', async () => {
    render(<AuthoringScreen />);
    const text = SCENARIO_TEMPLATE.replace('patience: 60', 'patience: lots').replace(/^title: .*$/m, 'title: 7');
    fireEvent.change(editor(), { target: { value: text.replace(/\n$/, '') + '\nextra: 1\n' } });
    await waitFor(() => expect(check().textContent).toContain('3 problems to fix'));
    const lines = [...check().querySelectorAll('.wf-error-line')].map((el) => Number(/\d+/.exec(el.textContent ?? '')![0]));
    expect(lines).toHaveLength(3);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('shows a built-in scenario’s id as a problem while typing, not only on save', async () => {
    render(<AuthoringScreen />);
    fireEvent.change(editor(), { target: { value: SCENARIO_TEMPLATE.replace(/^id: .*$/m, 'id: lease-follow-up') } });
    await waitFor(() => expect(check().textContent).toContain('“lease-follow-up” is the id of a built-in scenario'));
    expect(check().textContent).not.toContain('Valid scenario');
    expect(editor().getAttribute('aria-invalid')).toBe('true');
  });

  it('says when saving would replace a scenario already saved under the same id', async () => {
    render(<AuthoringScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(check().textContent).toContain('saved in this browser'));
    fireEvent.change(editor(), { target: { value: SCENARIO_TEMPLATE.replace(/^title: .*$/m, 'title: Another flour call') } });
    await waitFor(() => expect(screen.getByTestId('scenario-replaces').textContent).toContain('Saving replaces it'));
  });

  it('takes the “fix the problems first” message away once the text is valid', async () => {
    render(<AuthoringScreen />);
    fireEvent.change(editor(), { target: { value: 'schemaVersion: 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('nothing was saved');
    fireEvent.change(editor(), { target: { value: SCENARIO_TEMPLATE } });
    await waitFor(() => expect(check().textContent).toContain('Valid scenario'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses to save an invalid scenario and saves a valid one', async () => {
    render(<AuthoringScreen />);
    fireEvent.change(editor(), { target: { value: 'schemaVersion: 1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('nothing was saved');
    expect(useCustomScenarios.getState().scenarios).toEqual([]);
    fireEvent.change(editor(), { target: { value: SCENARIO_TEMPLATE } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(useCustomScenarios.getState().scenarios.map((s) => s.id)).toEqual(['my-first-scenario']));
  });

  it('tries the scenario straight from the editor', async () => {
    render(<AuthoringScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Save and try it' }));
    await waitFor(() => expect(useNavigationStore.getState().route).toEqual({ name: 'briefing', scenarioId: 'my-first-scenario' }));
    expect(useCallStore.getState().plan).toMatchObject({ scenarioId: 'my-first-scenario', returnTo: { hash: '#/authoring' } });
  });

  it('keeps the text being edited across a reload', async () => {
    render(<AuthoringScreen />);
    fireEvent.change(editor(), { target: { value: 'id: half-written' } });
    await waitFor(() => expect(localStorage.getItem('dialed-in.authoring-draft')).toBe(JSON.stringify('id: half-written')));
    cleanup();
    render(<AuthoringScreen />);
    expect(editor().value).toBe('id: half-written');
  });
});
