import { armStyles } from '../charts/armStyle';
import { readable } from '../charts/contrast';
import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { describeEntropyAccuracy, domainOf, entropyAccuracyPoints } from './gradientSummary';
import { XYChart } from './XYChart';

/**
 * Entropy against accuracy, every arm on one pair of axes: does one method keep more entropy than
 * another AT THE SAME accuracy? (Against iterations, a method that learns faster also loses entropy
 * sooner; PLATFORM.md.) One point per evaluation, joined in iteration order, in each arm's colour.
 */
export function EntropyAccuracy() {
  const arms = useRunStore((s) => s.arms);
  const t = useT();
  const points = entropyAccuracyPoints(arms);
  const all = Object.values(points).flat();
  const summary = describeEntropyAccuracy(points, t);
  const styles = armStyles(arms);
  return (
    <section className="entropy-accuracy" aria-labelledby="entropy-accuracy-title">
      <h2 id="entropy-accuracy-title">{t('charts.entropyVs')}</h2>
      <p className="help">{t('charts.onePoint')}</p>
      <figure
        data-testid="entropy-accuracy"
        data-points={all.length}
        aria-label={t('charts.entropyAgainst')}
        aria-describedby="entropy-accuracy-summary"
      >
        <figcaption>
          {styles.map((a, i) => (
            <span
              key={a.name}
              data-testid={`entropy-accuracy-${a.name}`}
              data-points={points[a.name].length}
              style={{ color: readable(a.colour) }}
            >
              {i > 0 && ', '}
              {a.name} ({points[a.name].length})
            </span>
          ))}
        </figcaption>
        <XYChart
          series={styles.map((a) => ({
            key: a.name,
            label: a.name,
            colour: a.colour,
            shape: a.shape,
            dashed: a.dash !== '',
            points: points[a.name],
          }))}
          xDomain={domainOf(
            all.map((p) => p.x),
            [0, 1],
          )}
          yDomain={domainOf(all.map((p) => p.y))}
          xTitle={t('charts.heldOutGreedy')}
          yTitle={t('charts.entropyNats')}
          width={420}
          height={240}
          markLast
        />
        <p id="entropy-accuracy-summary" className="help" aria-live="polite">
          {summary}
        </p>
      </figure>
    </section>
  );
}
