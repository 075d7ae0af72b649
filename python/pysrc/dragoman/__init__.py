"""dragoman: news to event data, in-process.

>>> import dragoman
>>> coder = dragoman.Coder()
>>> events = coder.code("Russian forces shelled Kharkiv on Monday.", date="2025-03-05")
>>> events[0]["cameo"], events[0]["date"]
('190', '2025-03-03')

Every event is the JSON record of ``dragoman code --format jsonl`` as a dict: same keys,
same values. A ``Coder`` loads the knowledge base once (about a second) and is safe to use
from many threads; ``code_many`` releases the GIL and codes on all cores.
"""

from __future__ import annotations

import datetime as _dt
import json as _json
import warnings as _warnings
from typing import Any, Iterable, Mapping, Optional, Union

from . import _dragoman

__all__ = ["Coder", "code_frame", "kb_lookup", "__version__"]
__version__: str = _dragoman.__version__

Date = Union[str, _dt.date, _dt.datetime, None]
DocLike = Union[str, Mapping[str, Any]]


def _date(value: Date, what: str = "date") -> Optional[str]:
    """A date argument as YYYY-MM-DD text (dates, datetimes and strings accepted)."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    # pandas.Timestamp, numpy.datetime64 and the like
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    raise TypeError(f"{what} must be a date or YYYY-MM-DD text, not {type(value).__name__}")


def _text(value: Any, where: str) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    raise TypeError(f"{where} must be text, not {type(value).__name__}")


def _doc(d: DocLike, i: int, text: str = "text", date: str = "date", id: str = "id", url: str = "url"):
    """One document as the extension takes it: (text, date, id, url)."""
    if isinstance(d, str):
        return (d, None, None, None)
    if isinstance(d, Mapping):
        body = d.get(text)
        if not isinstance(body, str):
            raise TypeError(f"document {i}: `{text}` must be text, not {type(body).__name__}")
        ident = d.get(id)
        return (
            body,
            _date(d.get(date), f"document {i}: `{date}`"),
            None if ident is None else str(ident),
            _text(d.get(url), f"document {i}: `{url}`"),
        )
    raise TypeError(f"document {i} must be text or a dict with `{text}`, not {type(d).__name__}")


def _warn(messages: Iterable[str]) -> None:
    for m in messages:
        _warnings.warn(f"dragoman: {m}", stacklevel=3)


class Coder:
    """The dragoman coder. ``dicts``: PETRARCH dictionaries (paths) loaded on top of the
    built-in knowledge base, like ``dragoman code --dict``."""

    def __init__(self, dict: Union[str, Iterable[str], None] = None) -> None:  # noqa: A002
        if dict is None:
            paths = []
        elif isinstance(dict, str):
            paths = [dict]
        else:
            paths = [str(p) for p in dict]
        self._coder = _dragoman.Coder(paths)

    def code(self, text: str, date: Date = None, id: Optional[str] = None, url: Optional[str] = None) -> list[dict]:
        """The events of one text. ``date`` is the publication date that relative dates
        ("on Monday") are resolved against; without it (and without a dateline in the
        text) they stay unresolved."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        events, notes = self._coder.code(text, _date(date), None if id is None else str(id), _text(url, "url"))
        _warn(notes)
        return [_json.loads(e) for e in events]

    def code_many(self, docs: Iterable[DocLike], threads: Optional[int] = None) -> list[dict]:
        """The events of many documents, coded in parallel without the GIL. Each document
        is a string or a dict with ``text`` and optionally ``date``, ``id``, ``url``."""
        batch = [_doc(d, i) for i, d in enumerate(docs)]
        per_doc, notes = self._coder.code_many(batch, threads)
        _warn(notes)
        return [_json.loads(e) for events in per_doc for e in events]

    def code_arrow(self, table, text: str = "text", date: str = "date", id: str = "id", url: str = "url", threads: Optional[int] = None):
        """Codes the rows of a ``pyarrow.Table`` (or an iterable of record batches) and
        returns a ``pyarrow.Table`` of their events with the columns of
        ``dragoman export --format parquet``."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not isinstance(table, pa.Table):
            table = pa.Table.from_batches(list(table))
        docs = [_doc(row, i, text, date, id, url) for i, row in enumerate(table.to_pylist())]
        data, notes = self._coder.code_parquet(docs, threads)
        _warn(notes)
        return pq.read_table(pa.BufferReader(data))

    def explain(self, text: str, date: Date = None) -> str:
        """What ``dragoman explain`` prints for the text: actors, times, and why each event
        was coded (or why a sentence gave none)."""
        return self._coder.explain(text, _date(date))

    def kb_lookup(self, name: str, date: Date = None, limit: int = 5) -> list[dict]:
        """Knowledge-base readings of a name, best first (``dragoman kb lookup``)."""
        return [_json.loads(c) for c in self._coder.kb_lookup(name, _date(date), limit)]


_default: Optional[Coder] = None


def _shared() -> Coder:
    global _default
    if _default is None:
        _default = Coder()
    return _default


def kb_lookup(name: str, date: Date = None, limit: int = 5) -> list[dict]:
    """Knowledge-base readings of a name, with a coder loaded on first use."""
    return _shared().kb_lookup(name, date, limit)


def code_frame(df, text: str = "text", date: str = "date", id: str = "id", url: str = "url", coder: Optional[Coder] = None, threads: Optional[int] = None):
    """Codes the rows of a pandas DataFrame; returns a DataFrame of their events (the
    columns of ``dragoman export --format parquet``)."""
    import pyarrow as pa

    cols = [c for c in (text, date, id, url) if c in df.columns]
    if text not in cols:
        raise KeyError(f"the frame has no `{text}` column (columns: {', '.join(map(str, df.columns))})")
    table = pa.Table.from_pandas(df[cols].astype({c: "string" for c in cols if c != date}), preserve_index=False)
    return (coder or _shared()).code_arrow(table, text, date, id, url, threads).to_pandas()
