import { h, clear, errorBox, message } from '../dom.js';
import { postJson } from '../api.js';
import { docView } from '../components/docView.js';
import { eventsTable } from '../components/eventsTable.js';
import { normEvent } from '../model.js';

const EXAMPLE = `Turkish President Recep Tayyip Erdoğan met Russian President Vladimir Putin in İstanbul on Monday. The Russian Foreign Minister, Sergei Lavrov, criticised the Swiss government on Wednesday.
Türkiye’s diplomats called the talks “constructive”.`;

const EXAMPLE_ES = `Los cancilleres de Chile y Argentina se reunieron este martes en Santiago. El presidente de Bolivia acusó a Perú de cerrar la frontera.
La Policía detuvo ayer a tres hombres armados en Valparaíso.`;

const LANGS = [['auto', 'Detect'], ['en', 'English'], ['es', 'Spanish']];
const LANG_NAMES = { en: 'English', es: 'Spanish' };

// What the user typed and got back survives a visit to another page.
const state = { text: '', date: '', lang: 'auto', result: null, codedText: '', selected: null };

export default {
  title: 'Code a text',
  render(view, ctx) {
    const results = h('div', { class: 'code-results', 'aria-live': 'polite' });
    const textarea = h('textarea', { id: 'code-text', name: 'text', rows: 9, required: true, spellcheck: 'false', placeholder: 'Paste a news article in English or Spanish…' });
    textarea.value = state.text;
    const date = h('input', { id: 'code-date', name: 'date', type: 'date', value: state.date });
    const lang = h('select', { id: 'code-lang', name: 'lang' },
      ...LANGS.map(([v, label]) => h('option', { value: v, selected: v === state.lang }, label)));
    const submit = h('button', { type: 'submit', class: 'primary', id: 'code-submit' }, 'Code text');
    const form = h('form', { class: 'code-form card' },
      h('div', { class: 'field' }, h('label', { for: 'code-text' }, 'Text'), textarea),
      h('div', { class: 'row' },
        h('div', { class: 'field' }, h('label', { for: 'code-date' }, 'Publication date (optional)'), date),
        h('div', { class: 'field' }, h('label', { for: 'code-lang' }, 'Language'), lang),
        h('div', { class: 'field field-buttons' }, submit,
          h('button', { type: 'button', onClick: () => { textarea.value = EXAMPLE; date.value = '2025-02-27'; lang.value = 'auto'; textarea.focus(); } }, 'Load example'),
          h('button', { type: 'button', id: 'code-example-es', onClick: () => { textarea.value = EXAMPLE_ES; date.value = '2024-05-16'; lang.value = 'es'; textarea.focus(); } }, 'Spanish example'))),
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
      const readAs = r.lang ? h('p', { class: 'muted', id: 'code-read-as' }, `Read as ${LANG_NAMES[r.lang] || r.lang}.`) : null;
      results.append(h('h3', {}, `${events.length} event${events.length === 1 ? '' : 's'}`), ...(readAs ? [readAs] : []), table, h('h3', {}, 'Text'), dv.el);
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
      state.lang = lang.value;
      submit.disabled = true;
      view.dataset.state = 'loading';
      clear(results).append(message('loading', 'Coding…'));
      try {
        const body = { text };
        if (date.value) body.date = date.value;
        if (lang.value !== 'auto') body.lang = lang.value;
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
    lang.addEventListener('change', () => { state.lang = lang.value; });

    view.append(h('h2', {}, 'Code a text'), form, results);
    show();
  },
};
