import { m } from 'framer-motion';
import { useHistoryStore } from '../history/historyStore';
import { useSettingsStore } from '../settings/settingsStore';

const STEPS = [
  { title: 'Prepare', text: 'Read the account notes, then write in one line what you want from the call.' },
  { title: 'Call', text: 'Type what you would say, or pick one of three lines in guided mode. The customer reacts to every word.' },
  { title: 'Learn', text: 'Get scored on eight principles of good follow-up, then replay the call to see each mistake and a better line.' },
];

/** The three-line explanation shown until it is dismissed or the trainee has finished a call. */
export function IntroCard() {
  const seen = useSettingsStore((s) => s.introSeen);
  const played = useHistoryStore((s) => s.summaries.length > 0);
  const setIntroSeen = useSettingsStore((s) => s.setIntroSeen);
  if (seen || played) return null;
  return (
    <m.section className="card intro-card" aria-labelledby="intro-title" initial={{ opacity: 0, y: 6 }} animate={{ opacity: 1, y: 0 }}>
      <div className="intro-head">
        <h2 id="intro-title">How Dialed In works</h2>
        <button type="button" className="button button-small" onClick={() => setIntroSeen(true)}>
          Got it
        </button>
      </div>
      <ol className="intro-steps">
        {STEPS.map((step, i) => (
          <li key={step.title}>
            <span className="intro-step-number" aria-hidden="true">
              {i + 1}
            </span>
            <span>
              <strong>{step.title}.</strong> {step.text}
            </span>
          </li>
        ))}
      </ol>
      <p className="intro-track" data-testid="intro-track">
        <strong>New to follow-up calls?</strong> Start with the <a href="#/onboarding">new-hire track</a>: one short lesson per principle, each followed by a
        call that practises it.
      </p>
    </m.section>
  );
}
