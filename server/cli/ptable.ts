/**
 * npm run ptable: prints the perturbation table of the public release (docs/disclosure.md): for
 * each half-width m (a true count n ≥ 1 may move by at most min(n, 5)), the probability of each
 * noise and the noise's variance.
 */
import { MAX_MONEY_NOISE_CENTS, NOISE, noiseDistribution } from '../disclosure/cell-key.js';
import { runCli } from './run.js';

const HELP = `Usage: npm run ptable

Prints the cell key method's perturbation table as Markdown: for a true count n >= 1 the noise
k lies in [-min(n, ${NOISE.maxNoise}), +min(n, ${NOISE.maxNoise})], with these probabilities.
  -h, --help  show this help`;

function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return Promise.resolve();
  }
  const noises = Array.from({ length: 2 * NOISE.maxNoise + 1 }, (_, i) => i - NOISE.maxNoise);
  console.log(`| true count n | ${noises.map((k) => (k > 0 ? `+${k}` : String(k))).join(' | ')} | variance |`);
  console.log(`| --- | ${noises.map(() => '---:').join(' | ')} | ---: |`);
  for (let m = 1; m <= NOISE.maxNoise; m += 1) {
    const table = new Map(noiseDistribution(m).map((d) => [d.noise, d.probability]));
    const variance = [...table].reduce((sum, [k, p]) => sum + p * k * k, 0);
    const label = m === NOISE.maxNoise ? `${m} or more` : String(m);
    console.log(`| ${label} | ${noises.map((k) => (table.has(k) ? table.get(k)!.toFixed(4) : '')).join(' | ')} | ${variance.toFixed(3)} |`);
  }
  console.log(
    `\nAmounts: noise = ${Number(NOISE.moneyScaleCents) / 100} euro × (k + u − 1/2), k drawn as for n ≥ ${NOISE.maxNoise}, ` +
      `u uniform in [0, 1); at most ±${Number(MAX_MONEY_NOISE_CENTS) / 100} euro after rounding to the euro.`,
  );
  return Promise.resolve();
}

runCli(main);
