import { runCoreBench } from './bench/coreBench';
console.log(JSON.stringify(await runCoreBench(), null, 1));
