import base from './vite.config';
export default { ...base, resolve: { alias: [{ find: /^motion-dom$/, replacement: '/tmp/app1/motion-dom-shim.mjs' }] } };
