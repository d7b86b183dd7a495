import { Avatar } from '../shared/Avatar';

/** Dialling: the customer's avatar with pulsing rings until someone (or the voicemail) picks up. */
export function Ringing({ name }: { name: string }) {
  return (
    <div className="ringing" role="status">
      <div className="ringing-avatar">
        <span className="ring ring-1" aria-hidden="true" />
        <span className="ring ring-2" aria-hidden="true" />
        <Avatar name={name} size={96} />
      </div>
      <p className="ringing-text">Calling {name}…</p>
    </div>
  );
}
