import { FormEvent, useState } from 'react';
import { newId } from '../../api/newId';
import { useMutation } from '../../api/mutation';
import { ErrorAlert } from '../../components/common';
import { useI18n } from '../../i18n/i18n';
import { TextField, serverField } from '../../components/form';
import { SCHEDULE_SERIES, SCHEDULE_SESSION, WEEKDAYS } from './communityApi';

const romeDate = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date(Date.now() + days * 86_400_000));

/** A weekly series: the days, the times (Rome), from and until when, and the seats (some held for people the social desk refers). */
export function SeriesForm({ initiativeId, onSaved, onCancel }: { initiativeId: string; onSaved(message: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const [id] = useState(newId);
  const [days, setDays] = useState<string[]>([]);
  const [f, setF] = useState({ startTime: '15:00', endTime: '17:00', firstDate: romeDate(1), untilDate: romeDate(56), maxOccurrences: '', publicSeats: '15', referralSeats: '3' });
  const set = (k: keyof typeof f, v: string) => setF((prev) => ({ ...prev, [k]: v }));
  const { run, pending, error } = useMutation((_message, data) => onSaved(t('community.manage.seriesSaved', { n: (data as { scheduleSessionSeries: unknown[] }).scheduleSessionSeries.length })));
  const blamed = serverField(error?.field);
  const p = `series-${initiativeId.slice(0, 8)}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = (v: string) => (v.trim() === '' ? undefined : Number(v));
    const input = { id, initiativeId, weekdays: WEEKDAYS.filter((d) => days.includes(d)), startTime: f.startTime, endTime: f.endTime, firstDate: f.firstDate, untilDate: f.untilDate, maxOccurrences: n(f.maxOccurrences), publicSeats: n(f.publicSeats) ?? 0, referralSeats: n(f.referralSeats) ?? 0 };
    await run(SCHEDULE_SERIES, { input }, '');
  };
  return (
    <form className="public-card" onSubmit={(e) => void submit(e)} noValidate data-testid={`${p}-form`}>
      <h3 className="h6">{t('community.series.legend')}</h3>
      <ErrorAlert error={error} />
      <fieldset className="mb-3">
        <legend className="form-label fw-semibold fs-6">{t('community.series.weekdays')}</legend>
        <div className="weekday-checks">
          {WEEKDAYS.map((d) => (
            <div key={d} className="form-check">
              <input
                id={`${p}-${d}`}
                type="checkbox"
                className={`form-check-input${blamed === 'weekdays' ? ' is-invalid' : ''}`}
                checked={days.includes(d)}
                onChange={(e) => setDays((prev) => (e.target.checked ? [...prev, d] : prev.filter((x) => x !== d)))}
                data-testid={`series-day-${d}`}
              />
              <label htmlFor={`${p}-${d}`} className="form-check-label">{t(`community.weekday.${d}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <div className="col-6"><TextField id={`${p}-startTime`} label={t('community.series.startTime')} type="time" value={f.startTime} onChange={(v) => set('startTime', v)} blamed={blamed === 'startTime'} testId="series-start" /></div>
        <div className="col-6"><TextField id={`${p}-endTime`} label={t('community.series.endTime')} type="time" value={f.endTime} onChange={(v) => set('endTime', v)} blamed={blamed === 'endTime'} testId="series-end" /></div>
        <div className="col-6"><TextField id={`${p}-firstDate`} label={t('community.series.firstDate')} type="date" value={f.firstDate} onChange={(v) => set('firstDate', v)} blamed={blamed === 'firstDate'} testId="series-first" /></div>
        <div className="col-6"><TextField id={`${p}-untilDate`} label={t('community.series.untilDate')} type="date" value={f.untilDate} onChange={(v) => set('untilDate', v)} blamed={blamed === 'untilDate'} testId="series-until" /></div>
        <div className="col-12 col-md-4"><TextField id={`${p}-max`} label={t('community.series.maxOccurrences')} optional type="number" inputMode="numeric" min={1} max={60} value={f.maxOccurrences} onChange={(v) => set('maxOccurrences', v)} blamed={blamed === 'maxOccurrences'} testId="series-max" /></div>
        <div className="col-6 col-md-4"><TextField id={`${p}-public`} label={t('community.series.publicSeats')} type="number" inputMode="numeric" min={0} value={f.publicSeats} onChange={(v) => set('publicSeats', v)} blamed={blamed === 'publicSeats'} testId="series-public-seats" /></div>
        <div className="col-6 col-md-4"><TextField id={`${p}-referral`} label={t('community.series.referralSeats')} type="number" inputMode="numeric" min={0} value={f.referralSeats} onChange={(v) => set('referralSeats', v)} blamed={blamed === 'referralSeats'} testId="series-referral-seats" /></div>
      </div>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={pending} data-testid="series-submit">{t('community.series.submit')}</button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>{t('community.form.cancel')}</button>
      </div>
    </form>
  );
}

/** One session: when it starts and ends (Rome time) and its seats. */
export function SessionForm({ initiativeId, onSaved, onCancel }: { initiativeId: string; onSaved(message: string): void; onCancel(): void }) {
  const { t } = useI18n();
  const [id] = useState(newId);
  const [f, setF] = useState({ date: romeDate(7), start: '15:00', end: '17:00', publicSeats: '15', referralSeats: '3' });
  const set = (k: keyof typeof f, v: string) => setF((prev) => ({ ...prev, [k]: v }));
  const { run, pending, error } = useMutation(() => onSaved(t('community.manage.sessionSaved')));
  const blamed = serverField(error?.field);
  const p = `session-${initiativeId.slice(0, 8)}`;
  /** A Rome wall-clock time as an instant (the offset of that day in Rome). */
  const instant = (date: string, time: string) => {
    const guess = new Date(`${date}T${time}:00Z`);
    const rome = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Rome' }));
    const utc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
    return new Date(guess.getTime() - (rome.getTime() - utc.getTime())).toISOString();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = { id, initiativeId, startsAt: instant(f.date, f.start), endsAt: instant(f.date, f.end), publicSeats: Number(f.publicSeats || 0), referralSeats: Number(f.referralSeats || 0) };
    await run(SCHEDULE_SESSION, { input }, '');
  };
  return (
    <form className="public-card" onSubmit={(e) => void submit(e)} noValidate data-testid={`${p}-form`}>
      <h3 className="h6">{t('community.series.sessionLegend')}</h3>
      <ErrorAlert error={error} />
      <div className="row">
        <div className="col-12 col-md-4"><TextField id={`${p}-date`} label={t('community.series.firstDate')} type="date" value={f.date} onChange={(v) => set('date', v)} blamed={blamed === 'startsAt'} /></div>
        <div className="col-6 col-md-4"><TextField id={`${p}-start`} label={t('community.series.startsAt')} type="time" value={f.start} onChange={(v) => set('start', v)} blamed={blamed === 'startsAt'} /></div>
        <div className="col-6 col-md-4"><TextField id={`${p}-end`} label={t('community.series.endsAt')} type="time" value={f.end} onChange={(v) => set('end', v)} blamed={blamed === 'endsAt'} /></div>
        <div className="col-6"><TextField id={`${p}-public`} label={t('community.series.publicSeats')} type="number" inputMode="numeric" min={0} value={f.publicSeats} onChange={(v) => set('publicSeats', v)} blamed={blamed === 'publicSeats'} /></div>
        <div className="col-6"><TextField id={`${p}-referral`} label={t('community.series.referralSeats')} type="number" inputMode="numeric" min={0} value={f.referralSeats} onChange={(v) => set('referralSeats', v)} blamed={blamed === 'referralSeats'} /></div>
      </div>
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={pending}>{t('community.series.submit')}</button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>{t('community.form.cancel')}</button>
      </div>
    </form>
  );
}
