import type { ReplayMistake } from '../../core/replay';
import { Icon } from '../shared/Icon';

/** A mistake pinned to its turn: the principle, why it hurt, where the idea comes from, and what to try instead. */
export function MistakeCard({ mistake }: { mistake: ReplayMistake }) {
  return (
    <article className="mistake-card" aria-label={`Mistake: ${mistake.principleTitle}`}>
      <p className="mistake-principle">
        <Icon name="alert" size={16} /> {mistake.principleTitle}
      </p>
      <p className="mistake-commentary">{mistake.commentary}</p>
      {mistake.betterLine && (
        <div className="try-instead">
          <p className="try-instead-label">Try instead</p>
          <p className="try-instead-line">“{mistake.betterLine}”</p>
        </div>
      )}
      {mistake.source && <p className="mistake-source">Source: {mistake.source}</p>}
    </article>
  );
}
