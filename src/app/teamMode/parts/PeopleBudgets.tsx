import { useState } from 'react';
import type { Person } from '../teamApiTypes';
import type { Failure } from '../teamState';
import { useTeam, useTeamApi } from '../useTeam';

function BudgetRow({ person, fallback }: { person: Person; fallback: number }) {
  const store = useTeamApi();
  const [value, setValue] = useState(person.dailyTokenBudget === null ? '' : String(person.dailyTokenBudget));
  const [failure, setFailure] = useState<Failure>();
  const [saved, setSaved] = useState(false);
  async function save() {
    const tokens = value.trim() === '' ? null : Number(value.replace(/[\s,_]/g, ''));
    const failed =
      tokens !== null && !Number.isInteger(tokens)
        ? { message: 'Give a whole number of tokens, or leave it empty for the default.', problems: [] }
        : await store.getState().setBudget(person.id, tokens);
    setFailure(failed);
    setSaved(!failed);
  }
  return (
    <tr>
      <th scope="row">
        {person.displayName}
        <span className="tm-sub">{person.email}</span>
      </th>
      <td>{person.role}</td>
      <td>
        <div className="tm-budget">
          <input
            type="text"
            aria-label={`Daily tokens for ${person.displayName}`}
            inputMode="numeric"
            placeholder={`${fallback.toLocaleString()} (default)`}
            value={value}
            onChange={(e) => (setValue(e.target.value), setSaved(false))}
          />
          <button type="button" className="button button-small" onClick={() => void save()}>
            {saved ? 'Saved' : 'Save'}
          </button>
        </div>
        {failure && <p className="error">{failure.message}</p>}
      </td>
    </tr>
  );
}

/** Everyone on the server, with the model tokens each may use a UTC day (empty: the server's default). */
export function PeopleBudgets() {
  const people = useTeam((s) => s.people);
  if (!people) return <p className="muted">Loading people…</p>;
  return (
    <div className="tm-table-wrap">
      <table className="tm-table">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            <th scope="col">Model tokens a day</th>
          </tr>
        </thead>
        <tbody>
          {people.users.map((person) => (
            <BudgetRow key={person.id} person={person} fallback={people.defaultDailyTokens} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
