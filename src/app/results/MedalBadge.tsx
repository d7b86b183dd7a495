import { m } from 'framer-motion';
import { Icon } from '../shared/Icon';
import { medalLabel, type Medal } from '../../core/scoring';

/** The medal for the score, popping in after the count. */
export function MedalBadge({ medal, delay = 1.1 }: { medal: Medal; delay?: number }) {
  return (
    <m.p
      className={`medal medal-${medal}`}
      data-testid="medal"
      data-medal={medal}
      initial={{ opacity: 0, scale: 0.6 }}
      animate={{ opacity: 1, scale: 1 }}
      transition={{ delay, type: 'spring', stiffness: 260, damping: 16 }}
    >
      <Icon name="trophy" size={20} />
      {medalLabel(medal)}
    </m.p>
  );
}
