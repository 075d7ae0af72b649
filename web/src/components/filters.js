import { h } from '../dom.js';
import { getJson } from '../api.js';

const BASE = [
  { key: 'from', label: 'From', type: 'date' },
  { key: 'to', label: 'To', type: 'date' },
  { key: 'actor', label: 'Actor', placeholder: 'RUS, RUSGOV, Lavrov', list: true },
  { key: 'country', label: 'Country', placeholder: 'ISO3, e.g. TUR', size: 8 },
  { key: 'cameo', label: 'CAMEO code', placeholder: '04, 046', size: 8 },
];
const EXTRA = [
  { key: 'quad', label: 'Quad class', options: [['', 'any'], ['1', '1 verbal cooperation'], ['2', '2 material cooperation'], ['3', '3 verbal conflict'], ['4', '4 material conflict']] },
  { key: 'place', label: 'Place', placeholder: 'İstanbul' },
  { key: 'text', label: 'Words in evidence', placeholder: 'prisoners' },
  { key: 'negated', label: 'Include negated events', checkbox: 'include' },
];

let uid = 0;

/**
 * The filter form. `params` are the page's hash parameters; onApply(values) gets every
 * field's value ('' for empty), so the page can merge them into the hash.
 */
export function filterBar(params, { extra = false, onApply }) {
  const n = ++uid;
  const fields = extra ? [...BASE, ...EXTRA] : BASE;
  const inputs = {};
  const listId = `actor-options-${n}`;
  const datalist = h('datalist', { id: listId });
  let timer = null;
  let lastQ = '';
  const suggest = (q) => {
    clearTimeout(timer);
    if (q.length < 2 || q === lastQ) return;
    timer = setTimeout(async () => {
      lastQ = q;
      try {
        const actors = await getJson('actors', { q, limit: 10 });
        datalist.replaceChildren(...(actors || []).map((a) => h('option', { value: a.code }, `${a.name || a.code} (${(a.as_source || 0) + (a.as_target || 0)})`)));
      } catch {
        /* suggestions are optional */
      }
    }, 250);
  };

  const controls = fields.map((f) => {
    const id = `f-${f.key}-${n}`;
    let input;
    if (f.options) {
      input = h('select', { id, name: f.key }, f.options.map(([v, l]) => h('option', { value: v, selected: (params.get(f.key) || '') === v }, l)));
    } else if (f.checkbox) {
      input = h('input', { id, name: f.key, type: 'checkbox', checked: params.get(f.key) === f.checkbox });
      inputs[f.key] = input;
      return h('div', { class: 'field field-check' }, input, h('label', { for: id }, f.label));
    } else {
      input = h('input', {
        id, name: f.key, type: f.type || 'text', value: params.get(f.key) || '', placeholder: f.placeholder,
        size: f.size, list: f.list ? listId : null, autocomplete: 'off', spellcheck: 'false',
      });
      if (f.list) input.addEventListener('input', () => suggest(input.value.trim()));
    }
    inputs[f.key] = input;
    return h('div', { class: 'field' }, h('label', { for: id }, f.label), input);
  });

  const values = () => {
    const out = {};
    for (const f of fields) {
      const el = inputs[f.key];
      out[f.key] = f.checkbox ? (el.checked ? f.checkbox : '') : el.value.trim();
    }
    return out;
  };
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filters' },
    controls, datalist,
    h('div', { class: 'field field-buttons' },
      h('button', { type: 'submit', class: 'primary' }, 'Apply'),
      h('button', {
        type: 'button', onClick: () => {
          const v = values();
          for (const k of Object.keys(v)) v[k] = '';
          onApply(v);
        },
      }, 'Clear')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    onApply(values());
  });
  return form;
}

/** Merges filter values into hash params; paging restarts. */
export function mergeParams(params, values) {
  const p = new URLSearchParams(params);
  for (const [k, v] of Object.entries(values)) {
    if (v === '' || v === null || v === undefined) p.delete(k);
    else p.set(k, v);
  }
  p.delete('offset');
  return p;
}
