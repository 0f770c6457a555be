import { FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, gql } from '../api/client';
import { formatDateTime, useI18n } from '../i18n/i18n';
import { newId } from '../api/newId';
import { ErrorAlert } from './common';
import { graphql } from '../gql';

export const REFERRAL_MESSAGES = graphql(`query ReferralMessages($referralId: ID!, $first: Int) {
  referralMessages(referralId: $referralId, first: $first) { nodes { id authorRole byYou text createdAt } pageInfo { hasNextPage } }
}`);
export const POST_REFERRAL_MESSAGE = graphql(`mutation PostReferralMessage($id: ID, $referralId: ID!, $text: String!) {
  postReferralMessage(id: $id, referralId: $referralId, text: $text) { id authorRole byYou text createdAt }
}`);

export interface ThreadMessage {
  id: string;
  authorRole: string;
  byYou: boolean;
  text: string | null;
  createdAt: string;
}

/** How often an open thread asks for new messages (every read is audited, so only while open). */
export const THREAD_POLL_MS = 15_000;
const SHOWN = 50;
const MAX_LENGTH = 2000;

/**
 * The messages about one referral between its organisation and the social desk (never the
 * antenna). Closed until asked for: opening it reads the messages (the API records every reading),
 * then asks again every 15 seconds while it stays open. `side` picks the wording of the reader's
 * area (`org.thread.*` or `social.thread.*`).
 */
export function ReferralThread({ referralId, side }: { referralId: string; side: 'org' | 'social' }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [messages, setMessages] = useState<ThreadMessage[]>();
  const [more, setMore] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState({ count: 0 });
  // One id per message being written: a retry after a lost answer never doubles it.
  const draftId = useRef(newId());
  const textRef = useRef<HTMLTextAreaElement>(null);
  const k = (key: string) => `${side}.thread.${key}`;

  const load = useCallback(async () => {
    try {
      const data = await gql(REFERRAL_MESSAGES, { referralId, first: SHOWN });
      setMessages([...data.referralMessages.nodes].reverse());
      setMore(data.referralMessages.pageInfo.hasNextPage);
      setError(undefined);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []));
    }
  }, [referralId]);

  useEffect(() => {
    if (!open) return undefined;
    void load();
    const timer = window.setInterval(() => void load(), THREAD_POLL_MS);
    return () => window.clearInterval(timer);
  }, [open, load]);

  async function send(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value) {
      setInvalid(true);
      textRef.current?.focus();
      return;
    }
    setInvalid(false);
    setPending(true);
    setError(undefined);
    try {
      await gql(POST_REFERRAL_MESSAGE, { id: draftId.current, referralId, text: value });
      draftId.current = newId();
      setText('');
      setSent((s) => ({ count: s.count + 1 }));
      await load();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, []));
    } finally {
      setPending(false);
    }
  }

  const regionId = `thread-${referralId}`;
  const textId = `thread-text-${referralId}`;
  const author = (m: ThreadMessage) => (m.byYou ? t(k('you')) : t(k(m.authorRole === 'SOCIAL_WORKER' ? 'desk' : 'organisation')));
  return (
    <div className="mt-3">
      <button type="button" className="btn btn-outline-primary" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen((o) => !o)} data-testid={`thread-toggle-${referralId}`}>
        {t(k(open ? 'hide' : 'show'))}
      </button>
      {open && (
        <section id={regionId} className="border rounded p-3 mt-2" aria-label={t(k('title'))} data-testid={`thread-${referralId}`}>
          <p className="small text-secondary">{t(k('notice'))}</p>
          <ErrorAlert error={error} />
          {messages && messages.length === 0 && <p data-testid={`thread-empty-${referralId}`}>{t(k('empty'))}</p>}
          {more && <p className="small text-secondary">{t(k('more'), { n: SHOWN })}</p>}
          {messages && messages.length > 0 && (
            <ol className="list-unstyled mb-3" aria-live="polite" data-testid={`thread-messages-${referralId}`}>
              {messages.map((m) => (
                <li key={m.id} className={`border rounded p-2 mb-2 ${m.byYou ? 'bg-light' : ''}`}>
                  <p className="small mb-1">
                    <span className="fw-semibold">{author(m)}</span> · {formatDateTime(m.createdAt, locale)}
                  </p>
                  <p className="mb-0" style={{ whiteSpace: 'pre-wrap' }}>
                    {m.text ?? t(k('erased'))}
                  </p>
                </li>
              ))}
            </ol>
          )}
          <form onSubmit={(e) => void send(e)} noValidate>
            <label htmlFor={textId} className="form-label fw-semibold">
              {t(k('label'))}
            </label>
            <p id={`${textId}-hint`} className="small text-secondary mb-2">
              {t(k('hint'))}
            </p>
            <textarea
              ref={textRef}
              id={textId}
              className={`form-control${invalid ? ' is-invalid' : ''}`}
              rows={3}
              maxLength={MAX_LENGTH}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={invalid || undefined}
              aria-describedby={`${textId}-hint${invalid ? ` ${textId}-error` : ''}`}
              data-testid={`thread-text-${referralId}`}
            />
            {invalid && (
              <p id={`${textId}-error`} className="text-danger small mt-1 mb-0">
                {t(k('emptyText'))}
              </p>
            )}
            <button type="submit" className="btn btn-primary mt-2" disabled={pending} data-testid={`thread-send-${referralId}`}>
              {t(k('send'))}
            </button>
            <div role="status" aria-live="polite" className="small mt-1">
              {sent.count > 0 && <span key={sent.count}>{t(k('sent'))}</span>}
            </div>
          </form>
        </section>
      )}
    </div>
  );
}
