import fc from 'fast-check';

/**
 * Property tests draw their cases from one fixed seed, so that a run in CI and a run on a laptop
 * try the same inputs and a failure can be replayed. `FC_SEED=<n>` (or `FC_SEED=random`) explores
 * further; a failure prints the seed and path that reproduce it.
 */
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261207 });
