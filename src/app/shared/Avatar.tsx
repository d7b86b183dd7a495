import { hashString } from '../../core';
import { initials } from './labels';

const HUES = [220, 262, 190, 330, 25, 150, 285];

/** A customer's initials in a coloured circle; the colour is stable per name. */
export function Avatar({ name, size = 44 }: { name: string; size?: number }) {
  const hue = HUES[hashString(name) % HUES.length];
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{
        width: size,
        height: size,
        fontSize: size * 0.38,
        background: `linear-gradient(135deg, hsl(${hue} 70% 55%), hsl(${(hue! + 40) % 360} 65% 45%))`,
      }}
    >
      {initials(name)}
    </span>
  );
}
