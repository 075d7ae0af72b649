import { h, clear } from '../dom.js';
import { getJson } from '../api.js';
import { hrefFor } from '../router.js';
import { docView } from '../components/docView.js';
import { normEvent } from '../model.js';
import { panel } from './panel.js';

// The last document shown, so that selecting another event does not fetch it again.
let shown = null; // {id, view: {select}}

export default {
  title: 'Article',
  render(view, ctx) {
    const id = decodeURIComponent(ctx.match[1]);
    const eventId = ctx.params.get('event');
    shown = null;
    const head = h('div', { class: 'doc-head' }, h('h2', {}, `Document ${id}`));
    const body = h('div');
    view.append(head, body);
    ctx.track(panel(body, getJson(`documents/${encodeURIComponent(id)}`, {}, ctx.signal), (d) => {
      const events = (d.events || []).map(normEvent);
      clear(head).append(
        h('h2', {}, d.title || `Document ${d.id}`),
        h('p', { class: 'doc-meta' },
          [d.source, d.published, `document ${d.id}`].filter(Boolean).join(' · '),
          /^https?:\/\//i.test(d.url || '') ? [' · ', h('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank' }, 'original article ↗')] : null),
      );
      const dv = docView({
        text: d.text || '',
        annotations: d.annotations || [],
        sentences: d.sentences || null,
        events,
        selectedId: eventId,
        onSelect: (e) => ctx.go(`/doc/${encodeURIComponent(id)}`, { event: e.id }),
      });
      shown = { id, dv };
      if (eventId && !events.some((e) => String(e.id) === eventId)) {
        return [h('p', { class: 'msg msg-empty' }, `Event ${eventId} is not one of this document’s events.`), dv.el];
      }
      return dv.el;
    }));
  },
  update(ctx) {
    const id = decodeURIComponent(ctx.match[1]);
    if (!shown || shown.id !== id) return false;
    const eventId = ctx.params.get('event');
    if (eventId === null) { shown.dv.select(null); return true; }
    return shown.dv.select(eventId);
  },
  cleanup() {
    shown = null;
  },
};

export const articleHref = (doc, event) => hrefFor(`/doc/${encodeURIComponent(doc)}`, event != null ? { event } : {});
