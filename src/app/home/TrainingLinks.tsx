const LINKS = [
  { href: '#/onboarding', label: 'New-hire track', text: 'One lesson per principle, each followed by a call that practises it.' },
  { href: '#/assigned', label: 'Assigned to me', text: 'Scenarios your manager sent you, with due dates.' },
  { href: '#/manager', label: 'Create an assignment', text: 'Pick scenarios and a pass mark, and share them as a link.' },
  { href: '#/team', label: 'Team results', text: 'Import your trainees’ results and see where the team is weak.' },
  { href: '#/authoring', label: 'Scenario editor', text: 'Write your own scenario and try it straight away.' },
];

/** Links to the training workflows: onboarding, assignments, team results, the editor. */
export function TrainingLinks() {
  return (
    <section aria-labelledby="training-title" className="scenario-section">
      <h2 id="training-title">Training</h2>
      <ul className="training-links">
        {LINKS.map((link) => (
          <li key={link.href}>
            <a href={link.href} className="training-link">
              <span className="training-link-label">{link.label}</span>
              <span className="training-link-text">{link.text}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
