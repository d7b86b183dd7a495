// @vitest-environment jsdom
import '../../support/loadedScenarios';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAssignmentsStore } from '../../../src/app/assignments/assignmentsStore';
import ManagerScreen from '../../../src/app/assignments/ManagerScreen';
import { useCustomScenarios } from '../../../src/app/authoring/customScenariosStore';
import { validateScenario } from '../../../src/core/scenario/validateScenario';
import { decodeAssignmentLink } from '../../../src/core/assignments/assignmentLink';
import { browserLinkCodec } from '../../../src/app/assignments/browserLinkCodec';
import { loadAssignment } from '../../fixtures/assignments/fakeCalls';

vi.mock('../../../src/app/history/historyStore', async () => ({ useHistoryStore: (await import('./historyMock')).fakeHistoryStore }));

describe('ManagerScreen', () => {
  beforeEach(() => {
    localStorage.clear();
    useAssignmentsStore.setState({ loaded: false, received: [], created: [], setAside: [], traineeName: '', saveError: undefined });
    useCustomScenarios.setState({ loaded: false, scenarios: [], setAside: [] });
  });
  afterEach(cleanup);

  it('refuses an assignment without a title or scenarios and says why next to the fields', () => {
    render(<ManagerScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Create assignment' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The assignment was not created');
    expect(alert.textContent).toContain('Title: write a title');
    expect(alert.textContent).toContain('Scenarios: pick at least one scenario');
    expect(alert.textContent).not.toContain('scenarioIds');
    expect(useAssignmentsStore.getState().created).toEqual([]);
  });

  it('refuses an absurd pass mark', () => {
    render(<ManagerScreen />);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Week 2' } });
    fireEvent.click(screen.getAllByRole('checkbox')[0]!);
    fireEvent.change(screen.getByLabelText('Pass mark (0–100)'), { target: { value: '1e9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create assignment' }));
    expect(screen.getByRole('alert').textContent).toContain('Pass mark: enter a whole number from 0 to 100');
  });

  it('fixes the difficulty of every call when the manager picks one, and leaves it to each scenario by default', () => {
    render(<ManagerScreen />);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Week 3' } });
    fireEvent.click(screen.getAllByRole('checkbox')[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Create assignment' }));
    expect(useAssignmentsStore.getState().created[0]!.difficulty).toBeUndefined();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Week 4' } });
    fireEvent.click(screen.getAllByRole('checkbox')[0]!);
    fireEvent.change(screen.getByLabelText('Difficulty'), { target: { value: 'hard' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create assignment' }));
    expect(useAssignmentsStore.getState().created.find((a) => a.title === 'Week 4')!.difficulty).toBe('hard');
  });

  it('creates an assignment with a custom scenario and offers a link that carries it', async () => {
    const custom = loadAssignment('valid-assignment-custom.json').customScenarios[0]!;
    expect(validateScenario(custom).ok).toBe(true);
    expect(useCustomScenarios.getState().save(custom)).toBeUndefined();
    render(<ManagerScreen />);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Bakery week' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /The late flour \(custom\)/ }));
    fireEvent.change(screen.getByLabelText('Attempts per scenario'), { target: { value: '2' } });
    fireEvent.click(screen.getByLabelText('Free text'));
    fireEvent.click(screen.getByRole('button', { name: 'Create assignment' }));
    const created = useAssignmentsStore.getState().created[0]!;
    expect(created).toMatchObject({ title: 'Bakery week', scenarioIds: ['bakery-flour-call'], attemptsAllowed: 2, mode: 'free', passMark: 70 });
    expect(created.customScenarios.map((s) => s.id)).toEqual(['bakery-flour-call']);
    const card = screen.getByRole('article', { name: 'Bakery week' });
    const link = (await within(card).findByTestId('assignment-link')) as HTMLInputElement;
    const payload = link.value.split('#/assignment/')[1]!;
    const decoded = await decodeAssignmentLink(payload, browserLinkCodec());
    expect(decoded.ok && decoded.value).toEqual(created);
  });
});
