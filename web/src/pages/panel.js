import { clear, errorBox, message } from '../dom.js';

/**
 * Loads `promise` into `el`: a loading note, then render(data) or the API's error message.
 * Resolves with the data; rejects (after showing the error) so the router can tell.
 */
export async function panel(el, promise, render) {
  clear(el).append(message('loading', 'Loading…'));
  try {
    const data = await promise;
    clear(el);
    const out = render(data);
    if (out) el.append(...[out].flat().filter(Boolean));
    return data;
  } catch (e) {
    if (e && e.name === 'AbortError') throw e;
    clear(el).append(errorBox(e));
    if (e && typeof e === 'object') e.shown = true;
    throw e;
  }
}
