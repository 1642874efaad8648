/**
 * The notice above a draft's recipients: a small, dismissible box saying
 * why to write with care (compose-warnings.ts). It lives in its own
 * `<kam-compose-notice>` shadow root, outside every editable field, and is
 * announced politely (role=status) so it never interrupts typing. A notice
 * dismissed stays dismissed for that draft, for the clients it named; a new
 * client among the recipients brings it back.
 *
 * @example
 * const notices = startComposeNotices(document.body, { site: gmail, resolve, kamName: () => 'Анна Смирнова', lang: () => 'ru' });
 * notices.rescan(); // after new data or settings
 */
import { render } from 'preact';
import type { Lang } from '../../shared/options.js';
import { t } from '../i18n.js';
import { PENDING, type Resolve } from '../page/annotator.js';
import type { Site } from '../sites/site.js';
import type { ClientCardProps } from '../ui/client-card.js';
import { composeWarnings, type ComposeWarning } from './compose-warnings.js';
import { draftsOf } from './compose-fields.js';

export const NOTICE_TAG = 'kam-compose-notice';

export type ComposeNoticeDeps = { site: Pick<Site, 'targets' | 'attributes'>; resolve: Resolve; kamName(): string; lang(): Lang };

export type ComposeNotices = { rescan(): void; flush(): void; stop(): void };

const styles = `
:host { all: initial; display: block; margin: 4px 0; }
.notice { display: flex; gap: 8px; align-items: flex-start; padding: 7px 8px 7px 10px; border-radius: 8px; background: #fff7ed; border: 1px solid #c2410c; color: #7c2d12;
  font: 400 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.mark { flex: none; font-weight: 800; }
.body { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.title { font-weight: 700; }
ul { margin: 2px 0 0; padding: 0 0 0 16px; }
button { all: unset; flex: none; cursor: pointer; width: 22px; height: 22px; border-radius: 4px; text-align: center; font: 700 16px/22px system-ui, sans-serif; color: #7c2d12; }
button:hover { background: #fed7aa; }
button:focus-visible { outline: 2px solid #1a73e8; }
bdi { unicode-bidi: isolate; }
`;

function Notice({ warnings, lang, onDismiss }: { warnings: ComposeWarning[]; lang: Lang; onDismiss(): void }) {
  return (
    <div class="notice" role="status">
      <span class="mark" aria-hidden="true">!</span>
      <div class="body">
        <div class="title">{t(lang, 'composeTitle')}</div>
        <ul>
          {warnings.map((w) => (
            <li key={`${w.kind}|${w.client}`} data-kind={w.kind} data-client={w.client}>{w.text}</li>
          ))}
        </ul>
      </div>
      <button type="button" aria-label={t(lang, 'composeDismiss')} title={t(lang, 'composeDismiss')} onClick={onDismiss}>×</button>
    </div>
  );
}

const stop = (event: Event) => event.stopPropagation();

export function startComposeNotices(root: Element, deps: ComposeNoticeDeps): ComposeNotices {
  const notices = new Map<Element, HTMLElement>();
  const dismissed = new WeakMap<Element, Set<string>>();
  let frame = 0;

  const mount = (): HTMLElement => {
    const host = root.ownerDocument.createElement(NOTICE_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = root.ownerDocument.createElement('style');
    style.textContent = styles;
    shadow.append(style, root.ownerDocument.createElement('div'));
    for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress']) host.addEventListener(type, stop);
    return host;
  };

  const unmount = (draft: Element) => {
    const host = notices.get(draft);
    if (!host) return;
    render(null, host.shadowRoot!.lastElementChild!);
    host.remove();
    notices.delete(draft);
  };

  const flush = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    const lang = deps.lang();
    const drafts = draftsOf(root, deps.site);
    const live = new Set(drafts.map((d) => d.draft));
    for (const draft of [...notices.keys()]) if (!live.has(draft) || !draft.isConnected) unmount(draft);
    for (const { draft, before, recipients } of drafts) {
      // A recipient still being looked up ('pending') is counted when the answer comes (the page calls rescan).
      const props = recipients.map((r) => deps.resolve(r.identity)).filter((p): p is ClientCardProps => !!p && p !== PENDING);
      const gone = dismissed.get(draft);
      const warnings = composeWarnings(props, { kamName: deps.kamName(), lang }).filter((w) => !gone?.has(`${w.kind}|${w.client}`));
      if (!warnings.length) {
        unmount(draft);
        continue;
      }
      let host = notices.get(draft);
      if (!host) notices.set(draft, (host = mount()));
      if (host.nextElementSibling !== before) before.before(host);
      const onDismiss = () => {
        const set = dismissed.get(draft) ?? new Set<string>();
        for (const w of warnings) set.add(`${w.kind}|${w.client}`);
        dismissed.set(draft, set);
        unmount(draft);
      };
      render(<Notice warnings={warnings} lang={lang} onDismiss={onDismiss} />, host.shadowRoot!.lastElementChild!);
    }
  };

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(flush);
  };

  // Only changes in or around a recipient field matter; the rest of a busy mail page costs a check per record.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target as Element;
      if (target.nodeType === 1 && target.nodeName.toLowerCase() === NOTICE_TAG) continue;
      const element = target.nodeType === 1 ? target : target.parentElement;
      if (element?.closest('[role="listbox"]') || hasField(record.addedNodes) || hasField(record.removedNodes) || (record.removedNodes.length && notices.size)) {
        schedule();
        return;
      }
    }
  });
  // Notices left by an earlier copy of this script (the extension was updated or reloaded).
  Array.from(root.querySelectorAll(NOTICE_TAG)).forEach((stale) => stale.remove());
  observer.observe(root, { childList: true, subtree: true, ...(deps.site.attributes?.length ? { attributes: true, attributeFilter: deps.site.attributes } : {}) });
  flush();

  return {
    rescan: schedule,
    flush,
    stop() {
      observer.disconnect();
      cancelAnimationFrame(frame);
      for (const draft of [...notices.keys()]) unmount(draft);
    },
  };
}

function hasField(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.nodeType === 1 && node.nodeName.toLowerCase() !== NOTICE_TAG && ((node as Element).matches('[role="listbox"]') || (node as Element).querySelector('[role="listbox"]'))) return true;
  }
  return false;
}
