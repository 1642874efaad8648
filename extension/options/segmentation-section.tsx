/**
 * Thresholds and period of the segmentation, in the percentages a KAM knows
 * (A up to 80%, X up to a CV of 10%); applying them segments the stored
 * transactions again.
 *
 * @example
 * <SegmentationSection stored={stored} lang="en" />
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../shared/options.js';
import { recompute } from '../data/recompute.js';
import { SegmentSettingsSchema, type SegmentSettings } from '../data/settings.js';
import { writeSettings } from '../data/storage.js';
import { t, type MessageKey } from '../i18n.js';
import type { Stored } from './use-stored.js';

type PercentField = 'a' | 'b' | 'x' | 'y' | 'breadwinnerShare';
const percentFields: [PercentField, MessageKey][] = [
  ['a', 'optionsA'],
  ['b', 'optionsB'],
  ['x', 'optionsX'],
  ['y', 'optionsY'],
  ['breadwinnerShare', 'optionsBreadwinner'],
];
const periods = [
  ['month', 'periodMonth'],
  ['week', 'periodWeek'],
  ['quarter', 'periodQuarter'],
] as const;

const toPercent = (fraction: number) => String(Math.round(fraction * 1000) / 10);

function fieldLabel(field: string, lang: Lang): string {
  const percent = percentFields.find(([name]) => name === field);
  return t(lang, percent ? percent[1] : field === 'lostDays' ? 'optionsLostDays' : 'optionsPeriod');
}

export function SegmentationSection({ stored, lang }: { stored: Stored; lang: Lang }) {
  const current = stored.settings.segment;
  const [form, setForm] = useState<Record<string, string>>(() => ({
    period: current.period,
    lostDays: String(current.lostDays),
    ...Object.fromEntries(percentFields.map(([field]) => [field, toPercent(current[field])])),
  }));
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const apply = async () => {
    const parsed = SegmentSettingsSchema.safeParse({
      period: form.period,
      lostDays: Number(form.lostDays),
      ...Object.fromEntries(percentFields.map(([field]) => [field, Number(form[field].replace(',', '.')) / 100])),
    });
    if (!parsed.success) {
      // The fields by their labels; only the order rules ('A < B', 'X < Y') say more, and they read the same in both languages.
      const problems = parsed.error.issues.map((issue) => {
        const label = fieldLabel(String(issue.path[0]), lang);
        return issue.code === 'custom' ? `${label} (${issue.message})` : label;
      });
      return setMessage({ ok: false, text: t(lang, 'optionsInvalid', [...new Set(problems)].join('; ')) });
    }
    await writeSettings({ segment: parsed.data satisfies SegmentSettings });
    const summary = stored.dataset?.kind === 'transactions' ? await recompute() : undefined;
    setMessage({ ok: true, text: summary ? t(lang, 'optionsRecomputed', summary.clients) : t(lang, 'optionsSaved') });
  };

  return (
    <section aria-labelledby="segmentation-title">
      <h2 id="segmentation-title">{t(lang, 'optionsSegmentation')}</h2>
      <p class="hint">{t(lang, 'optionsSegmentationHint')}</p>
      <div class="grid">
        <label class="field">
          {t(lang, 'optionsPeriod')}
          <select id="period" value={form.period} onChange={(event) => setForm({ ...form, period: event.currentTarget.value })}>
            {periods.map(([value, key]) => (
              <option value={value} key={value}>{t(lang, key)}</option>
            ))}
          </select>
        </label>
        {percentFields.map(([field, key]) => (
          <label class="field" key={field}>
            {t(lang, key)}
            <input type="number" min="0" max="100" step="0.5" id={`threshold-${field}`} value={form[field]} onInput={(event) => setForm({ ...form, [field]: event.currentTarget.value })} />
          </label>
        ))}
        <label class="field">
          {t(lang, 'optionsLostDays')}
          <input type="number" min="1" step="1" id="lost-days" value={form.lostDays} onInput={(event) => setForm({ ...form, lostDays: event.currentTarget.value })} />
        </label>
      </div>
      <div class="row">
        <button class="primary" id="segmentation-apply" onClick={() => void apply()}>{t(lang, 'optionsApply')}</button>
        {message && <span class={message.ok ? 'ok' : 'bad'} role="status" id="segmentation-message">{message.text}</span>}
      </div>
    </section>
  );
}
