import { h, clear, errorBox, message } from '../dom.js';
import { postJson } from '../api.js';
import { docView } from '../components/docView.js';
import { eventsTable } from '../components/eventsTable.js';
import { normEvent } from '../model.js';

const EXAMPLE = `Turkish President Recep Tayyip Erdoğan met Russian President Vladimir Putin in İstanbul on Monday. The Russian Foreign Minister, Sergei Lavrov, criticised the Swiss government on Wednesday.
Türkiye’s diplomats called the talks “constructive”.`;

// What the user typed and got back survives a visit to another page.
const state = { text: '', date: '', result: null, codedText: '', selected: null };

export default {
  title: 'Code a text',
  render(view, ctx) {
    const results = h('div', { class: 'code-results', 'aria-live': 'polite' });
    const textarea = h('textarea', { id: 'code-text', name: 'text', rows: 9, required: true, spellcheck: 'false', placeholder: 'Paste a news article in English…' });
    textarea.value = state.text;
    const date = h('input', { id: 'code-date', name: 'date', type: 'date', value: state.date });
    const submit = h('button', { type: 'submit', class: 'primary', id: 'code-submit' }, 'Code text');
    const form = h('form', { class: 'code-form card' },
      h('div', { class: 'field' }, h('label', { for: 'code-text' }, 'Text'), textarea),
      h('div', { class: 'row' },
        h('div', { class: 'field' }, h('label', { for: 'code-date' }, 'Publication date (optional)'), date),
        h('div', { class: 'field field-buttons' }, submit,
          h('button', { type: 'button', onClick: () => { textarea.value = EXAMPLE; date.value = '2025-02-27'; textarea.focus(); } }, 'Load example'))),
      h('p', { class: 'muted' }, 'The text is coded by the server and not stored. Relative dates (“on Monday”) are resolved against the publication date.'),
    );

    const show = () => {
      clear(results);
      const r = state.result;
      if (!r) return;
      const events = (r.events || []).map(normEvent);
      let dv;
      const select = (e) => { state.selected = e.id; dv.select(e.id); highlightRow(); };
      const table = events.length
        ? eventsTable(events, { onSelect: select, selectedId: state.selected, caption: 'Click “Show” to highlight an event’s evidence in the text.' })
        : message('empty', 'No events were found in this text.');
      dv = docView({ text: state.codedText, annotations: r.annotations || [], sentences: r.sentences || null, events, selectedId: state.selected, onSelect: select });
      const highlightRow = () => {
        for (const tr of results.querySelectorAll('tr[data-event-id]')) tr.classList.toggle('selected', tr.dataset.eventId === String(state.selected));
      };
      results.append(h('h3', {}, `${events.length} event${events.length === 1 ? '' : 's'}`), table, h('h3', {}, 'Text'), dv.el);
    };

    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const text = textarea.value;
      if (!text.trim()) {
        clear(results).append(h('div', { class: 'msg msg-error', role: 'alert' }, 'Type or paste a text first.'));
        return;
      }
      state.text = text;
      state.date = date.value;
      submit.disabled = true;
      view.dataset.state = 'loading';
      clear(results).append(message('loading', 'Coding…'));
      try {
        const body = { text };
        if (date.value) body.date = date.value;
        state.result = await postJson('code', body, ctx.signal);
        state.codedText = text;
        state.selected = null;
        show();
        view.dataset.state = 'ready';
      } catch (e) {
        if (e.name === 'AbortError') return;
        clear(results).append(errorBox(e));
        view.dataset.state = 'error';
      } finally {
        submit.disabled = false;
      }
    });
    textarea.addEventListener('input', () => { state.text = textarea.value; });
    date.addEventListener('input', () => { state.date = date.value; });

    view.append(h('h2', {}, 'Code a text'), form, results);
    show();
  },
};
