import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecordChanges } from '@/lib/api/records';
import { type FigureRecord, INDICATORS, type Indicator, QUALIFIERS, type Qualifier } from '@/lib/model';
import { indicatorName, t } from '../i18n';
import { FormFooter } from './FormFooter';

/** The form's fields as typed (strings), so a half-typed number is never lost to parsing. */
interface Fields {
  region: string;
  year: string;
  indicator: string;
  kind: string;
  value: string;
  valueMax: string;
  unit: string;
  qualifier: string;
  text: string;
  note: string;
  url: string;
  title: string;
  quote: string;
}

function toFields(r: Partial<FigureRecord>): Fields {
  const s = (x: unknown) => (x === undefined || x === null ? '' : String(x));
  return {
    region: s(r.region),
    year: s(r.year),
    indicator: s(r.indicator ?? 'gdp_growth'),
    kind: s(r.kind ?? 'target'),
    value: s(r.value),
    valueMax: s(r.valueMax),
    unit: s(r.unit ?? '%'),
    qualifier: s(r.qualifier),
    text: s(r.text),
    note: s(r.note),
    url: s(r.source?.url),
    title: s(r.source?.title),
    quote: s(r.source?.quote),
  };
}

function toDraft(f: Fields, base?: FigureRecord): RecordChanges {
  // Emptied fields are sent as null (removed); undefined would vanish in the message and keep the old value.
  const num = (s: string) => (s.trim() === '' ? null : Number(s.trim()));
  const str = (s: string) => s.trim() || null;
  const value = num(f.value);
  const source: FigureRecord['source'] = { ...(base?.source ?? {}), url: f.url.trim() };
  // Fields of the source the form does not show (type, via, publishedAt) are kept as they were.
  for (const [key, text] of [
    ['title', f.title],
    ['quote', f.quote],
  ] as const) {
    if (text.trim()) source[key] = text.trim();
    else delete source[key];
  }
  return {
    region: f.region.trim(),
    year: Number(f.year),
    indicator: f.indicator as Indicator,
    kind: f.kind as FigureRecord['kind'],
    value,
    valueMax: value === null ? null : num(f.valueMax),
    unit: value === null ? '' : f.unit.trim(),
    qualifier: (f.qualifier || null) as Qualifier | null,
    text: value === null ? str(f.text) : null,
    note: str(f.note),
    source,
  };
}

/** Edits or adds one record. The background checks it; its answer (what is wrong) is shown above the buttons. */
export function RecordForm({
  initial,
  regions,
  onSubmit,
  onCancel,
  error,
  submitLabel,
}: {
  initial: Partial<FigureRecord>;
  regions: string[];
  onSubmit: (draft: RecordChanges) => void;
  onCancel: () => void;
  error?: string;
  submitLabel: string;
}) {
  const [fields, setFields] = useState<Fields>(() => toFields(initial));
  const form = useRef<HTMLFormElement>(null);
  // Keyboard users land in the form they opened (Escape closes it again).
  useEffect(() => form.current?.querySelector<HTMLElement>('input, select')?.focus(), []);
  const set = (key: keyof Fields) => (event: Event) =>
    setFields({ ...fields, [key]: (event.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  const indicators: string[] = [...INDICATORS];
  if (fields.indicator && !indicators.includes(fields.indicator)) indicators.push(fields.indicator);
  return (
    <form
      ref={form}
      class="rl-record-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(toDraft(fields, initial.id ? (initial as FigureRecord) : undefined));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <label>
        {t('colRegion')}
        <input value={fields.region} onInput={set('region')} list="rl-region-names" required />
      </label>
      <datalist id="rl-region-names">
        {regions.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <label>
        {t('colYear')}
        <input type="number" min={1949} max={2100} value={fields.year} onInput={set('year')} required />
      </label>
      <label>
        {t('colIndicator')}
        <select value={fields.indicator} onChange={set('indicator')}>
          {indicators.map((i) => (
            <option key={i} value={i}>
              {indicatorName(i as Indicator)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('colKind')}
        <select value={fields.kind} onChange={set('kind')}>
          <option value="target">{t('kindTarget')}</option>
          <option value="result">{t('kindResult')}</option>
        </select>
      </label>
      <label>
        {t('colValue')}
        <input inputMode="decimal" value={fields.value} onInput={set('value')} placeholder="5" />
      </label>
      <label>
        {t('libraryValueMax')}
        <input inputMode="decimal" value={fields.valueMax} onInput={set('valueMax')} />
      </label>
      <label>
        {t('libraryUnit')}
        <input value={fields.unit} onInput={set('unit')} placeholder="%" />
      </label>
      <label>
        {t('libraryQualifier')}
        <select value={fields.qualifier} onChange={set('qualifier')}>
          <option value="">—</option>
          {QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {q}
            </option>
          ))}
        </select>
      </label>
      <label class="rl-wide">
        {t('libraryText')}
        <input
          value={fields.text}
          onInput={set('text')}
          placeholder="与经济增长同步"
          disabled={fields.value.trim() !== ''}
        />
      </label>
      <label class="rl-wide">
        {t('libraryNote')}
        <input value={fields.note} onInput={set('note')} />
      </label>
      <label class="rl-wide">
        {t('librarySourceUrl')}
        <input type="url" value={fields.url} onInput={set('url')} placeholder="https://" />
      </label>
      <label class="rl-wide">
        {t('librarySourceTitle')}
        <input value={fields.title} onInput={set('title')} />
      </label>
      <label class="rl-full">
        {t('librarySourceQuote')}
        <textarea rows={2} value={fields.quote} onInput={set('quote')} />
      </label>
      <FormFooter error={error} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
