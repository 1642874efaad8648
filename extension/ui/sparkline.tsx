/**
 * A client's revenue per period as a small inline SVG line, oldest period
 * on the left: enough to see a client fading or growing at a glance. No
 * chart library: a polyline and a dot on the last period. Its label says
 * the same in words (lowest, highest, last).
 *
 * @example
 * <Sparkline series={[120000, 0, 95000]} label="Выручка по месяцам: …" />
 */
const WIDTH = 120;
const HEIGHT = 28;
const PAD = 3;

/** The polyline's points for a series, scaled into the box; a flat series sits mid-height. */
export function sparklinePoints(series: readonly number[], width = WIDTH, height = HEIGHT, pad = PAD): [number, number][] {
  if (!series.length) return [];
  const low = Math.min(0, ...series);
  const high = Math.max(...series);
  const span = high - low;
  const step = series.length > 1 ? (width - 2 * pad) / (series.length - 1) : 0;
  return series.map((value, i) => {
    const x = series.length > 1 ? pad + i * step : width / 2;
    const y = span > 0 ? pad + (1 - (value - low) / span) * (height - 2 * pad) : height / 2;
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  });
}

export function Sparkline({ series, label }: { series: readonly number[]; label: string }) {
  const points = sparklinePoints(series);
  if (points.length < 2) return null;
  const [lastX, lastY] = points[points.length - 1];
  return (
    <svg class="spark" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} class="spark-base" />
      <polyline points={points.map(([x, y]) => `${x},${y}`).join(' ')} fill="none" class="spark-line" />
      <circle cx={lastX} cy={lastY} r="2.5" class="spark-dot" />
    </svg>
  );
}
