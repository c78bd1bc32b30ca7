/**
 * What `study-report --plan` computes from a plan's results: per configuration and pair, and per
 * finding the plan names, the paired mean difference a − b over the seeds with both figures, its 95%
 * t interval and on how many seeds each was ahead (engine/analysis/pairedStats.ts); and the data file
 * the page reads (formats/study/dataFile.ts). Nothing is called a finding with fewer seeds than the
 * plan fixed, nor with fewer than FINDING_MIN_SEEDS.
 */
import { type PairedSummary, summariseDifferences } from '../../engine/analysis/pairedStats';
import { formatHash } from '../../formats/settings/hash';
import {
  type IntervalFigure,
  STUDY_DATA_FORMAT,
  STUDY_DATA_VERSION,
  type StudyData,
} from '../../formats/study/dataFile';
import { isFinding, type PlanConfig, type StudyMetric, type StudyPlan } from '../../formats/study/plan';
import { configSettings, seedDir } from './planFile';
import { metricAt, readResult, type SeedResult } from './results';

export interface ConfigResults {
  config: PlanConfig;
  /** The plan's seeds that have a result, in plan order. */
  results: SeedResult[];
}

export async function collectResults(plan: StudyPlan, out: string): Promise<ConfigResults[]> {
  return Promise.all(
    plan.configs.map(async (config) => {
      const all = await Promise.all(plan.seeds.map((seed) => readResult(seedDir(out, plan, config, seed))));
      return { config, results: all.filter((r) => r !== undefined) };
    }),
  );
}

/** Differences below this are ties (accuracies are whole answers out of hundreds: exact ties happen). */
const TIE = 1e-9;

/** a − b per seed at `iteration`, over the seeds where both were evaluated. */
export function compare(
  results: readonly SeedResult[],
  a: string,
  b: string,
  metric: StudyMetric,
  iteration: number | 'final',
): PairedSummary {
  const diffs = results.flatMap((r) => {
    const ra = r.rows.find((x) => x.method === a);
    const rb = r.rows.find((x) => x.method === b);
    const x = ra && metricAt(ra, metric, iteration);
    const y = rb && metricAt(rb, metric, iteration);
    return x === undefined || y === undefined ? [] : [x - y];
  });
  return summariseDifferences(diffs, 0.95, TIE);
}

const isPoints = (m: StudyMetric) => m !== 'entropy' && m !== 'entropyChange';
const signed = (v: number, digits: number) => `${v > 0 ? '+' : ''}${v.toFixed(digits)}`;

/**
 * The sentence a finding is stated in: mean ± half-width (the 95% t interval), the interval's ends,
 * the seed count and "ahead on k of n". E.g. "+2.3 ± 3.2 points (95% interval -0.9 to +5.5, 5 seeds);
 * nft ahead on 4 of 5, rft on 1, ties 0".
 */
export function statement(s: PairedSummary, a: string, b: string, metric: StudyMetric): string {
  if (s.n === 0) return 'not run yet (0 seeds)';
  const digits = isPoints(metric) ? 1 : 3;
  const unit = isPoints(metric) ? 'points' : 'nats';
  const seeds = `${s.n} seed${s.n === 1 ? '' : 's'}`;
  const head =
    s.n >= 2
      ? `${signed(s.mean, digits)} ± ${s.halfWidth.toFixed(digits)} ${unit} (95% interval ${signed(s.low, digits)} to ${signed(s.high, digits)}, ${seeds})`
      : `${signed(s.mean, digits)} ${unit} (${seeds}, no interval)`;
  // "Ahead" for accuracies; for entropy, which is neither good nor bad, "higher".
  const verb = isPoints(metric) ? 'ahead' : 'higher';
  return `${head}; ${a} ${verb} on ${s.aAhead} of ${s.n}, ${b} on ${s.bAhead}, ties ${s.ties}`;
}

/** Whether n seeds make a finding under this plan, and if not, why not. */
export function verdict(n: number, plan: StudyPlan): string {
  if (isFinding(n, plan)) return 'finding';
  const need = Math.max(plan.minSeeds, plan.seeds.length);
  return `NOT a finding: ${n} of the ${plan.seeds.length} planned seeds (a finding needs ${need})`;
}

const FINAL_METRICS: StudyMetric[] = ['greedy', 'sampled', 'entropyChange'];

/** The report's lines: per configuration and pair, then per finding of the plan. */
export function reportLines(plan: StudyPlan, collected: readonly ConfigResults[]): string[] {
  const lines = [`plan ${plan.name}: ${plan.seeds.length} planned seeds per configuration`, ''];
  for (const { config, results } of collected) {
    lines.push(`${config.name} (${config.flags.join(' ') || 'no flags'}): ${results.length} seeds run`);
    for (const [a, b] of plan.pairs)
      for (const m of FINAL_METRICS)
        lines.push(`  ${a} - ${b}, ${m}, final: ${statement(compare(results, a, b, m, 'final'), a, b, m)}`);
  }
  lines.push('', 'findings:');
  for (const f of plan.findings) {
    const results = collected.find((c) => c.config.name === f.config)?.results ?? [];
    const s = compare(results, f.a, f.b, f.metric, f.iteration);
    lines.push(
      `  ${f.name} (${f.config}, ${f.a} - ${f.b}, ${f.metric} at iteration ${f.iteration}): ${statement(s, f.a, f.b, f.metric)}. ${verdict(s.n, plan)}`,
    );
  }
  return lines;
}

function figure(s: PairedSummary): IntervalFigure {
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const ok = s.n >= 2;
  return {
    n: s.n,
    mean: s.n > 0 ? round(s.mean) : null,
    low: ok ? round(s.low) : null,
    high: ok ? round(s.high) : null,
    aAhead: s.aAhead,
    bAhead: s.bAhead,
    ties: s.ties,
  };
}

/** The configurations that lack planned seeds (the data file is written without any, or with --partial). */
export function missingSeeds(plan: StudyPlan, collected: readonly ConfigResults[]): string[] {
  return collected
    .filter((c) => c.results.length < plan.seeds.length)
    .map((c) => `${c.config.name} (${c.results.length} of ${plan.seeds.length})`);
}

/** The page's data file: the plan's first pair, final greedy and sampled accuracy per configuration. */
export function studyData(
  plan: StudyPlan,
  planHash: string,
  collected: readonly ConfigResults[],
  command: string,
  now: Date,
): StudyData {
  const [a, b] = plan.pairs[0];
  return {
    format: STUDY_DATA_FORMAT,
    version: STUDY_DATA_VERSION,
    plan: plan.name,
    planHash,
    generated: now.toISOString(),
    command,
    a,
    b,
    points: collected.map(({ config, results }) => {
      const s = configSettings(plan, config);
      const greedy = compare(results, a, b, 'greedy', 'final');
      return {
        config: config.name,
        settings: formatHash(s),
        labelNoise: s.labelNoise,
        verifier: s.verifier,
        planned: plan.seeds.length,
        finding: isFinding(greedy.n, plan),
        greedy: figure(greedy),
        sampled: figure(compare(results, a, b, 'sampled', 'final')),
      };
    }),
  };
}
