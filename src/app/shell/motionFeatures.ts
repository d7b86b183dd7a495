import { domAnimation } from 'framer-motion';

/** framer-motion's DOM animation features (animate, exit, hover, tap, in-view), fetched after the first paint. */
export default domAnimation;
